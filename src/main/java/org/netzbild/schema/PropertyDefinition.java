package org.netzbild.schema;

import java.util.List;

/**
 * One property of an entity or link type.
 *
 * @param allowed the enumeration's values, empty where any value of the type is allowed
 */
public record PropertyDefinition(String name, PropertyType type, boolean required, String enumeration,
                                 List<String> allowed) {

    public PropertyDefinition {
        allowed = List.copyOf(allowed);
    }
}
