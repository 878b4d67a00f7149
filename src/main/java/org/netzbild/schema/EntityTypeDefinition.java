package org.netzbild.schema;

import java.util.List;
import java.util.Map;

/**
 * An entity type (node label) of the ontology.
 *
 * @param ftmSchema      the FollowTheMoney schema it maps to, or {@code null}
 * @param searchFields   properties that feed the full-text index
 * @param identityKeys   key sets that identify the same real-world thing across agencies
 */
public record EntityTypeDefinition(String name, String ftmSchema, List<String> searchFields,
                                   List<List<String>> identityKeys, Map<String, PropertyDefinition> properties) {

    public EntityTypeDefinition {
        searchFields = List.copyOf(searchFields);
        identityKeys = identityKeys.stream().map(List::copyOf).toList();
        properties = Map.copyOf(properties);
    }
}
