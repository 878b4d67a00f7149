package org.netzbild.ingest;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.netzbild.model.CollectionMethod;
import org.netzbild.model.Entity;
import org.netzbild.model.Grading;
import org.netzbild.model.Handling;
import org.netzbild.model.Link;
import org.netzbild.model.Nature;
import org.netzbild.model.Provenance;
import org.netzbild.schema.Ontology;
import org.netzbild.schema.PropertyDefinition;
import org.netzbild.schema.RecordValidator;

/**
 * Applies a mapping spec to rows: the entities and links each row makes, with the file's
 * provenance, or the problems that stop it, each with file, line, column and field. Entity ids are
 * derived from the agency, the type and the id columns, so the same record in a re-sent file (or
 * on another row) gets the same id; a record that two rows describe differently is a problem.
 */
final class RowMapper {

    /**
     * What a row made: entities by mapping key (absent when its id columns were empty), links, and
     * the entities made elsewhere that it refers to.
     */
    record Mapped(SourceRow row, Map<String, Entity> entities, List<Link> links, List<Referred> referred) {

        Mapped(SourceRow row, Map<String, Entity> entities, List<Link> links) {
            this(row, entities, links, List.of());
        }
    }

    /** An entity a row refers to by its source key, with the columns that named it (for a dangling one). */
    record Referred(String id, String type, String columns, String values) {
    }

    private final MappingSpec spec;
    private final Ontology ontology;
    private final ValueParser values;
    private final RecordValidator validator;
    private final Provenance provenance;
    private final ReviewDates reviewDates;

    RowMapper(MappingSpec spec, Ontology ontology, String recordedBy, Instant recordedAt) {
        this(spec, ontology, recordedBy, recordedAt, org.netzbild.schema.ReviewPeriods.standard());
    }

    RowMapper(MappingSpec spec, Ontology ontology, String recordedBy, Instant recordedAt,
              org.netzbild.schema.ReviewPeriods periods) {
        this.spec = spec;
        this.ontology = ontology;
        this.values = new ValueParser(spec.source() == null ? MappingSpec.Source.DEFAULT : spec.source());
        this.validator = new RecordValidator(ontology);
        var base = provenance(spec.provenance(), recordedBy, recordedAt);
        this.reviewDates = new ReviewDates(base, spec.provenance(), periods);
        this.provenance = reviewDates.of(null);
    }

    Provenance provenance() {
        return provenance;
    }

    /** The columns the spec reads that the file's header lacks; each is a problem for the whole file. */
    List<ImportProblem> missingColumns(String file, List<String> header) {
        var wanted = new java.util.LinkedHashSet<String>();
        for (var mapping : spec.entities()) {
            wanted.addAll(mapping.id());
            mapping.properties().values().forEach(c -> wanted.addAll(c.columns()));
        }
        spec.references().forEach(r -> wanted.addAll(r.id()));
        for (var link : spec.links()) {
            link.properties().values().forEach(c -> wanted.addAll(c.columns()));
            wanted.addAll(link.id());
            if (link.typeFrom() != null && link.typeFrom().column() != null) {
                wanted.add(link.typeFrom().column());
            }
            java.util.stream.Stream.of(link.validFrom(), link.validTo()).filter(java.util.Objects::nonNull)
                    .forEach(c -> wanted.addAll(c.columns()));
        }
        if (spec.provenance() != null && spec.provenance().reviewBy() != null) {
            wanted.addAll(spec.provenance().reviewBy().columns());
        }
        return wanted.stream().filter(c -> !header.contains(c))
                .map(c -> ImportProblem.of(file, 1, c, null, "problem.missingColumn", String.join(", ", header)))
                .toList();
    }

