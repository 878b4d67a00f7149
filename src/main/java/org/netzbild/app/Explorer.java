package org.netzbild.app;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.netzbild.model.Entity;
import org.netzbild.model.ExpandRequest;
import org.netzbild.model.Neighbourhood;
import org.netzbild.model.PathRequest;
import org.netzbild.model.SearchHit;
import org.netzbild.model.SearchRequest;
import org.netzbild.model.ShortestPaths;
import org.netzbild.model.Statement;
import org.netzbild.model.StoreStatistics;

/** Search, expand and path finding over a workspace, as the investigator uses them. */
public final class Explorer {

    private final Workspace workspace;

    public Explorer(Workspace workspace) {
        this.workspace = workspace;
    }

    public List<SearchHit> search(String text, int limit) {
        return search(text, Set.of(), limit);
    }

    /** The hits of the entity types {@code types} (all types when empty), at most {@code limit}. */
    public List<SearchHit> search(String text, Set<String> types, int limit) {
        return workspace.store().search(new SearchRequest(text, types, limit));
    }

    /**
     * Why a hit was found, in the user's language: the spelling of a name the text is most alike and
     * how alike, or the field and the value the text was found in; empty when the store could not tell.
     */
    public static String foundBecause(SearchHit hit) {
        if (hit.reason().isEmpty()) {
            return "";
        }
        return hit.bySpelling() ? I18n.text("search.reason", hit.reason())
                : I18n.text("search.foundIn", EntityForms.label(hit.field()), hit.reason());
    }

    public Optional<Entity> entity(String id) {
        return workspace.store().entity(id);
    }

    /** The entities of these ids the session may see. */
    public List<Entity> entities(java.util.Collection<String> ids) {
        return workspace.store().entities(ids);
    }

    /** The links among these entities the session may see. */
    public List<org.netzbild.model.Link> linksAmong(java.util.Collection<String> ids) {
        return workspace.store().linksAmong(ids);
    }

    /**
     * Which agencies state each of {@code ids} (its record's and every further statement's source,
     * as far as the session may see them), in one read: the chart's cross-agency marks (issue 18).
     * An id absent or hidden is not in the answer.
     */
    public java.util.Map<String, java.util.SortedSet<String>> sourceAgencies(java.util.Collection<String> ids) {
        var sources = new java.util.LinkedHashMap<String, java.util.SortedSet<String>>();
        workspace.store().statements(ids).forEach((id, statements) -> {
            var agencies = new java.util.TreeSet<String>();
            statements.forEach(s -> agencies.add(s.provenance().sourceAgency()));
            sources.put(id, agencies);
        });
        return sources;
    }

    /** What each agency states about an entity: its own record first, then further statements. */
    public List<Statement> statements(String id) {
        return workspace.store().statements(id);
    }

    /**
     * One entity with every statement about it, its links with the entities at their other ends
     * (at most {@code limit} neighbours) and the import behind each record, as far as the session
     * may see; {@link org.netzbild.store.NotFoundException} for an id that is absent or hidden, alike.
     */
    public EntityProfile profile(String id, int limit) {
        if (limit < 1) {
            throw UserFacingException.badArgument("error.limit");
        }
        var store = workspace.store();
        // expand answers an absent and a hidden id alike (NotFoundException), before anything is released
        Neighbourhood around = store.expand(new ExpandRequest(id, Set.of(), 1, limit));
        List<Statement> statements = store.statements(id);
        var byId = new java.util.HashMap<String, Entity>();
        around.entities().forEach(e -> byId.put(e.id(), e));
        Entity entity = byId.get(id);
        var links = around.links().stream()
                .filter(l -> l.fromId().equals(id) || l.toId().equals(id))
                .map(l -> new EntityProfile.LinkEnd(l, byId.get(l.otherEnd(id)), l.fromId().equals(id)))
                .toList();
        return new EntityProfile(entity, statements, links, store.importsBehind(id), around.unshown());
    }

    public Neighbourhood expand(String id, int hops, Set<String> linkTypes, int limit) {
        requireHops(hops, ExpandRequest.MAX_HOPS);
        requireKnown(linkTypes);
        return workspace.store().expand(new ExpandRequest(id, linkTypes, hops, limit));
    }

    /** Pages in more neighbours of a hub, leaving out those already on the chart. */
    public Neighbourhood expandMore(String id, Set<String> onChart, int limit) {
        return workspace.store().expand(new ExpandRequest(id, Set.of(), 1, limit, onChart));
    }

    /** How many shortest paths are shown unless the analyst asks for more. */
    public static final int DEFAULT_MAX_PATHS = 10;

    /**
     * The first {@code maxPaths} shortest paths in a fixed order (entity ids along the path, then
     * link ids) and how many there are.
     */
    public ShortestPaths paths(String fromId, String toId, int maxHops, Set<String> linkTypes, int maxPaths) {
        requireHops(maxHops, PathRequest.MAX_HOPS);
        requireKnown(linkTypes);
        if (maxPaths < 1) {
            throw UserFacingException.badArgument("error.maxPaths");
        }
        return workspace.store().shortestPaths(new PathRequest(fromId, toId, maxHops, linkTypes, maxPaths));
    }

    /**
     * What the analyst is told about the paths found, the same in the desktop and on the command
     * line: all of them, or how many of how many (or of more than the count limit) are shown.
     */
    public static String summary(ShortestPaths found) {
        if (found.allShown()) {
            return I18n.text("path.summary.all", found.found(), found.length());
        }
        return I18n.text(found.moreThanFound() ? "path.summary.moreThan" : "path.summary.some",
                found.paths().size(), found.found(), found.length());
    }

    static void requireHops(int hops, int max) {
        if (hops < 1 || hops > max) {
            throw UserFacingException.badArgument("error.hops", max);
        }
    }

    /** A misspelt link type must not quietly find nothing. */
    static void requireKnown(Set<String> linkTypes) {
        Set<String> known = org.netzbild.schema.Ontology.standard().linkTypes().keySet();
        for (String type : linkTypes) {
            if (!known.contains(type)) {
                throw UserFacingException.badArgument("error.linkType", type, String.join(", ", new java.util.TreeSet<>(known)));
            }
        }
    }

    /** Every link type of the ontology but these, e.g. all but FAMILY to leave kinship out of a path. */
    public static Set<String> linkTypesWithout(String... excluded) {
        var types = new java.util.TreeSet<>(org.netzbild.schema.Ontology.standard().linkTypes().keySet());
        types.removeAll(Set.of(excluded));
        return types;
    }

    public StoreStatistics statistics() {
        return workspace.store().statistics();
    }
}
