package org.netzbild.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;

/**
 * The chart's incidents over time (issue 19): each incident from its first to its last day, in a
 * lane of its category or of the agency that recorded it, and for every other entity linked to
 * incidents on the chart when it was first and last seen there. A period of it (brushed by the
 * analyst) names the incidents that touch it and the entities linked to them. Built from a chart's
 * state alone: no store, no JavaFX.
 */
public final class Timeline {

    /** What a lane stands for. */
    public enum Lanes {
        /** The incident's category (fraud, drugs, trade law, …). */
        CATEGORY,
        /** The agency whose record the incident is. */
        AGENCY
    }

    /** An incident on the timeline: its days and its lane. */
    public record Event(String id, String caption, LocalDate from, LocalDate to, String lane) {
    }

    /** When an entity was first and last seen in the incidents of the chart it is linked to. */
    public record Seen(String id, LocalDate first, LocalDate last, int incidents) {
    }

    private final Lanes by;
    private final List<Event> events;
    private final Map<String, Seen> seen;
    private final Map<String, Set<String>> involved;

    private Timeline(Lanes by, List<Event> events, Map<String, Seen> seen, Map<String, Set<String>> involved) {
        this.by = by;
        this.events = List.copyOf(events);
        this.seen = Map.copyOf(seen);
        this.involved = involved;
    }

    /** The timeline of the incidents on {@code state} that have a date, lanes by {@code by}. */
    public static Timeline of(ChartState state, Lanes by) {
        var events = new ArrayList<Event>();
        for (Entity e : state.entities().values()) {
            if (!"Incident".equals(e.type()) || !(e.get("dateFrom") instanceof LocalDate from)) {
                continue;
            }
            LocalDate to = e.get("dateTo") instanceof LocalDate end && !end.isBefore(from) ? end : from;
            String lane = by == Lanes.CATEGORY ? String.valueOf(e.get("category")) : e.provenance().sourceAgency();
            events.add(new Event(e.id(), e.caption(), from, to, lane));
        }
        events.sort(Comparator.comparing(Event::from).thenComparing(Event::id));
        var byId = new HashMap<String, Event>();
        events.forEach(ev -> byId.put(ev.id(), ev));
        var involved = new HashMap<String, Set<String>>();
        var seen = new HashMap<String, Seen>();
        for (Link l : state.links().values()) {
            Event event = byId.get(l.toId());
            String other = l.fromId();
            if (event == null) {
                event = byId.get(l.fromId());
                other = l.toId();
            }
            if (event == null || byId.containsKey(other)) {
                continue;
            }
            involved.computeIfAbsent(event.id(), k -> new LinkedHashSet<>()).add(other);
            Seen was = seen.get(other);
            seen.put(other, was == null ? new Seen(other, event.from(), event.to(), 1)
                    : new Seen(other, min(was.first(), event.from()), max(was.last(), event.to()), was.incidents() + 1));
        }
        return new Timeline(by, events, seen, involved);
    }

    public Lanes by() {
        return by;
    }

    /** The incidents, earliest first. */
    public List<Event> events() {
        return events;
    }

    /** The lanes in use, in order of their names. */
    public List<String> lanes() {
        var lanes = new TreeSet<String>();
        events.forEach(e -> lanes.add(e.lane()));
        return List.copyOf(lanes);
    }

    /** First and last seen of each entity linked to an incident of the timeline. */
    public Map<String, Seen> seen() {
        return seen;
    }

    /** The first day of the earliest incident, or null without incidents. */
    public LocalDate start() {
        return events.stream().map(Event::from).min(Comparator.naturalOrder()).orElse(null);
    }

    /** The last day of the latest incident, or null without incidents. */
    public LocalDate end() {
        return events.stream().map(Event::to).max(Comparator.naturalOrder()).orElse(null);
    }

    /** The incidents that touch the days from {@code from} to {@code to}, both included. */
    public List<Event> eventsWithin(LocalDate from, LocalDate to) {
        return events.stream().filter(e -> !e.to().isBefore(from) && !e.from().isAfter(to)).toList();
    }

    /** Those incidents and the entities of the chart linked to them: what a brushed period highlights. */
    public Set<String> within(LocalDate from, LocalDate to) {
        var ids = new LinkedHashSet<String>();
        for (Event e : eventsWithin(from, to)) {
            ids.add(e.id());
            ids.addAll(involved.getOrDefault(e.id(), Set.of()));
        }
        return ids;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
