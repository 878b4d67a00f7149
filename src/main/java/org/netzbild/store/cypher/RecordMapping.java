package org.netzbild.store.cypher;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netzbild.model.CollectionMethod;
import org.netzbild.model.Entity;
import org.netzbild.model.Grading;
import org.netzbild.model.Handling;
import org.netzbild.model.Link;
import org.netzbild.model.Nature;
import org.netzbild.model.NeedToKnow;
import org.netzbild.model.Provenance;
import org.netzbild.model.Statement;
import org.netzbild.schema.EntityTypeDefinition;
import org.netzbild.schema.Ontology;

/**
 * Records to property maps and back. Provenance is stored as flat properties of the node or
 * relationship (named as in the ontology's {@code provenance} section), so every node and link
 * carries its own origin and filters can use it in Cypher. Nodes also get {@code type} (their
 * ontology type) and {@code searchText} (what the full-text index reads).
 */
public final class RecordMapping {

    static final String LINK_TYPE = "_type";
    static final String LINK_FROM = "_from";
    static final String LINK_TO = "_to";
    static final String STATEMENT_ENTITY = "entityId";
    static final String IMPORT_ID = "importId";
    /** On an entity absorbed by a merge, now a statement: the merge that absorbed it (ADR 0031). */
    static final String MERGED_INTO = "mergedInto";
    /** On a person and a statement about one: the matcher's name keys, which the index {@code name_keys} reads (ADR 0037). */
    static final String NAME_KEYS = "nameKeys";
    private static final Set<String> SYSTEM = Set.of("id", "type", "searchText", LINK_TYPE, LINK_FROM, LINK_TO,
            STATEMENT_ENTITY, IMPORT_ID, MERGED_INTO, NAME_KEYS);
    /** The properties that hold a person's spellings. */
    static final List<String> NAME_FIELDS = List.of("name", "names", "aliases");

    private final Ontology ontology;

    public RecordMapping(Ontology ontology) {
        this.ontology = ontology;
    }

    public Map<String, Object> row(Entity entity) {
        var row = new LinkedHashMap<String, Object>(entity.properties());
        putProvenance(row, entity.provenance());
        row.put("id", entity.id());
        row.put("type", entity.type());
        row.put("searchText", searchText(entity));
        putNameKeys(row, entity.type(), entity.properties());
        return row;
    }

    /** A further statement, stored as its own node with the entity's id and type beside its values. */
    public Map<String, Object> row(Statement statement, String entityType) {
        var row = new LinkedHashMap<String, Object>(statement.properties());
        putProvenance(row, statement.provenance());
        row.put("id", statement.id());
        row.put(STATEMENT_ENTITY, statement.entityId());
        row.put("type", entityType);
        row.put("searchText", searchText(new Entity(statement.entityId(), entityType, statement.properties(),
                statement.provenance())));
        putNameKeys(row, entityType, statement.properties());
        return row;
    }

    /** A person's (or a statement about one's) name keys, when it names anyone. */
    private static void putNameKeys(Map<String, Object> row, String type, Map<String, Object> properties) {
        if ("Person".equals(type)) {
            String keys = nameKeys(properties);
            if (!keys.isEmpty()) {
                row.put(NAME_KEYS, keys);
            }
        }
    }

    /** The matcher's name keys of the spellings among {@code properties} ({@link #NAME_FIELDS}). */
    static String nameKeys(Map<String, ?> properties) {
        var names = new ArrayList<String>();
        for (String field : NAME_FIELDS) {
            Object value = properties.get(field);
            if (value instanceof List<?> list) {
                list.forEach(v -> names.add(String.valueOf(v)));
            } else if (value instanceof String[] array) {
                names.addAll(List.of(array));
            } else if (value != null) {
                names.add(value.toString());
            }
        }
        return org.netzbild.resolve.NameKeys.of(names);
    }

    public Statement statement(Map<String, Object> row) {
        requirePresent(row, "a statement");
        return new Statement((String) row.get("id"), (String) row.get(STATEMENT_ENTITY), values(row), provenance(row));
    }

    public Map<String, Object> row(Link link) {
        var row = new LinkedHashMap<String, Object>(link.properties());
        putProvenance(row, link.provenance());
        row.put("id", link.id());
        return row;
    }

    public Entity entity(Map<String, Object> row) {
        requirePresent(row, "an entity");
        return new Entity((String) row.get("id"), (String) row.get("type"), values(row), provenance(row));
    }

    /**
     * Every stored record has an id and a nature; a row without them is one whose record was deleted
     * between the statement's match and its projection ({@link RecordVanished}).
     */
    private static void requirePresent(Map<String, Object> row, String what) {
        if (row == null || row.get("id") == null || row.get("nature") == null) {
            throw new RecordVanished(what + (row == null || row.get("id") == null ? "" : " " + row.get("id")));
        }
    }

    /** The ontology properties of a stored row: neither system fields nor provenance. */
    private Map<String, Object> values(Map<String, Object> row) {
        var properties = new LinkedHashMap<String, Object>();
        row.forEach((key, value) -> {
            if (!SYSTEM.contains(key) && !ontology.provenance().containsKey(key)) {
                properties.put(key, value);
            }
        });
        return properties;
    }

