package org.netzbild.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.netzbild.analysis.Brokers;
import org.netzbild.analysis.Connections;
import org.netzbild.analysis.KeyPlayers;
import org.netzbild.analysis.NetworkFinder;
import org.netzbild.analysis.SharedAttributes;
import org.netzbild.analysis.Tier;
import org.netzbild.audit.AuditEvent;
import org.netzbild.audit.AuditedIds;
import org.netzbild.audit.Operation;
import org.netzbild.audit.Outcome;
import org.netzbild.model.ExpandRequest;
import org.netzbild.model.GraphSlice;
import org.netzbild.model.SliceRequest;
import org.netzbild.schema.Ontology;
import org.netzbild.security.Permission;
import org.netzbild.store.AuditedGraphStore;

/**
 * The analysis functions as both faces run them ({@code docs/analysis-functions.md}): each reads
 * through the store port with the session's visibility, so it never counts or returns what its user
 * may not see; the heavier tiers need a justification; and each run is on the audit log as a
 * combination of data (COMBINE) with its function, tier, inputs, justification and the ids of the
 * result it released, after the store's own entry for the read.
 */
public final class Analyses {

    /** At most this many networks are released by one run of the finder. */
    public static final int MAX_NETWORKS = 200;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Analyses.class);

    private final Workspace workspace;

    public Analyses(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The networks the supra-local finder ranks first, at most {@code limit} (and {@link #MAX_NETWORKS}). */
    public NetworkFinder.Result networks(NetworkFinder.Settings settings, int limit, String justification) {
        Explorer.requireKnown(settings.linkTypes());
        String reason = justified("networks", Tier.NETWORK, justification);
        long start = System.nanoTime();
        GraphSlice slice = workspace.store().slice(SliceRequest.wholeStore("networks"));
        long read = System.nanoTime();
        var found = new NetworkFinder(agencyKinds()).find(slice, settings);
        LOG.info("networks: slice of {} entities and {} links read in {} ms, {} networks found in {} ms", slice.nodes().size(),
                slice.edges().size(), (read - start) / 1_000_000, found.networks().size(), (System.nanoTime() - read) / 1_000_000);
        var shown = found.networks().stream().limit(Math.max(0, Math.min(limit, MAX_NETWORKS))).toList();
        var ids = new LinkedHashSet<String>();
        shown.forEach(w -> ids.addAll(w.members()));
        log("networks", Tier.NETWORK, "linkTypes=" + new TreeSet<>(settings.connecting()) + " kinship=" + settings.kinship()
                + " min=" + settings.minMunicipalities() + "/" + settings.minPoliceAuthorities() + "/" + settings.minAgencies()
                + "/" + settings.minAgencyKinds() + " hubLimit=" + settings.hubLimit() + " largest=" + settings.largestNetwork()
                + " seed=" + settings.seed() + " networks=" + shown.size() + " of " + found.networks().size(), reason, ids);
        return new NetworkFinder.Result(shown, found.hubs(), found.groupsExamined());
    }

    /**
     * Addresses, phones, accounts, vehicles, properties and businesses that several persons or
     * businesses hold where different agencies recorded the ties: at most {@code limit} of them.
     */
    public SharedAttributes.Result sharedAttributes(int minAgencies, int hubLimit, int limit, String justification) {
        if (minAgencies < 2 || hubLimit < 2 || limit < 1) {
            throw UserFacingException.badArgument("error.limit");
        }
        String reason = justified("sharedAttributes", Tier.NETWORK, justification);
        long start = System.nanoTime();
        GraphSlice slice = workspace.store().slice(new SliceRequest("sharedAttributes", Set.of(), SharedAttributes.HOLDING));
        long read = System.nanoTime();
        var found = new SharedAttributes(agencyKinds()).find(slice, minAgencies, hubLimit);
        LOG.info("sharedAttributes: slice of {} entities and {} links read in {} ms, {} overlaps found in {} ms",
                slice.nodes().size(), slice.edges().size(), (read - start) / 1_000_000, found.overlaps().size(),
                (System.nanoTime() - read) / 1_000_000);
        var shown = found.overlaps().stream().limit(limit).toList();
        var ids = new LinkedHashSet<String>();
        shown.forEach(o -> {
            ids.add(o.id());
            ids.addAll(o.holders());
        });
        log("sharedAttributes", Tier.NETWORK, "minAgencies=" + minAgencies + " hubLimit=" + hubLimit + " overlaps="
                + shown.size() + " of " + found.overlaps().size(), reason, ids);
        return new SharedAttributes.Result(shown, found.hubs());
    }

    /** Degree, betweenness, PageRank, closeness and communities over the given entities (a chart, a network). */
    public KeyPlayers.Result keyPlayers(Collection<String> entityIds, Set<String> linkTypes, boolean kinship, long seed,
                                        String justification) {
        if (entityIds.isEmpty()) {
            throw UserFacingException.badArgument("analysis.noEntities");
        }
        Explorer.requireKnown(linkTypes);
        String reason = justified("keyPlayers", Tier.NETWORK, justification);
        var connecting = connecting(linkTypes, kinship);
        GraphSlice slice = workspace.store().slice(new SliceRequest("keyPlayers", Set.copyOf(entityIds), Set.of()));
        var result = KeyPlayers.of(slice, connecting, seed);
        log("keyPlayers", Tier.NETWORK, "entities=" + entityIds.size() + " linkTypes=" + connecting + " seed=" + seed,
                reason, result.players().stream().map(KeyPlayers.Player::id).toList());
        return result;
    }

    /**
     * Brokers between jurisdictions over the given entities (a chart, a network): who lies on the
     * shortest paths between entities on either side of a municipality, police-authority or agency
     * border ({@link Brokers}). An entity's municipality is known where its address and the address's
     * municipality are among the entities given.
     */
    public Brokers.Result brokers(Collection<String> entityIds, Set<String> linkTypes, boolean kinship, Brokers.Border border,
                                  String justification) {
        if (entityIds.isEmpty()) {
            throw UserFacingException.badArgument("analysis.noEntities");
        }
        Explorer.requireKnown(linkTypes);
        String reason = justified("brokers", Tier.NETWORK, justification);
        var connecting = connecting(linkTypes, kinship);
        GraphSlice slice = workspace.store().slice(new SliceRequest("brokers", Set.copyOf(entityIds), Set.of()));
        var result = Brokers.of(slice, connecting, border);
        log("brokers", Tier.NETWORK, "entities=" + entityIds.size() + " linkTypes=" + connecting + " border=" + border
                + " placed=" + result.placed() + " pairs=" + result.connectedPairs(), reason,
                result.brokers().stream().map(Brokers.Broker::id).toList());
        return result;
    }

    /** The most steps a connection may take: two expansions of the deepest kind meet in the middle. */
    public static final int MAX_CONNECTION_HOPS = 2 * ExpandRequest.MAX_HOPS;
    /** The types of the reference data, which place entities but never connect them. */
    private static final Set<String> REFERENCE = Set.of("Municipality", "Agency");
    /** How many entities each chosen entity's surroundings may bring into a search for connections. */
    static final int CONNECTION_REGION = 5_000;

    /**
     * Connections among the chosen entities ({@link Connections}): up to {@code k} shortest paths of at
     * most {@code maxHops} steps between two, the connecting network of three or more. The search
     * reads the surroundings of each chosen entity half the hops deep (every entity of such a path is
     * that near one of its ends) and says when a hub cut them short.
     */
    public Connections.Result connections(List<String> chosen, Set<String> linkTypes, boolean kinship, int k, int maxHops,
                                          String justification) {
        var distinct = List.copyOf(new java.util.LinkedHashSet<>(chosen));
        if (distinct.size() < 2) {
            throw UserFacingException.badArgument("analysis.twoOrMore");
        }
        Explorer.requireHops(maxHops, MAX_CONNECTION_HOPS);
        if (k < 1) {
            throw UserFacingException.badArgument("error.limit");
        }
        Explorer.requireKnown(linkTypes);
        String reason = justified("connections", Tier.PATH, justification);
        var connecting = connecting(linkTypes, kinship);
        int depth = Math.max(1, (maxHops + 1) / 2);
        var region = new java.util.LinkedHashSet<String>(distinct);
        boolean capped = false;
        // municipalities and agencies are never a step: walking through them would only fill the region
        var walked = new TreeSet<>(connecting);
        Ontology.standard().linkTypes().values().stream()
                .filter(t -> !java.util.Collections.disjoint(t.from(), REFERENCE) || !java.util.Collections.disjoint(t.to(), REFERENCE))
                .forEach(t -> walked.remove(t.name()));
        for (String id : distinct) {
            var around = workspace.store().expand(new ExpandRequest(id, walked, depth, CONNECTION_REGION));
            around.entities().forEach(e -> region.add(e.id()));
            capped |= around.truncated();
        }
        GraphSlice slice = workspace.store().slice(new SliceRequest("connections", region, Set.of()));
        var result = Connections.among(slice, connecting, distinct, k, maxHops);
        if (capped) {
            result = result.cappedRegion();
        }
        var released = new java.util.LinkedHashSet<String>();
        result.connections().forEach(c -> released.addAll(c.entities()));
        log("connections", Tier.PATH, "chosen=" + distinct + " linkTypes=" + connecting + " k=" + k + " maxHops=" + maxHops
                + " found=" + result.connections().size() + (result.more() ? " more" : "") + (capped ? " capped" : ""),
                reason, released);
        return result;
    }

    /**
     * The link types an analysis follows: those given, or every type of the ontology; kinship only
     * when asked for, so that no result rests on family ties alone.
     */
    private static TreeSet<String> connecting(Set<String> linkTypes, boolean kinship) {
        var connecting = new TreeSet<>(linkTypes.isEmpty() ? Ontology.standard().linkTypes().keySet() : linkTypes);
        if (!kinship) {
            connecting.remove("FAMILY");
        }
        return connecting;
    }

    /** The kind of each agency of the reference data, by id ({@code null} for an agency it does not know). */
    Function<String, String> agencyKinds() {
        var agencies = workspace.referenceData().agencies();
        return id -> agencies.byId(id).map(a -> a.kind().name()).orElse(null);
    }

    /** The justification, trimmed; refused and logged when the tier needs one and none is given. */
    private String justified(String function, Tier tier, String justification) {
        workspace.require(Permission.ANALYSE, Operation.COMBINE, "analysis:" + function);
        String reason = justification == null ? "" : justification.strip();
        if (tier.needsJustification() && reason.isEmpty()) {
            workspace.audit().append(new AuditEvent(Instant.now(), AuditedGraphStore.actorOf(workspace.session()),
                    Operation.COMBINE, "analysis:" + function, "tier=" + tier + ": no justification given",
                    AuditedIds.none(), Outcome.REFUSED));
            throw UserFacingException.badArgument("analysis.justificationNeeded", tier.name());
        }
        return reason;
    }

    private void log(String function, Tier tier, String inputs, String justification, Collection<String> released) {
        workspace.audit().append(new AuditEvent(Instant.now(), AuditedGraphStore.actorOf(workspace.session()),
                Operation.COMBINE, "analysis:" + function, "tier=" + tier + " " + inputs + " justification=" + justification,
                AuditedIds.of(new ArrayList<>(released)), Outcome.DONE));
    }
}
