package org.netzbild.model;

import java.util.Map;
import java.util.Objects;

/**
 * What one agency states about an entity: some of its properties, with that agency's provenance.
 * When two agencies report the same person, the person is one node and each report stays its
 * own statement, so merged names and diverging dates keep their sources (DOMAIN.md). The
 * entity's own record counts as its first statement; {@code GraphStore.statements} returns it
 * first, followed by the further statements in the order they were recorded.
 *
 * @param properties only the properties this statement makes; values as in {@link Entity}
 */
public record Statement(String id, String entityId, Map<String, Object> properties, Provenance provenance) {

    public Statement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(provenance, "provenance");
        properties = Properties.copy(properties);
    }

    /** The entity's own record as a statement (its id is the entity's id). */
    public static Statement of(Entity entity) {
        return new Statement(entity.id(), entity.id(), entity.properties(), entity.provenance());
    }

    public Object get(String property) {
        return properties.get(property);
    }
}