    /** A link from a projection {@code r {.*, _type: type(r), _from: ..., _to: ...}}. */
    public Link link(Map<String, Object> row) {
        requirePresent(row, "a link");
        if (row.get(LINK_FROM) == null || row.get(LINK_TO) == null) {
            throw new RecordVanished("an end of link " + row.get("id"));
        }
        var properties = values(row);
        return new Link((String) row.get("id"), (String) row.get(LINK_TYPE), (String) row.get(LINK_FROM),
                (String) row.get(LINK_TO), properties, provenance(row));
    }

    /** The fields of {@code type} the full-text index reads, in the ontology's order. */
    List<String> searchFields(String type) {
        EntityTypeDefinition definition = ontology.entityTypes().get(type);
        return definition == null ? List.of() : definition.searchFields();
    }

    /** The text the full-text index reads: the ontology's search fields, and digits alone for numbers. */
    String searchText(Entity entity) {
        var parts = new ArrayList<String>();
        EntityTypeDefinition type = ontology.entityTypes().get(entity.type());
        List<String> fields = type == null ? List.of() : type.searchFields();
        for (String field : fields) {
            Object value = entity.get(field);
            if (value instanceof List<?> list) {
                list.forEach(v -> parts.add(v.toString()));
            } else if (value != null) {
                parts.add(value.toString());
            }
        }
        if ("Identifier".equals(entity.type()) || "Vehicle".equals(entity.type())) {
            parts.addAll(parts.stream().map(p -> p.replaceAll("[^0-9A-Za-z]", "")).toList());
        }
        return String.join(" | ", parts);
    }

    /** A provenance and its properties, kept as one reference so that threads sharing this mapping never mix two. */
    private record Flattened(Provenance provenance, Map<String, Object> properties) {
    }

    /** The last provenance flattened: an import gives every record the same one (millions of rows). */
    private volatile Flattened last;

    private void putProvenance(Map<String, Object> row, Provenance p) {
        Flattened cached = last;
        if (cached == null || cached.provenance() != p) {
            var flat = new LinkedHashMap<String, Object>();
            flatten(flat, p);
            cached = new Flattened(p, java.util.Collections.unmodifiableMap(flat));
            last = cached;
        }
        row.putAll(cached.properties());
    }

    private static void flatten(Map<String, Object> row, Provenance p) {
        row.put("sourceAgency", p.sourceAgency());
        row.put("sourceRef", p.sourceRef());
        row.put("recordedAt", ZonedDateTime.ofInstant(p.recordedAt(), ZoneOffset.UTC));
        row.put("recordedBy", p.recordedBy());
        row.put("collection", p.collection() == null ? null : p.collection().name());
        row.put("legalBasis", p.legalBasis());
        if (p.grading() != null) {
            row.put("gradingScheme", p.grading().scheme());
            row.put("gradingSource", p.grading().source());
            row.put("gradingInformation", p.grading().information());
        }
        row.put("nature", p.nature().name());
        row.put("handling", p.handling().name());
        row.put("handlingCode", p.handlingCode());
        row.put("handlingNote", p.handlingNote());
        row.put("validFrom", p.validFrom());
        row.put("validTo", p.validTo());
        row.put("reviewBy", p.reviewBy());
        if (!p.needToKnow().isEmpty()) {
            row.put("needToKnowUsers", p.needToKnow().users().stream().sorted().toList());
            row.put("needToKnowCases", p.needToKnow().cases().stream().sorted().toList());
        }
        row.values().removeIf(java.util.Objects::isNull);
    }

    private static Provenance provenance(Map<String, Object> row) {
        Grading grading = row.get("gradingScheme") == null ? null : new Grading((String) row.get("gradingScheme"),
                (String) row.get("gradingSource"), (String) row.get("gradingInformation"));
        return new Provenance(
                (String) row.get("sourceAgency"),
                (String) row.get("sourceRef"),
                instant(row.get("recordedAt")),
                (String) row.get("recordedBy"),
                row.get("collection") == null ? null : CollectionMethod.valueOf((String) row.get("collection")),
                (String) row.get("legalBasis"),
                grading,
                Nature.valueOf((String) row.get("nature")),
                Handling.valueOf((String) row.get("handling")),
                (String) row.get("handlingCode"),
                (String) row.get("handlingNote"),
                (LocalDate) row.get("validFrom"),
                (LocalDate) row.get("validTo"),
                (LocalDate) row.get("reviewBy"),
                new NeedToKnow(strings(row.get("needToKnowUsers")), strings(row.get("needToKnowCases"))));
    }

    private static Set<String> strings(Object list) {
        if (!(list instanceof List<?> values)) {
            return Set.of();
        }
        var strings = new java.util.HashSet<String>();
        values.forEach(v -> strings.add(String.valueOf(v)));
        return strings;
    }

    private static Instant instant(Object value) {
        return value == null ? null : Instant.from((TemporalAccessor) value);
    }
}
