package org.netzbild.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;
import org.netzbild.testsupport.Records;

/**
 * The chart's incidents over time: lanes by category or by agency, first and last sighting of the
 * entities linked to them, and what a brushed period names.
 */
class TimelineTest {

    private final Records r = new Records();

    private Entity incident(String id, String category, String agency, LocalDate from, LocalDate to) {
        var props = new java.util.HashMap<String, Object>(Map.of("kind", "OFFENCE", "category", category, "dateFrom", from));
        if (to != null) {
            props.put("dateTo", to);
        }
        return new Entity(r.id(id), "Incident", props, Records.from(agency));
    }

    @Test
    void incidentsLieInLanesOfTheirCategoryOrAgencyEarliestFirst() {
        var fraud = incident("fraud", "FRAUD", Records.TAX, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 30));
        var drugs = incident("drugs", "DRUGS", Records.POLICE, LocalDate.of(2024, 11, 5), null);
        var undated = new Entity(r.id("nodate"), "Incident", Map.of("kind", "REPORT", "category", "OTHER"), Records.from(Records.POLICE));
        var state = ChartState.EMPTY.with(List.of(fraud, drugs, undated), List.of());

        var byCategory = Timeline.of(state, Timeline.Lanes.CATEGORY);
        assertThat(byCategory.events()).extracting(Timeline.Event::id).containsExactly(drugs.id(), fraud.id());
        assertThat(byCategory.lanes()).containsExactly("DRUGS", "FRAUD");
        assertThat(byCategory.events().getFirst().to()).as("a day's incident ends that day").isEqualTo(LocalDate.of(2024, 11, 5));
        assertThat(byCategory.start()).isEqualTo(LocalDate.of(2024, 11, 5));
        assertThat(byCategory.end()).isEqualTo(LocalDate.of(2025, 6, 30));

        assertThat(Timeline.of(state, Timeline.Lanes.AGENCY).lanes()).containsExactlyInAnyOrder(Records.TAX, Records.POLICE);
    }

    @Test
    void aPeriodNamesTheIncidentsThatTouchItAndTheEntitiesLinkedToThemAndEachEntityIsSeenFirstAndLast() {
        var early = incident("early", "FRAUD", Records.TAX, LocalDate.of(2025, 1, 10), null);
        var long_ = incident("long", "TRADE_LAW", Records.POLICE, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 5, 31));
        var late = incident("late", "DRUGS", Records.POLICE, LocalDate.of(2025, 9, 1), null);
        var anna = r.person("anna", "Anna Zeit");
        var bert = r.person("bert", "Bert Zeit");
        var links = List.of(
                new Link(r.id("l1"), "INVOLVED_IN", anna.id(), early.id(), Map.of("role", "SUSPECT"), Records.from(Records.TAX)),
                new Link(r.id("l2"), "INVOLVED_IN", anna.id(), late.id(), Map.of("role", "SUSPECT"), Records.from(Records.POLICE)),
                new Link(r.id("l3"), "INVOLVED_IN", bert.id(), long_.id(), Map.of("role", "WITNESS"), Records.from(Records.POLICE)));
        var timeline = Timeline.of(ChartState.EMPTY.with(List.of(early, long_, late, anna, bert), links), Timeline.Lanes.CATEGORY);

        // April touches only the long incident, which began before and ended after it began
        assertThat(timeline.within(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30))).containsExactly(long_.id(), bert.id());
        assertThat(timeline.within(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31))).containsExactly(early.id(), anna.id());
        assertThat(timeline.within(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 8, 31))).isEmpty();

        assertThat(timeline.seen().get(anna.id())).isEqualTo(new Timeline.Seen(anna.id(), LocalDate.of(2025, 1, 10),
                LocalDate.of(2025, 9, 1), 2));
        assertThat(timeline.seen().get(bert.id()).last()).isEqualTo(LocalDate.of(2025, 5, 31));
    }
}
