package org.netzbild.model;

import java.util.Map;
import java.util.Objects;

/**
 * A node of the graph: a person, business, property, vehicle, address, identifier, incident,
 * case, agency or municipality. Its {@code type} is a label of the ontology
 * ({@code graph-schema/ontology.yaml}); the properties are validated against the ontology
 * before they are written, so this record stays generic and a new type needs no new class.
 *
 * @param properties values are {@code String}, {@code Long}, {@code Double}, {@code Boolean},
 *                   {@code LocalDate} or {@code List<String>}; never {@code null}
 */
public record Entity(String id, String type, Map<String, Object> properties, Provenance provenance) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(provenance, "provenance");
        properties = Properties.copy(properties);
    }

    /** The value of a property, or {@code null}. */
    public Object get(String property) {
        return properties.get(property);
    }

    /** The value of a text property, or {@code null}. */
    public String text(String property) {
        Object value = properties.get(property);
        return value == null ? null : value.toString();
    }

    /** The name a person reads on the chart: name, plate, value or reference, whichever the type has. */
    public String caption() {
        return caption(id, type, properties);
    }

    /** The caption of a record of {@code type} with these properties (as {@link #caption()}), where no entity is at hand. */
    public static String caption(String id, String type, Map<String, Object> properties) {
        if (type.equals("Incident") && properties.get("dateFrom") != null) {
            // several incidents share one case reference; the date tells them apart
            Object reference = properties.get("caseRef");
            return properties.get("dateFrom") + (reference == null ? "" : " · " + reference);
        }
        for (String key : new String[] {"name", "plate", "value", "caseRef", "summary", "street"}) {
            Object value = properties.get(key);
            if (value != null) {
                return key.equals("street") && properties.get("city") != null
                        ? value + " " + Objects.toString(properties.get("houseNumber"), "") + ", " + properties.get("city")
                        : value.toString();
            }
        }
        return type + " " + id;
    }

    public Entity with(String property, Object value) {
        var copy = new java.util.LinkedHashMap<>(properties);
        copy.put(property, value);
        return new Entity(id, type, copy, provenance);
    }
}
