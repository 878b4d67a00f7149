package org.netzbild.model;

import java.util.List;

/**
 * Entities, links and further statements about entities written together in one transaction:
 * all land, or none. Links and statements may refer to entities of the same batch or to
 * entities already stored.
 *
 * @param importId the import this batch belongs to (every record is marked with it), or
 *                 {@code null} for records entered by hand or generated
 */
public record WriteBatch(List<Entity> entities, List<Link> links, List<Statement> statements, String importId) {

    public WriteBatch {
        entities = List.copyOf(entities);
        links = List.copyOf(links);
        statements = List.copyOf(statements);
    }

    public WriteBatch(List<Entity> entities, List<Link> links) {
        this(entities, links, List.of(), null);
    }

    public WriteBatch(List<Entity> entities, List<Link> links, List<Statement> statements) {
        this(entities, links, statements, null);
    }

    public int size() {
        return entities.size() + links.size() + statements.size();
    }
}
