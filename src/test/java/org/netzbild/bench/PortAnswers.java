package org.netzbild.bench;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.netzbild.model.Entity;
import org.netzbild.model.ExpandRequest;
import org.netzbild.model.GraphPath;
import org.netzbild.model.Link;
import org.netzbild.model.Neighbourhood;
import org.netzbild.store.GraphStore;
import org.netzbild.store.RawCypherReference;

/**
 * The port's answers in the reference's terms (ids), and whether a reference answered as the port
 * does. An answer cut at its limit holds <em>some</em> of the neighbours: which ones follows the
 * database's traversal order, which neither side fixes, so a cut answer counts as the same when it
 * is cut alike (same size, same unshown count), lies in the same neighbourhood and holds exactly the
 * links the port finds among its entities. Likewise for paths when there are more shortest paths
 * than the limit.
 */
final class PortAnswers {

    private PortAnswers() {
    }

    static RawCypherReference.Neighbourhood ids(Neighbourhood neighbourhood) {
        var entities = new LinkedHashSet<String>();
        neighbourhood.entities().stream().map(Entity::id).forEach(entities::add);
        var links = new LinkedHashSet<String>();
        neighbourhood.links().stream().map(Link::id).forEach(links::add);
        return new RawCypherReference.Neighbourhood(entities, links, neighbourhood.truncated(), neighbourhood.unshown());
    }

    static List<RawCypherReference.Path> ids(List<GraphPath> paths) {
        return paths.stream().map(p -> new RawCypherReference.Path(p.entities().stream().map(Entity::id).toList(),
                p.links().stream().map(Link::id).toList())).toList();
    }

    /** Whether the reference's expand of {@code request} is the port's answer {@code port} (see the class comment). */
    static boolean same(GraphStore store, ExpandRequest request, RawCypherReference.Neighbourhood port,
                        RawCypherReference.Neighbourhood reference) {
        if (!port.truncated()) {
            return port.equals(reference);
        }
        if (!reference.truncated() || reference.unshown() != port.unshown()
                || reference.entityIds().size() != port.entityIds().size()
                || !reference.entityIds().contains(request.entityId())) {
            return false;
        }
        var whole = store.expand(new ExpandRequest(request.entityId(), request.linkTypes(), request.hops(), 1_000_000));
        var wholeIds = whole.entities().stream().map(Entity::id).collect(Collectors.toSet());
        var linksAmong = store.linksAmong(reference.entityIds()).stream().map(Link::id).collect(Collectors.toSet());
        return wholeIds.containsAll(reference.entityIds()) && linksAmong.equals(reference.linkIds());
    }

    /** Whether two path answers hold the same paths in any order; at the limit, as many paths of the same length. */
    static boolean same(List<RawCypherReference.Path> port, List<RawCypherReference.Path> reference, int maxPaths) {
        if (port.size() == maxPaths) {
            Set<Integer> lengths = new HashSet<>();
            port.forEach(p -> lengths.add(p.linkIds().size()));
            reference.forEach(p -> lengths.add(p.linkIds().size()));
            return reference.size() == maxPaths && lengths.size() == 1;
        }
        return port.size() == reference.size() && new HashSet<>(port).equals(new HashSet<>(reference));
    }
}
