package org.netzbild.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.netzbild.model.GraphSlice;

/**
 * The supra-local finder: networks (connected groups under the chosen link types) whose members
 * are tied to at least k municipalities, police authorities, agencies and agency kinds, ranked,
 * each with its reasons. A group larger than {@link Settings#largestNetwork} is split into its
 * Louvain communities (seeded), so that a network reads as a network and not as a city; an entity
 * with more connecting links than {@link Settings#hubLimit} (an address with 400 residents, a
 * register office) does not join anything and is named as left out.
 */
public final class NetworkFinder {

    /** Kinship (only when asked for), ownership, management, employment, shared addresses, phones, vehicles, accounts and joint incidents. */
    public static final Set<String> DEFAULT_LINK_TYPES = Set.of("FAMILY", "OWNS", "DIRECTS", "MEMBER_OF", "RESIDES_AT",
            "REGISTERED_AT", "USES", "EMPLOYED_BY", "INVOLVED_IN", "PART_OF");

    private static final Set<String> ACTORS = Set.of("Person", "Business");

    /**
     * @param linkTypes          the link types that join a network ({@code FAMILY} is dropped unless {@code kinship})
     * @param kinship            whether family ties join a network; without them no network stands on kinship alone
     * @param hubLimit           an entity with more connecting links joins nothing and is reported
     * @param largestNetwork     a group larger than this is split into its communities
     * @param seed               the communities' seed
     */
    public record Settings(Set<String> linkTypes, boolean kinship, int minMunicipalities, int minPoliceAuthorities,
                           int minAgencies, int minAgencyKinds, int hubLimit, int largestNetwork, long seed) {
        public Settings {
            linkTypes = Set.copyOf(linkTypes);
            if (hubLimit < 2 || largestNetwork < 2) {
                throw new IllegalArgumentException("hub limit and largest network must be at least 2");
            }
        }

        public static Settings defaults() {
            return new Settings(DEFAULT_LINK_TYPES, false, 2, 1, 2, 2, 40, 90, 1L);
        }

        public Settings withoutKinship() {
            return new Settings(linkTypes, false, minMunicipalities, minPoliceAuthorities, minAgencies, minAgencyKinds,
                    hubLimit, largestNetwork, seed);
        }

        /** The link types that join, kinship left out unless asked for. */
        public Set<String> connecting() {
            var types = new TreeSet<>(linkTypes);
            if (!kinship) {
                types.remove("FAMILY");
            }
            return types;
        }
    }

    /**
     * A network found, with its reasons.
     *
     * @param score         the border crossings it shows: 3 per agency kind, 2 per police authority, 1 per municipality, ½ per agency
     * @param members       entity ids, sorted
     * @param incidents     the incidents its members are involved in (or that are members), sorted
     * @param jointIncidents those of them on which agencies of two kinds or more worked (who recorded
     *                      it, handled it, recorded an involvement, or the same for its case): the
     *                      interdisciplinary overlaps the cooperation exists for
     * @param firstIncident the first incident's day, {@code null} without incidents
     */
    public record Network(int rank, double score, List<String> members, List<String> municipalities,
                          List<String> policeAuthorities, List<String> agencies, List<String> agencyKinds,
                          List<String> incidents, List<String> jointIncidents, LocalDate firstIncident,
                          LocalDate lastIncident, Evidence evidence) {
    }

    /** An entity that joined nothing because it has more connecting links than the hub limit. */
    public record Hub(String id, String type, int links) {
    }

    /** The networks over the thresholds, best first, and what was left out. */
    public record Result(List<Network> networks, List<Hub> hubs, int groupsExamined) {
    }

    private final Function<String, String> agencyKind;

    /** @param agencyKind the kind of an agency by id (reference data), {@code null} when unknown */
    public NetworkFinder(Function<String, String> agencyKind) {
        this.agencyKind = agencyKind;
    }

