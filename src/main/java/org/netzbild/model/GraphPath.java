package org.netzbild.model;

import java.util.List;

/** A path: {@code entities.size() == links.size() + 1}, in walking order. */
public record GraphPath(List<Entity> entities, List<Link> links) {

    public GraphPath {
        entities = List.copyOf(entities);
        links = List.copyOf(links);
        if (entities.size() != links.size() + 1) {
            throw new IllegalArgumentException("a path of " + links.size() + " links has " + (links.size() + 1)
                    + " entities, not " + entities.size());
        }
    }

    public int length() {
        return links.size();
    }
}