    /** Maps one row; hands each problem to {@code problems} and returns what could be made. */
    Mapped map(SourceRow row, Consumer<ImportProblem> reported) {
        // a column used by two links (e.g. one date as validFrom of both) is named once
        var seen = new java.util.HashSet<ImportProblem>();
        Consumer<ImportProblem> problems = p -> {
            if (seen.add(p)) {
                reported.accept(p);
            }
        };
        var entities = new LinkedHashMap<String, Entity>();
        java.time.LocalDate rowReviewBy = reviewDates.ofRow(row, values, problems);
        for (var mapping : spec.entities()) {
            var keyValues = mapping.id().stream().map(row::text).toList();
            if (keyValues.stream().allMatch(String::isEmpty)) {
                continue;
            }
            var definitions = ontology.entityType(mapping.type()).orElseThrow().properties();
            var properties = properties(row, mapping.properties(), definitions, problems);
            var entity = new Entity(entityId(mapping.type(), keyValues), mapping.type(), properties,
                    reviewDates.of(mapping.type(), rowReviewBy));
            boolean valid = report(row, validator.check(entity), mapping.properties(), problems);
            if (valid) {
                entities.put(mapping.key(), entity);
            }
        }
        // the ends a link may have: the entities of this row, and those it refers to
        var ends = new LinkedHashMap<String, Referred>();
        entities.forEach((key, e) -> ends.put(key, new Referred(e.id(), e.type(), "", "")));
        var referred = new java.util.ArrayList<Referred>();
        for (var reference : spec.references()) {
            var keyValues = reference.id().stream().map(row::text).toList();
            if (keyValues.stream().allMatch(String::isEmpty)) {
                continue;
            }
            var one = new Referred(entityId(reference.type(), keyValues), reference.type(),
                    String.join("+", reference.id()), String.join(" ", keyValues).strip());
            ends.put(reference.key(), one);
            referred.add(one);
        }
        var links = new java.util.ArrayList<Link>();
        for (var mapping : spec.links()) {
            Referred from = ends.get(mapping.from());
            Referred to = ends.get(mapping.to());
            if (from == null || to == null) {
                continue;
            }
            String type = mapping.type();
            if (mapping.typeFrom() != null) {
                String code = row.text(mapping.typeFrom().column());
                if (code.isEmpty()) {
                    continue; // no relation stated on this row, as an empty id states no entity
                }
                type = code(mapping.typeFrom().values(), code);
                if (type == null) {
                    problems.accept(ImportProblem.of(row.file(), row.line(), mapping.typeFrom().column(), "type",
                            "problem.unknownFileCode", code, String.join(", ", new java.util.TreeSet<>(mapping.typeFrom().values().keySet()))));
                    continue;
                }
                if (mapping.typeFrom().reversed().contains(code) || mapping.typeFrom().reversed().contains(code.toLowerCase(Locale.ROOT))) {
                    Referred swap = from;
                    from = to;
                    to = swap;
                }
            }
            var definitions = ontology.linkType(type).orElseThrow().properties();
            // with the type from a column, a property the row's type does not have is not this row's (docs/import.md)
            var mapped = mapping.typeFrom() == null ? mapping.properties() : mapping.properties().entrySet().stream()
                    .filter(e -> definitions.containsKey(e.getKey()))
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            var properties = properties(row, mapped, definitions, problems);
            var distinct = mapping.id().stream().map(row::text).toList();
            var link = new Link(linkId(type, from.id(), to.id(), distinct), type, from.id(), to.id(),
                    properties, reviewDates.of(held(row, mapping, problems), rowReviewBy));
            String fromId = from.id();
            String fromType = from.type();
            String toType = to.type();
            if (report(row, validator.check(link, id -> id.equals(fromId) ? fromType : toType), mapped, problems)) {
                links.add(link);
            }
        }
        return new Mapped(row, entities, links, referred);
    }

    /** The value map's entry for a file's code, also written in small letters in the map. */
    private static String code(Map<String, String> values, String code) {
        String found = values.get(code);
        return found != null ? found : values.get(code.toLowerCase(Locale.ROOT));
    }

    private Map<String, Object> properties(SourceRow row, Map<String, MappingSpec.Column> mapped,
                                           Map<String, PropertyDefinition> definitions, Consumer<ImportProblem> problems) {
        var properties = new LinkedHashMap<String, Object>();
        mapped.forEach((property, column) -> {
            String text = text(row, column);
            if (text.isEmpty()) {
                return;
            }
            var definition = definitions.get(property);
            String code = column.values().getOrDefault(text, column.values().get(text.toLowerCase(Locale.ROOT)));
            if (code != null) {
                text = code;
            }
            try {
                refuseControlCharacters(text);
                Object value = values.parse(text, definition.type());
                if (value instanceof List<?> list && list.isEmpty()) {
                    return; // "|" alone states no value, as an empty cell does
                }
                if (!definition.allowed().isEmpty() && !definition.allowed().contains(value.toString())) {
                    // the user fixes this in the spec's values, so name those when there are any
                    throw column.values().isEmpty()
                            ? new ValueException("problem.unknownCode", text, definition.allowed().toString())
                            : new ValueException("problem.unknownFileCode", text, String.join(", ", new java.util.TreeSet<>(column.values().keySet())));
                }
                properties.put(property, value);
            } catch (ValueException e) {
                problems.accept(e.at(row.file(), row.line(), String.join("+", column.columns()), property));
            }
        });
        return properties;
    }

