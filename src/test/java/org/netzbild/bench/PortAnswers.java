package org.netzbild.bench;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import org.netzbild.model.Entity;
import org.netzbild.model.GraphPath;
import org.netzbild.model.Link;
import org.netzbild.model.Neighbourhood;
import org.netzbild.store.RawCypherReference;

/** The port's answers in the reference's terms (ids), so that the two can be compared. */
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

    /** Whether two expand answers hold the same entities and links (as sets), cut alike. */
    static boolean same(RawCypherReference.Neighbourhood a, RawCypherReference.Neighbourhood b) {
        return a.entityIds().equals(b.entityIds()) && a.linkIds().equals(b.linkIds()) && a.truncated() == b.truncated()
                && a.unshown() == b.unshown();
    }

    /** Whether two path answers hold the same paths, in any order. */
    static boolean same(List<RawCypherReference.Path> a, List<RawCypherReference.Path> b) {
        return a.size() == b.size() && new HashSet<>(a).equals(new HashSet<>(b));
    }
}
