package org.netzbild.schema;

import java.util.Map;
import java.util.Set;

/** A link type (relationship type) of the ontology with the entity types it may join. */
public record LinkTypeDefinition(String name, Set<String> from, Set<String> to,
                                 Map<String, PropertyDefinition> properties) {

    public LinkTypeDefinition {
        from = Set.copyOf(from);
        to = Set.copyOf(to);
        properties = Map.copyOf(properties);
    }

    public boolean allows(String fromType, String toType) {
        return from.contains(fromType) && to.contains(toType);
    }
}