    /**
     * Control characters other than tab and line breaks are refused: they are no part of a name or
     * a number, break XML exports and the bulk import's input, and mostly mark a damaged file.
     */
    private static void refuseControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                throw new ValueException("problem.controlCharacter", String.format("U+%04X", (int) c));
            }
        }
    }

    /** The file's provenance with the time the link held in the world, where the spec maps it. */
    private Provenance held(SourceRow row, MappingSpec.LinkMapping mapping, Consumer<ImportProblem> problems) {
        java.time.LocalDate from = date(row, mapping.validFrom(), "validFrom", problems);
        java.time.LocalDate to = date(row, mapping.validTo(), "validTo", problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.accept(ImportProblem.of(row.file(), row.line(), String.join("+", mapping.validTo().columns()),
                    "validTo", "problem.validToBeforeFrom", from.toString()));
            return provenance;
        }
        return from == null && to == null ? provenance : provenance.validBetween(from, to);
    }

    private java.time.LocalDate date(SourceRow row, MappingSpec.Column column, String field, Consumer<ImportProblem> problems) {
        if (column == null || text(row, column).isEmpty()) {
            return null;
        }
        try {
            return (java.time.LocalDate) values.parse(text(row, column), org.netzbild.schema.PropertyType.DATE);
        } catch (ValueException e) {
            problems.accept(e.at(row.file(), row.line(), String.join("+", column.columns()), field));
            return null;
        }
    }

    private static final java.util.regex.Pattern RUNS_OF_SPACE = java.util.regex.Pattern.compile("\\s{2,}");

    private static String text(SourceRow row, MappingSpec.Column column) {
        if (column.value() != null) {
            return column.value();
        }
        if (column.column() != null) {
            return row.text(column.column());
        }
        String text = column.template();
        for (String name : column.columns()) {
            text = text.replace("{" + name + "}", row.text(name));
        }
        return RUNS_OF_SPACE.matcher(text.strip()).replaceAll(" ");
    }

    private static boolean report(SourceRow row, List<org.netzbild.schema.Violation> violations,
                                  Map<String, MappingSpec.Column> mapped, Consumer<ImportProblem> problems) {
        for (var v : violations) {
            var column = mapped.get(v.field());
            // a value that did not parse was reported already and is absent here: do not add "is required" for it
            boolean alreadySaid = column != null && !column.columns().isEmpty()
                    && v.key().equals("violation.required") && column.columns().stream().anyMatch(c -> !row.text(c).isEmpty());
            if (!alreadySaid) {
                problems.accept(ImportProblem.of(row.file(), row.line(),
                        column == null ? null : String.join("+", column.columns()), v));
            }
        }
        return violations.isEmpty();
    }

    private String entityId(String type, List<String> keyValues) {
        return RecordIds.of(type, provenance.sourceAgency(), type, String.join("\u0000", keyValues));
    }

    /** A link's id: agency, type and ends, and the values of the columns that tell parallel links apart. */
    private String linkId(String type, String fromId, String toId, List<String> distinct) {
        String ends = fromId + "\u0000" + toId;
        return distinct.isEmpty() ? RecordIds.of("link", provenance.sourceAgency(), type, ends)
                : RecordIds.of("link", provenance.sourceAgency(), type, ends, String.join("\u0000", distinct));
    }

    private static Provenance provenance(MappingSpec.ProvenanceSpec p, String recordedBy, Instant recordedAt) {
        Provenance provenance = Provenance.of(p.agency().strip(), p.reference(), recordedAt, recordedBy, Grading.eu(p.grading()))
                .as(p.nature() == null ? Nature.FACT : Nature.valueOf(p.nature()))
                .handled(p.handling() == null ? Handling.OPEN : Handling.valueOf(p.handling()), p.handlingCode());
        if (provenance.handling() == Handling.NEED_TO_KNOW) {
            provenance = provenance.needToKnow(new org.netzbild.model.NeedToKnow(
                    java.util.Set.copyOf(p.needToKnowUsers()), java.util.Set.copyOf(p.needToKnowCases())));
        }
        if (p.legalBasis() == null && p.collection() == null) {
            return provenance;
        }
        return provenance.collected(p.collection() == null ? CollectionMethod.OVERT : CollectionMethod.valueOf(p.collection()),
                p.legalBasis());
    }
}
