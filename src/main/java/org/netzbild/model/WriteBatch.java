package org.netzbild.model;

import java.util.List;

/**
 * Entities and links written together in one transaction: all land, or none. Links may refer to
 * entities of the same batch or to entities already stored.
 */
public record WriteBatch(List<Entity> entities, List<Link> links) {

    public WriteBatch {
        entities = List.copyOf(entities);
        links = List.copyOf(links);
    }

    public int size() {
        return entities.size() + links.size();
    }
}
