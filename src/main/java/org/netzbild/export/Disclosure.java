package org.netzbild.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.netzbild.model.Entity;
import org.netzbild.model.Handling;
import org.netzbild.model.Link;

/**
 * What one export passes to one recipient: the entities and links of a chart that the user sees and
 * the recipient may receive, with their positions, and by id what was left out and why. Built only
 * from what the user's session read, so it can never hold more than the user may see.
 *
 * @param positions entity id to {@code [x, y]}, for every entity
 * @param leftOut   record id to the reason it is left out, in the chart's order
 */
public record Disclosure(String chart, Recipient recipient, Instant at, String author, String caseReference,
                         List<Entity> entities, List<Link> links, Map<String, double[]> positions,
                         Map<String, Refusal> leftOut) {

    public Disclosure {
        entities = List.copyOf(entities);
        links = List.copyOf(links);
        positions = Map.copyOf(positions);
        leftOut = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(leftOut));
    }

    /**
     * Keeps of {@code shown} what {@code recipient} may receive ({@link Release}); a link goes only
     * with both its ends. Entities without a position are placed at the origin.
     */
    public static Disclosure of(String chart, Recipient recipient, Instant at, String author, String caseReference,
                                Collection<Entity> shown, Collection<Link> shownLinks, Map<String, double[]> positions) {
        var entities = new ArrayList<Entity>();
        var links = new ArrayList<Link>();
        var leftOut = new LinkedHashMap<String, Refusal>();
        var kept = new LinkedHashSet<String>();
        var placed = new LinkedHashMap<String, double[]>();
        for (Entity e : shown) {
            var refusal = Release.refusal(e.provenance(), recipient);
            if (refusal.isPresent()) {
                leftOut.put(e.id(), refusal.get());
            } else {
                entities.add(e);
                kept.add(e.id());
                double[] xy = positions.get(e.id());
                placed.put(e.id(), xy == null ? new double[] {0, 0} : xy.clone());
            }
        }
        for (Link l : shownLinks) {
            if (!kept.contains(l.fromId()) || !kept.contains(l.toId())) {
                leftOut.put(l.id(), Refusal.END_LEFT_OUT);
                continue;
            }
            var refusal = Release.refusal(l.provenance(), recipient);
            if (refusal.isPresent()) {
                leftOut.put(l.id(), refusal.get());
            } else {
                links.add(l);
            }
        }
        return new Disclosure(chart, recipient, at, author, caseReference, entities, links, placed, leftOut);
    }

    /** The ids passed on: entities, then links (what the audit log records). */
    public List<String> ids() {
        var ids = new ArrayList<String>(entities.size() + links.size());
        entities.forEach(e -> ids.add(e.id()));
        links.forEach(l -> ids.add(l.id()));
        return ids;
    }

    /** How many records each reason left out, in the reasons' order. */
    public Map<Refusal, Long> leftOutCounts() {
        var counts = new EnumMap<Refusal, Long>(Refusal.class);
        leftOut.values().forEach(r -> counts.merge(r, 1L, Long::sum));
        return counts;
    }

    /**
     * The handling banner: the most restrictive handling of a record passed on, and every Europol
     * code among them (sorted), e.g. {@code AGENCY_ONLY H0}.
     */
    public String banner() {
        Handling most = Handling.OPEN;
        Set<String> codes = new TreeSet<>();
        var records = new ArrayList<org.netzbild.model.Provenance>();
        entities.forEach(e -> records.add(e.provenance()));
        links.forEach(l -> records.add(l.provenance()));
        for (var p : records) {
            if (p.handling().ordinal() > most.ordinal()) {
                most = p.handling();
            }
            if (p.handlingCode() != null) {
                codes.add(p.handlingCode());
            }
        }
        return codes.isEmpty() ? most.name() : most.name() + " " + String.join(" ", codes);
    }

    /** The entity of an id passed on, for a link's ends. */
    public Map<String, Entity> entitiesById() {
        var byId = new TreeMap<String, Entity>();
        entities.forEach(e -> byId.put(e.id(), e));
        return byId;
    }
}
