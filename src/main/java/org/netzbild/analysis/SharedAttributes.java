package org.netzbild.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.netzbild.model.GraphSlice;

/**
 * Shared attributes across agencies: an address, phone, account, vehicle, property or business
 * that several persons or businesses hold, where the ties to it were recorded by different
 * agencies. Each agency sees one holder; only the graph sees that they share it. Ranked by the
 * kinds of agency, then the agencies, then the holders; an attribute held by more than the hub
 * limit (a shelter's address, a tax adviser's account) is named as a hub and not listed.
 */
public final class SharedAttributes {

    /** What can be shared, and the links by which persons and businesses hold it. */
    static final Set<String> ATTRIBUTE_TYPES = Set.of("Address", "Identifier", "Vehicle", "Property", "Business");
    public static final Set<String> HOLDING = Set.of("RESIDES_AT", "REGISTERED_AT", "USES", "OWNS", "DIRECTS", "EMPLOYED_BY",
            "MEMBER_OF");
    private static final Set<String> HOLDERS = Set.of("Person", "Business");

    /**
     * One shared attribute.
     *
     * @param holders  the persons and businesses that hold it, sorted
     * @param byAgency for each agency, the holders whose tie it recorded
     */
    public record Overlap(int rank, String id, String type, List<String> holders, List<String> agencies,
                          List<String> agencyKinds, Map<String, List<String>> byAgency, Evidence evidence) {
    }

    /** The overlaps, best first, and the attributes left out as hubs. */
    public record Result(List<Overlap> overlaps, List<NetworkFinder.Hub> hubs) {
    }

    private final Function<String, String> agencyKind;

    public SharedAttributes(Function<String, String> agencyKind) {
        this.agencyKind = agencyKind;
    }

    /**
     * @param minAgencies at least this many agencies must have recorded ties to the attribute (2 or more)
     * @param hubLimit    an attribute with more holders is a hub
     */
    public Result find(GraphSlice slice, int minAgencies, int hubLimit) {
        if (minAgencies < 2 || hubLimit < 2) {
            throw new IllegalArgumentException("an overlap needs at least two agencies, a hub at least two holders");
        }
        AnalysisGraph graph = AnalysisGraph.of(slice, HOLDING);
        var found = new ArrayList<Overlap>();
        var hubs = new ArrayList<NetworkFinder.Hub>();
        for (int v = 0; v < graph.size(); v++) {
            GraphSlice.Node attribute = graph.node(v);
            if (!ATTRIBUTE_TYPES.contains(attribute.type())) {
                continue;
            }
            var byAgency = new TreeMap<String, TreeSet<String>>();
            var holders = new TreeSet<String>();
            Evidence evidence = Evidence.none().withRecord(attribute.grading());
            for (int a = graph.firstArc(v); a < graph.endArc(v); a++) {
                GraphSlice.Node holder = graph.node(graph.target(a));
                GraphSlice.Edge tie = graph.edge(graph.edgeOf(a));
                if (!HOLDERS.contains(holder.type()) || tie.to() != v) {
                    continue; // only ties that point at the attribute: a business holds, is not held, by its own links
                }
                holders.add(holder.id());
                if (tie.agency() != null) {
                    byAgency.computeIfAbsent(tie.agency(), k -> new TreeSet<>()).add(holder.id());
                }
                evidence = evidence.withLink(tie.grading(), 1);
            }
            if (holders.size() < 2 || byAgency.size() < minAgencies) {
                continue;
            }
            if (holders.size() > hubLimit) {
                hubs.add(new NetworkFinder.Hub(attribute.id(), attribute.type(), holders.size()));
                continue;
            }
            var kinds = new TreeSet<String>();
            byAgency.keySet().forEach(agency -> {
                String kind = agencyKind.apply(agency);
                if (kind != null) {
                    kinds.add(kind);
                }
            });
            var listed = new TreeMap<String, List<String>>();
            byAgency.forEach((agency, held) -> listed.put(agency, List.copyOf(held)));
            found.add(new Overlap(0, attribute.id(), attribute.type(), List.copyOf(holders), List.copyOf(byAgency.keySet()),
                    List.copyOf(kinds), listed, evidence));
        }
        found.sort(Comparator.comparingInt((Overlap o) -> -o.agencyKinds().size())
                .thenComparingInt(o -> -o.agencies().size())
                .thenComparingInt(o -> -o.holders().size())
                .thenComparing(Overlap::id));
        var ranked = new ArrayList<Overlap>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Overlap o = found.get(i);
            ranked.add(new Overlap(i + 1, o.id(), o.type(), o.holders(), o.agencies(), o.agencyKinds(), o.byAgency(),
                    o.evidence()));
        }
        return new Result(ranked, hubs);
    }
}
