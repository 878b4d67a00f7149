package org.netzbild.model;

import java.util.Map;
import java.util.Objects;

/**
 * A directed relationship of an ontology link type (FAMILY, OWNS, RESIDES_AT, ...) between two
 * entities, with its own properties and provenance.
 */
public record Link(String id, String type, String fromId, String toId, Map<String, Object> properties,
                   Provenance provenance) {

    public Link {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fromId, "fromId");
        Objects.requireNonNull(toId, "toId");
        Objects.requireNonNull(provenance, "provenance");
        properties = Properties.copy(properties);
    }

    /** The value of a property, or {@code null}. */
    public Object get(String property) {
        return properties.get(property);
    }

    /** The end of this link that is not {@code entityId}. */
    public String otherEnd(String entityId) {
        return fromId.equals(entityId) ? toId : fromId;
    }
}
