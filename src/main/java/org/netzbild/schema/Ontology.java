package org.netzbild.schema;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one source of truth for entity types, link types and their properties, loaded from
 * {@code graph-schema/ontology.yaml}. UI, importers and exporters ask it instead of repeating
 * the lists.
 */
public record Ontology(int version, Map<String, List<String>> enumerations,
                       Map<String, PropertyDefinition> provenance,
                       Map<String, EntityTypeDefinition> entityTypes,
                       Map<String, LinkTypeDefinition> linkTypes) {

    public Ontology {
        enumerations = Map.copyOf(enumerations);
        provenance = Map.copyOf(provenance);
        entityTypes = Map.copyOf(entityTypes);
        linkTypes = Map.copyOf(linkTypes);
    }

    public Optional<EntityTypeDefinition> entityType(String name) {
        return Optional.ofNullable(entityTypes.get(name));
    }

    public Optional<LinkTypeDefinition> linkType(String name) {
        return Optional.ofNullable(linkTypes.get(name));
    }

    /** The ontology shipped with the application, read and checked once. */
    public static Ontology standard() {
        return Shipped.ONTOLOGY;
    }

    /** Lazy holder: the file is parsed on first use, by whichever thread comes first, exactly once. */
    private static final class Shipped {
        static final Ontology ONTOLOGY = OntologyLoader.fromClasspath();
    }
}
