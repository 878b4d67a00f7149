package org.netzbild.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code ontology.yaml} and checks that it is consistent in itself. */
public final class OntologyLoader {

    static final String RESOURCE = "/graph-schema/ontology.yaml";

    private OntologyLoader() {
    }

    static Ontology fromClasspath() {
        try (InputStream in = OntologyLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the ontology " + RESOURCE + " is missing from the application");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ontology " + RESOURCE, e);
        }
    }

    /** Parses an ontology; a broken one fails with a message naming the type and property. */
    public static Ontology read(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
        var enumerations = new LinkedHashMap<String, List<String>>();
        root.path("enumerations").properties().forEach(e -> enumerations.put(e.getKey(), strings(e.getValue())));
        var provenance = properties("provenance", root.path("provenance"), enumerations);
        var entities = new LinkedHashMap<String, EntityTypeDefinition>();
        root.path("entities").properties().forEach(e -> {
            JsonNode def = e.getValue();
            var identity = new ArrayList<List<String>>();
            def.path("identity").forEach(key -> identity.add(strings(key)));
            var props = properties(e.getKey(), def.path("properties"), enumerations);
            for (String field : strings(def.path("search"))) {
                require(props.containsKey(field), e.getKey() + ": search field '" + field + "' is not a property");
            }
            identity.forEach(key -> key.forEach(field -> require(props.containsKey(field),
                    e.getKey() + ": identity field '" + field + "' is not a property")));
            entities.put(e.getKey(), new EntityTypeDefinition(e.getKey(), def.path("ftm").asText(null),
                    strings(def.path("search")), identity, props));
        });
        var links = new LinkedHashMap<String, LinkTypeDefinition>();
        root.path("links").properties().forEach(e -> {
            JsonNode def = e.getValue();
            Set<String> from = new LinkedHashSet<>(strings(def.path("from")));
            Set<String> to = new LinkedHashSet<>(strings(def.path("to")));
            for (String end : concat(from, to)) {
                require(entities.containsKey(end), e.getKey() + ": endpoint '" + end + "' is not an entity type");
            }
            links.put(e.getKey(), new LinkTypeDefinition(e.getKey(), from, to,
                    properties(e.getKey(), def.path("properties"), enumerations)));
        });
        return new Ontology(root.path("version").asInt(), enumerations, provenance, entities, links);
    }

    private static Map<String, PropertyDefinition> properties(String owner, JsonNode node,
                                                              Map<String, List<String>> enumerations) {
        var result = new LinkedHashMap<String, PropertyDefinition>();
        node.properties().forEach(p -> {
            JsonNode def = p.getValue();
            String enumeration = def.path("enum").asText(null);
            require(enumeration == null || enumerations.containsKey(enumeration),
                    owner + "." + p.getKey() + ": unknown enumeration '" + enumeration + "'");
            PropertyType type;
            try {
                type = PropertyType.parse(def.path("type").asText("string"));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(owner + "." + p.getKey() + ": " + e.getMessage(), e);
            }
            result.put(p.getKey(), new PropertyDefinition(p.getKey(), type, def.path("required").asBoolean(false),
                    enumeration, enumeration == null ? List.of() : enumerations.get(enumeration)));
        });
        return result;
    }

    private static List<String> strings(JsonNode node) {
        var list = new ArrayList<String>();
        node.forEach(n -> list.add(n.asText()));
        return list;
    }

    private static List<String> concat(Set<String> a, Set<String> b) {
        var list = new ArrayList<>(a);
        list.addAll(b);
        return list;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("ontology.yaml is inconsistent: " + message);
        }
    }
}