    public Result find(GraphSlice slice, Settings settings) {
        AnalysisGraph graph = AnalysisGraph.of(slice, settings.connecting());
        Places places = Places.of(slice);
        int n = graph.size();
        boolean[] hub = new boolean[n];
        var hubs = new ArrayList<Hub>();
        for (int v = 0; v < n; v++) {
            if (graph.degree(v) > settings.hubLimit()) {
                hub[v] = true;
                hubs.add(new Hub(graph.node(v).id(), graph.node(v).type(), graph.degree(v)));
            }
        }
        int[] component = components(graph, hub);
        var groups = new ArrayList<int[]>();
        for (int[] members : membersOf(component)) {
            if (actors(graph, members) < 2) {
                continue;
            }
            groups.addAll(split(graph, members, hub, settings));
        }
        var found = new ArrayList<Network>();
        for (int[] members : joinedByJointIncidents(graph, groups)) {
            Network network = describe(graph, places, members);
            if (network.municipalities().size() >= settings.minMunicipalities()
                    && network.policeAuthorities().size() >= settings.minPoliceAuthorities()
                    && network.agencies().size() >= settings.minAgencies()
                    && network.agencyKinds().size() >= settings.minAgencyKinds()) {
                found.add(network);
            }
        }
        found.sort(Comparator.comparingInt((Network w) -> -w.jointIncidents().size())
                .thenComparing(Comparator.comparingDouble(Network::score).reversed())
                .thenComparing(w -> -w.members().size())
                .thenComparing(w -> w.members().getFirst()));
        var ranked = new ArrayList<Network>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Network w = found.get(i);
            ranked.add(new Network(i + 1, w.score(), w.members(), w.municipalities(), w.policeAuthorities(), w.agencies(),
                    w.agencyKinds(), w.incidents(), w.jointIncidents(), w.firstIncident(), w.lastIncident(), w.evidence()));
        }
        return new Result(ranked, hubs, groups.size());
    }

    private static int[] components(AnalysisGraph graph, boolean[] hub) {
        int n = graph.size();
        int[] parent = new int[n];
        Arrays.setAll(parent, i -> i);
        for (int v = 0; v < n; v++) {
            if (hub[v]) {
                continue;
            }
            for (int a = graph.firstArc(v); a < graph.endArc(v); a++) {
                int w = graph.target(a);
                if (!hub[w]) {
                    union(parent, v, w);
                }
            }
        }
        int[] component = new int[n];
        for (int v = 0; v < n; v++) {
            component[v] = find(parent, v);
        }
        return component;
    }

    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb); // the lower index leads: the same answer every time
        }
    }

    /** The members of each component, in index order, components in order of their first member. */
    private static List<int[]> membersOf(int[] component) {
        var byRoot = new java.util.LinkedHashMap<Integer, List<Integer>>();
        for (int v = 0; v < component.length; v++) {
            byRoot.computeIfAbsent(component[v], k -> new ArrayList<>()).add(v);
        }
        var groups = new ArrayList<int[]>(byRoot.size());
        for (List<Integer> members : byRoot.values()) {
            if (members.size() > 1) {
                groups.add(members.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        return groups;
    }

    private static int actors(AnalysisGraph graph, int[] members) {
        int count = 0;
        for (int v : members) {
            if (ACTORS.contains(graph.node(v).type())) {
                count++;
            }
        }
        return count;
    }

    /**
     * Groups that share a joint incident are one network: the communities a large group was split
     * into can cut through a network, and an incident that agencies of several kinds worked on
     * together is the strongest tie the finder knows.
     */
    private List<int[]> joinedByJointIncidents(AnalysisGraph graph, List<int[]> groups) {
        int[] parent = new int[groups.size()];
        java.util.Arrays.setAll(parent, i -> i);
        var firstWith = new HashMap<String, Integer>();
        for (int g = 0; g < groups.size(); g++) {
            for (String incident : jointIncidentsOf(graph, groups.get(g))) {
                Integer other = firstWith.putIfAbsent(incident, g);
                if (other != null) {
                    union(parent, other, g);
                }
            }
        }
        var joined = new java.util.LinkedHashMap<Integer, java.util.TreeSet<Integer>>();
        for (int g = 0; g < groups.size(); g++) {
            var members = joined.computeIfAbsent(find(parent, g), k -> new java.util.TreeSet<>());
            for (int v : groups.get(g)) {
                members.add(v);
            }
        }
        return joined.values().stream().map(m -> m.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    /**
     * A group no larger than the largest network, or its Louvain communities, each split again
     * while it is still too large (a community that Louvain cannot split further stays whole).
     */
    private static List<int[]> split(AnalysisGraph graph, int[] members, boolean[] hub, Settings settings) {
        if (members.length <= settings.largestNetwork()) {
            return List.of(members);
        }
        List<int[]> parts = communities(graph, members, hub, settings.seed());
        if (parts.size() <= 1) {
            return parts;
        }
        var result = new ArrayList<int[]>();
        for (int[] part : parts) {
            result.addAll(split(graph, part, hub, settings));
        }
        return result;
    }

    /** Splits a large group into its Louvain communities. */
    private static List<int[]> communities(AnalysisGraph graph, int[] members, boolean[] hub, long seed) {
        var local = new HashMap<Integer, Integer>(members.length * 2);
        for (int i = 0; i < members.length; i++) {
            local.put(members[i], i);
        }
        var from = new ArrayList<Integer>();
        var to = new ArrayList<Integer>();
        for (int i = 0; i < members.length; i++) {
            int v = members[i];
            for (int a = graph.firstArc(v); a < graph.endArc(v); a++) {
                Integer j = local.get(graph.target(a));
                if (j != null && i < j && !hub[graph.target(a)]) {
                    from.add(i);
                    to.add(j);
                }
            }
        }
        var weighted = WeightedGraph.ofPairs(members.length, from.stream().mapToInt(Integer::intValue).toArray(),
                to.stream().mapToInt(Integer::intValue).toArray());
        int[] community = Louvain.communities(weighted, seed);
        int count = 1 + Arrays.stream(community).max().orElse(-1);
        var split = new ArrayList<List<Integer>>(count);
        for (int c = 0; c < count; c++) {
            split.add(new ArrayList<>());
        }
        for (int i = 0; i < members.length; i++) {
            split.get(community[i]).add(members[i]);
        }
        return split.stream().filter(s -> s.size() > 1).map(s -> s.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    private Network describe(AnalysisGraph graph, Places places, int[] members) {
        var inside = new boolean[graph.size()];
        for (int v : members) {
            inside[v] = true;
        }
        var ids = new TreeSet<String>();
        var municipalities = new TreeSet<String>();
        var authorities = new TreeSet<String>();
        var agencies = new TreeSet<String>();
        var incidents = new TreeSet<Integer>();
        Evidence evidence = Evidence.none();
        for (int v : members) {
            GraphSlice.Node node = graph.node(v);
            ids.add(node.id());
            for (int m : places.municipalities(v)) {
                municipalities.add(graph.node(m).id());
                if (graph.node(m).detail() != null) {
                    authorities.add(graph.node(m).detail());
                }
            }
            addAgencies(node, agencies);
            evidence = evidence.withRecord(node.grading());
            if (node.type().equals("Incident")) {
                incidents.add(v);
            } else if (ACTORS.contains(node.type())) {
                for (int i : graph.linksOf(v)) { // the incidents its members are involved in, whether or not they join
                    GraphSlice.Edge e = graph.edge(i);
                    if (e.type().equals("INVOLVED_IN") && e.from() == v) {
                        incidents.add(e.to());
                    }
                }
            }
        }
        var stating = new HashMap<String, Set<String>>();
        var links = new ArrayList<GraphSlice.Edge>();
        for (int v : members) {
            for (int a = graph.firstArc(v); a < graph.endArc(v); a++) {
                GraphSlice.Edge e = graph.edge(graph.edgeOf(a));
                if (inside[graph.target(a)] && e.from() == v) { // each link once, from its start
                    links.add(e);
                    if (e.agency() != null) {
                        agencies.add(e.agency());
                        stating.computeIfAbsent(pairKey(e), k -> new TreeSet<>()).add(e.agency());
                    }
                }
            }
        }
        for (GraphSlice.Edge e : links) {
            evidence = evidence.withLink(e.grading(), stating.getOrDefault(pairKey(e), Set.of()).size());
        }
        LocalDate first = null;
        LocalDate last = null;
        var joint = new TreeSet<String>();
        for (int incident : incidents) {
            GraphSlice.Node node = graph.node(incident);
            addAgencies(node, agencies); // who recorded what its members were involved in, and where it happened
            for (int m : places.municipalities(incident)) {
                municipalities.add(graph.node(m).id());
                if (graph.node(m).detail() != null) {
                    authorities.add(graph.node(m).detail());
                }
            }
            if (node.date() != null) {
                first = first == null || node.date().isBefore(first) ? node.date() : first;
                last = last == null || node.date().isAfter(last) ? node.date() : last;
            }
            if (kindsWorkingOn(graph, incident).size() >= 2) {
                joint.add(node.id());
            }
        }
        var kinds = new TreeSet<String>();
        for (String agency : agencies) {
            String kind = agencyKind.apply(agency);
            if (kind != null) {
                kinds.add(kind);
            }
        }
        double score = 3.0 * kinds.size() + 2.0 * authorities.size() + municipalities.size() + 0.5 * agencies.size();
        return new Network(0, score, List.copyOf(ids), List.copyOf(municipalities), List.copyOf(authorities),
                List.copyOf(agencies), List.copyOf(kinds), incidents.stream().map(i -> graph.node(i).id()).sorted().toList(),
                List.copyOf(joint), first, last, evidence);
    }

    /** The joint incidents of a group's members, without the rest of {@link #describe}. */
    private Set<String> jointIncidentsOf(AnalysisGraph graph, int[] members) {
        var joint = new TreeSet<String>();
        for (int v : members) {
            GraphSlice.Node node = graph.node(v);
            if (node.type().equals("Incident") && kindsWorkingOn(graph, v).size() >= 2) {
                joint.add(node.id());
            } else if (ACTORS.contains(node.type())) {
                for (int i : graph.linksOf(v)) {
                    GraphSlice.Edge e = graph.edge(i);
                    if (e.type().equals("INVOLVED_IN") && e.from() == v && kindsWorkingOn(graph, e.to()).size() >= 2) {
                        joint.add(graph.node(e.to()).id());
                    }
                }
            }
        }
        return joint;
    }

    private static void addAgencies(GraphSlice.Node node, Set<String> agencies) {
        if (node.agency() != null) {
            agencies.add(node.agency());
        }
        agencies.addAll(node.stating());
    }

    /**
     * The kinds of agency that worked on an incident: the one that recorded it, those that state it
     * too, and those it is handled by. Two kinds or more make it a joint matter (a joint operation,
     * a finding one agency passed to another of another kind); the usual chain from police to
     * prosecutor through a case is not counted, since it is no overlap one agency could not see.
     */
    private Set<String> kindsWorkingOn(AnalysisGraph graph, int incident) {
        var kinds = new TreeSet<String>();
        var agencies = new TreeSet<String>();
        addAgencies(graph.node(incident), agencies);
        for (String agency : agencies) {
            String kind = agencyKind.apply(agency);
            if (kind != null) {
                kinds.add(kind);
            }
        }
        for (int i : graph.linksOf(incident)) {
            GraphSlice.Edge e = graph.edge(i);
            if (e.type().equals("HANDLED_BY") && e.from() == incident) {
                GraphSlice.Node agency = graph.node(e.to());
                if (agency.type().equals("Agency") && agency.detail() != null) {
                    kinds.add(agency.detail());
                }
            }
        }
        return kinds;
    }

    /** The same tie stated by several agencies: type and the unordered pair of ends. */
    private static String pairKey(GraphSlice.Edge e) {
        return e.type() + ":" + Math.min(e.from(), e.to()) + ":" + Math.max(e.from(), e.to());
    }
}
