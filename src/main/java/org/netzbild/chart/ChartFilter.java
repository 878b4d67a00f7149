package org.netzbild.chart;

import java.time.LocalDate;
import java.util.Set;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;

/**
 * What the chart leaves out: entity and link types, source agencies, police authorities or
 * municipalities, incident kinds and categories, and everything outside a time window. A time
 * window keeps an entity or link whose own time (an incident's dates, a record's validity)
 * overlaps it; things without a time stay. Nationality is deliberately not a filter.
 */
public record ChartFilter(Set<String> hiddenTypes, Set<String> hiddenLinkTypes, Set<String> hiddenAgencies,
                          Set<String> hiddenPlaces, Set<String> hiddenIncidentKinds,
                          Set<String> hiddenIncidentCategories, LocalDate from, LocalDate to) {

    public static final ChartFilter NONE = new ChartFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
            null, null);

    public ChartFilter {
        hiddenTypes = Set.copyOf(hiddenTypes);
        hiddenLinkTypes = Set.copyOf(hiddenLinkTypes);
        hiddenAgencies = Set.copyOf(hiddenAgencies);
        hiddenPlaces = Set.copyOf(hiddenPlaces);
        hiddenIncidentKinds = Set.copyOf(hiddenIncidentKinds);
        hiddenIncidentCategories = Set.copyOf(hiddenIncidentCategories);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the time window ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public ChartFilter withHiddenAgencies(Set<String> agencies) {
        return new ChartFilter(hiddenTypes, hiddenLinkTypes, agencies, hiddenPlaces, hiddenIncidentKinds,
                hiddenIncidentCategories, from, to);
    }

    public ChartFilter withHiddenTypes(Set<String> types) {
        return new ChartFilter(types, hiddenLinkTypes, hiddenAgencies, hiddenPlaces, hiddenIncidentKinds,
                hiddenIncidentCategories, from, to);
    }

    public ChartFilter withHiddenLinkTypes(Set<String> linkTypes) {
        return new ChartFilter(hiddenTypes, linkTypes, hiddenAgencies, hiddenPlaces, hiddenIncidentKinds,
                hiddenIncidentCategories, from, to);
    }

    public ChartFilter withHiddenPlaces(Set<String> places) {
        return new ChartFilter(hiddenTypes, hiddenLinkTypes, hiddenAgencies, places, hiddenIncidentKinds,
                hiddenIncidentCategories, from, to);
    }

    public ChartFilter withHiddenIncidents(Set<String> kinds, Set<String> categories) {
        return new ChartFilter(hiddenTypes, hiddenLinkTypes, hiddenAgencies, hiddenPlaces, kinds, categories, from, to);
    }

    public ChartFilter within(LocalDate newFrom, LocalDate newTo) {
        return new ChartFilter(hiddenTypes, hiddenLinkTypes, hiddenAgencies, hiddenPlaces, hiddenIncidentKinds,
                hiddenIncidentCategories, newFrom, newTo);
    }

    /** Whether the entity passes; {@code place} is its municipality or police authority, or {@code null}. */
    public boolean keeps(Entity entity, String place, String policeAuthority) {
        if (hiddenTypes.contains(entity.type()) || hiddenAgencies.contains(entity.provenance().sourceAgency())) {
            return false;
        }
        if ((place != null && hiddenPlaces.contains(place))
                || (policeAuthority != null && hiddenPlaces.contains(policeAuthority))) {
            return false;
        }
        if ("Incident".equals(entity.type())) {
            if (hiddenIncidentKinds.contains(entity.text("kind"))
                    || hiddenIncidentCategories.contains(entity.text("category"))) {
                return false;
            }
            LocalDate start = (LocalDate) entity.get("dateFrom");
            LocalDate end = entity.get("dateTo") instanceof LocalDate d ? d : start;
            return overlaps(start, end);
        }
        return overlaps(entity.provenance().validFrom(), entity.provenance().validTo());
    }

    public boolean keeps(Link link) {
        return !hiddenLinkTypes.contains(link.type())
                && !hiddenAgencies.contains(link.provenance().sourceAgency())
                && overlaps(link.provenance().validFrom(), link.provenance().validTo());
    }

    public boolean hasTimeWindow() {
        return from != null || to != null;
    }

    private boolean overlaps(LocalDate start, LocalDate end) {
        if (from != null && end != null && end.isBefore(from)) {
            return false;
        }
        return to == null || start == null || !start.isAfter(to);
    }
}
