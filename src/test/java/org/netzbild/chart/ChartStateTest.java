package org.netzbild.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;
import org.netzbild.testsupport.Records;

class ChartStateTest {

    private final Records r = new Records();
    private final Entity anna = r.person("anna", "Anna Berg");
    private final Entity shop = r.business("shop", "Kiosk Berg");
    private final Entity tax = r.person("tax", "Steuerfall", Records.TAX);
    private final Link owns = r.link("owns", "OWNS", anna, shop);
    private final Link knows = r.link("knows", "ASSOCIATE", anna, tax);
    private final ChartState chart = ChartState.EMPTY.with(List.of(anna, shop, tax), List.of(owns, knows));

    private static List<String> drawn(ChartState state) {
        return state.visibleEntities(PlaceIndex.of(state)).stream().map(Entity::id).toList();
    }

    @Test
    void anAddressWithoutItsMunicipalityOnTheChartLiesInItsRuhrCityAndItsResidentsWithIt() {
        Entity flat = new Entity(r.id("flat"), "Address", Records.props("street", "Hauptstraße 1", "postalCode", "44787",
                "city", "Bochum"), Records.from(Records.POLICE));
        Entity abroad = new Entity(r.id("abroad"), "Address", Records.props("street", "Rue 1", "postalCode", "75001",
                "city", "Paris"), Records.from(Records.POLICE));
        var state = ChartState.EMPTY.with(List.of(anna, flat, abroad), List.of(r.link("lives", "RESIDES_AT", anna, flat)));

        PlaceIndex places = PlaceIndex.of(state);

        assertThat(places.municipality(anna.id())).isEqualTo("Bochum");
        assertThat(places.policeAuthority(flat.id())).isEqualTo("PP Bochum");
        assertThat(places.municipality(abroad.id())).isNull();
    }

    @Test
    void removingAnEntityTakesItsLinksOffTheChart() {
        ChartState without = chart.without(Set.of(anna.id()));

        assertThat(without.entities()).doesNotContainKey(anna.id());
        assertThat(without.links()).isEmpty();
    }

    @Test
    void collapsingTakesOffWhatOnlyTheCollapsedEntityHolds() {
        Entity friend = r.person("friend", "Freund");
        ChartState wider = chart.with(List.of(friend), List.of(r.link("f", "ASSOCIATE", friend, tax),
                r.link("g", "ASSOCIATE", friend, anna)));

        ChartState collapsed = wider.collapsing(Set.of(anna.id()));

        assertThat(collapsed.entities()).containsOnlyKeys(anna.id(), tax.id(), friend.id());
        assertThat(collapsed.links()).doesNotContainKey(owns.id());
    }

    @Test
    void linksWhoseEndsAreNotOnTheChartAreNotAdded() {
        Entity stranger = r.person("x", "X");
        ChartState state = ChartState.EMPTY.with(List.of(anna), List.of(r.link("l", "ASSOCIATE", anna, stranger)));

        assertThat(state.links()).isEmpty();
    }

    @Test
    void filteringAnAgencyHidesItsRecordsAndTheirLinks() {
        ChartState filtered = chart.filtered(ChartFilter.NONE.withHiddenAgencies(Set.of(Records.TAX)));

        assertThat(drawn(filtered)).containsExactly(anna.id());
        var ids = Set.copyOf(drawn(filtered));
        assertThat(filtered.visibleLinks(ids)).isEmpty();
    }

    @Test
    void aTimeWindowKeepsIncidentsThatOverlapItAndTimelessEntities() {
        Entity old = new Entity(r.id("old"), "Incident", Records.props("kind", "OFFENCE", "category", "FRAUD",
                "dateFrom", LocalDate.of(2021, 3, 1)), Records.from(Records.POLICE));
        Entity recent = new Entity(r.id("new"), "Incident", Records.props("kind", "INSPECTION", "category", "TAX",
                "dateFrom", LocalDate.of(2025, 6, 1)), Records.from(Records.TAX));
        ChartState state = ChartState.EMPTY.with(List.of(anna, old, recent), List.of())
                .filtered(ChartFilter.NONE.within(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));

        assertThat(drawn(state)).containsExactlyInAnyOrder(anna.id(), recent.id());
    }

    @Test
    void hiddenByHandStaysOnTheChartButIsNotDrawn() {
        ChartState hidden = chart.hiding(Set.of(shop.id()));

        assertThat(hidden.entities()).containsKey(shop.id());
        assertThat(drawn(hidden)).doesNotContain(shop.id());
        assertThat(drawn(hidden.showingAll())).contains(shop.id());
    }

    @Test
    void undoAndRedoWalkThroughTheStates() {
        var history = new ChartHistory(ChartState.EMPTY);
        history.apply("add", chart);
        history.apply("delete", chart.without(Set.of(shop.id())));

        assertThat(history.undoLabel()).isEqualTo("delete");
        assertThat(history.undo()).isEqualTo(chart);
        assertThat(history.undo()).isEqualTo(ChartState.EMPTY);
        assertThat(history.canUndo()).isFalse();
        assertThat(history.redo()).isEqualTo(chart);
        history.apply("pin", chart.pinning(Set.of(anna.id()), true));
        assertThat(history.canRedo()).isFalse();
    }

    @Test
    void aChangeThatChangesNothingIsNotAStep() {
        var history = new ChartHistory(chart);
        history.apply("filter", chart.filtered(ChartFilter.NONE));

        assertThat(history.canUndo()).isFalse();
    }
}
