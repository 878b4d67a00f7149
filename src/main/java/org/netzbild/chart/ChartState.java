package org.netzbild.chart;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;

/**
 * One state of a chart: the entities and links on it, which are hidden (by hand) or pinned,
 * how many more neighbours a hub has that are not shown yet, and the filter. Immutable, so that
 * undo and redo are a matter of keeping earlier states.
 *
 * @param more for a hub, how many of its neighbours are not on the chart yet ("+N more")
 */
public record ChartState(Map<String, Entity> entities, Map<String, Link> links, Set<String> hidden,
                         Set<String> pinned, Map<String, Long> more, ChartFilter filter) {

    public static final ChartState EMPTY = new ChartState(Map.of(), Map.of(), Set.of(), Set.of(), Map.of(),
            ChartFilter.NONE);

    public ChartState {
        entities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entities));
        links = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(links));
        hidden = Set.copyOf(hidden);
        pinned = Set.copyOf(pinned);
        more = Map.copyOf(more);
    }

    /** Adds entities and links (links whose ends are not on the chart are left out). */
    public ChartState with(Collection<Entity> newEntities, Collection<Link> newLinks) {
        var allEntities = new LinkedHashMap<>(entities);
        newEntities.forEach(e -> allEntities.put(e.id(), e));
        var allLinks = new LinkedHashMap<>(links);
        newLinks.stream()
                .filter(l -> allEntities.containsKey(l.fromId()) && allEntities.containsKey(l.toId()))
                .forEach(l -> allLinks.put(l.id(), l));
        var shown = new HashSet<>(hidden);
        newEntities.forEach(e -> shown.remove(e.id()));
        return new ChartState(allEntities, allLinks, shown, pinned, more, filter);
    }

    /** Takes entities off the chart (not out of the store), with their links. */
    public ChartState without(Set<String> ids) {
        var keptEntities = new LinkedHashMap<>(entities);
        ids.forEach(keptEntities::remove);
        var keptLinks = new LinkedHashMap<String, Link>();
        links.forEach((id, l) -> {
            if (!ids.contains(l.fromId()) && !ids.contains(l.toId())) {
                keptLinks.put(id, l);
            }
        });
        var keptMore = new LinkedHashMap<>(more);
        ids.forEach(keptMore::remove);
        return new ChartState(keptEntities, keptLinks, minus(hidden, ids), minus(pinned, ids), keptMore, filter);
    }

    /**
     * Folds the neighbourhood of {@code ids} back in: takes off the chart every entity whose links
     * on the chart all lead to {@code ids} (what an expansion brought in and nothing else holds).
     */
    public ChartState collapsing(Set<String> ids) {
        var leaves = new HashSet<String>();
        for (String id : entities.keySet()) {
            if (ids.contains(id)) {
                continue;
            }
            var ends = links.values().stream()
                    .filter(l -> l.fromId().equals(id) || l.toId().equals(id))
                    .map(l -> l.otherEnd(id)).toList();
            if (!ends.isEmpty() && ids.containsAll(ends)) {
                leaves.add(id);
            }
        }
        ChartState folded = without(leaves);
        var keptMore = new LinkedHashMap<>(folded.more);
        ids.forEach(keptMore::remove);
        return new ChartState(folded.entities, folded.links, folded.hidden, folded.pinned, keptMore, folded.filter);
    }

    public ChartState hiding(Set<String> ids) {
        return new ChartState(entities, links, plus(hidden, ids), pinned, more, filter);
    }

    public ChartState showingAll() {
        return new ChartState(entities, links, Set.of(), pinned, more, filter);
    }

    public ChartState pinning(Set<String> ids, boolean pin) {
        return new ChartState(entities, links, hidden, pin ? plus(pinned, ids) : minus(pinned, ids), more, filter);
    }

    public ChartState withMore(String hubId, long count) {
        var all = new LinkedHashMap<>(more);
        if (count > 0) {
            all.put(hubId, count);
        } else {
            all.remove(hubId);
        }
        return new ChartState(entities, links, hidden, pinned, all, filter);
    }

    public ChartState filtered(ChartFilter newFilter) {
        return new ChartState(entities, links, hidden, pinned, more, newFilter);
    }

    /**
     * The entities drawn: on the chart, not hidden by hand, passing the filter. {@code places}
     * gives an entity's municipality and police authority where the chart knows them.
     */
    public List<Entity> visibleEntities(PlaceIndex places) {
        return entities.values().stream()
                .filter(e -> !hidden.contains(e.id()))
                .filter(e -> filter.keeps(e, places.municipality(e.id()), places.policeAuthority(e.id())))
                .toList();
    }

    /** The links drawn: passing the filter, both ends drawn. */
    public List<Link> visibleLinks(Set<String> drawnIds) {
        return links.values().stream()
                .filter(l -> drawnIds.contains(l.fromId()) && drawnIds.contains(l.toId()))
                .filter(filter::keeps)
                .toList();
    }

    private static Set<String> plus(Set<String> a, Set<String> b) {
        var all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        var rest = new HashSet<>(a);
        rest.removeAll(b);
        return rest;
    }
}
