package org.netzbild.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;
import org.netzbild.model.Provenance;
import org.netzbild.model.ProvenanceFields;
import org.netzbild.schema.Ontology;
import org.netzbild.schema.RecordValidator;

/**
 * Reads FollowTheMoney entities, one JSON object per line ({@code {"id", "schema", "properties":
 * {name: [values]}}}), as Aleph and OpenSanctions export them. Persons, companies and
 * organisations, addresses and vehicles become entities; the interval schemata Ownership,
 * Directorship, Family, Associate, Employment and Membership become links, their start and end
 * dates the time the link held. Entity lines are delivered before link lines, so a link may name
 * an entity further down the file. Schemata without a counterpart in the ontology (documents,
 * sanctions …) are counted and left out, not guessed. A line's {@code netzbild.provenance} object
 * (Netzbild's own export) states the record's provenance; the spec's applies where it is absent.
 */
final class FtmReader {

    static final int MAX_LINE_CHARS = 1_000_000;

    private static final Map<String, String> ENTITY_TYPES = Map.of("Person", "Person", "Company", "Business",
            "Organization", "Business", "LegalEntity", "Business", "Address", "Address", "Vehicle", "Vehicle");
    /** Interval schema → link type, source property, target property. */
    private static final Map<String, String[]> LINKS = Map.of(
            "Ownership", new String[] {"OWNS", "owner", "asset"},
            "Directorship", new String[] {"DIRECTS", "director", "organization"},
            "Family", new String[] {"FAMILY", "relative", "person"},
            "Associate", new String[] {"ASSOCIATE", "person", "associate"},
            "Employment", new String[] {"EMPLOYED_BY", "employee", "employer"},
            "Membership", new String[] {"MEMBER_OF", "member", "organization"});

    private final Ontology ontology;
    private final Provenance provenance;
    private final RecordValidator validator;
    private final ObjectMapper json;
    private final Map<String, Long> skipped = new TreeMap<>();

    FtmReader(Ontology ontology, Provenance provenance) {
        this.ontology = ontology;
        this.provenance = provenance;
        this.validator = new RecordValidator(ontology);
        var factory = new JsonFactory();
        factory.setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(10)
                .maxStringLength(MAX_LINE_CHARS).build());
        this.json = new ObjectMapper(factory);
    }

    /** Schemata left out, with how many lines each. */
    Map<String, Long> skipped() {
        return skipped;
    }

    /** Entity lines first, then link lines; each problem names file, line and property. */
    void read(Path path, Consumer<RowMapper.Mapped> rows, Consumer<ImportProblem> problems) {
        String file = path.getFileName().toString();
        var types = new HashMap<String, String>();
        skipped.clear();
        lines(path, file, problems, (line, node) -> {
            String schema = node.path("schema").asText("");
            String type = ENTITY_TYPES.get(schema);
            if (type != null) {
                entity(file, line, node, type, problems).ifPresent(e -> {
                    types.put(node.path("id").asText(), type);
                    rows.accept(new RowMapper.Mapped(new SourceRow(file, line, Map.of()), Map.of(e.id(), e), List.of()));
                });
            } else if (!LINKS.containsKey(schema)) {
                skipped.merge(schema.isEmpty() ? "(no schema)" : schema, 1L, Long::sum);
            }
        });
        lines(path, file, p -> { }, (line, node) -> {
            String[] link = LINKS.get(node.path("schema").asText(""));
            if (link != null) {
                link(file, line, node, link, types, problems).ifPresent(l ->
                        rows.accept(new RowMapper.Mapped(new SourceRow(file, line, Map.of()), Map.of(), List.of(l))));
            }
        });
    }

    private java.util.Optional<Entity> entity(String file, long line, JsonNode node, String type,
                                              Consumer<ImportProblem> problems) {
        var p = node.path("properties");
        var properties = new LinkedHashMap<String, Object>();
        List<String> names = values(p, "name");
        switch (type) {
            case "Person" -> {
                first(names).ifPresent(n -> properties.put("name", n));
                putList(properties, "names", names.size() > 1 ? names : List.of());
                putList(properties, "aliases", concat(values(p, "alias"), values(p, "weakAlias")));
                first(values(p, "birthDate")).ifPresent(d -> date(file, line, "birthDate", d, problems)
                        .ifPresent(v -> properties.put("birthDate", v)));
                first(values(p, "birthPlace")).ifPresent(v -> properties.put("birthPlace", v));
                putList(properties, "nationality", values(p, "nationality"));
                first(values(p, "gender")).map(FtmReader::gender).ifPresent(g -> properties.put("gender", g));
                putList(properties, "nationalIdNumbers", values(p, "idNumber"));
                putList(properties, "passportNumbers", values(p, "passportNumber"));
            }
            case "Business" -> {
                first(names).ifPresent(n -> properties.put("name", n));
                putList(properties, "names", concat(names.size() > 1 ? names : List.of(), values(p, "alias")));
                first(values(p, "registrationNumber")).ifPresent(v -> properties.put("registerNumber", v));
                first(values(p, "taxNumber")).ifPresent(v -> properties.put("taxNumber", v));
                first(values(p, "legalForm")).ifPresent(v -> properties.put("legalForm", v));
            }
            case "Address" -> {
                first(values(p, "street")).ifPresent(v -> properties.put("street", v));
                first(values(p, "postalCode")).ifPresent(v -> properties.put("postalCode", v));
                first(values(p, "city")).ifPresent(v -> properties.put("city", v));
                first(values(p, "full")).or(() -> first(names)).ifPresent(v -> properties.put("full", v));
            }
            case "Vehicle" -> {
                first(values(p, "registrationNumber")).ifPresent(v -> properties.put("plate", v));
                first(values(p, "model")).ifPresent(v -> properties.put("model", v));
            }
            default -> throw new IllegalStateException(type);
        }
        String ftmId = node.path("id").asText("");
        if (ftmId.isEmpty()) {
            problems.accept(ImportProblem.of(file, line, null, "id", "problem.ftmNoId"));
            return java.util.Optional.empty();
        }
        var stated = provenance(file, line, node, provenance, problems);
        if (stated.isEmpty()) {
            return java.util.Optional.empty();
        }
        var entity = new Entity(id(type, ftmId), type, properties, stated.get());
        var violations = validator.check(entity);
        violations.forEach(v -> problems.accept(ImportProblem.of(file, line, null, v)));
        return violations.isEmpty() ? java.util.Optional.of(entity) : java.util.Optional.empty();
    }

    private java.util.Optional<Link> link(String file, long line, JsonNode node, String[] link, Map<String, String> types,
                                          Consumer<ImportProblem> problems) {
        var p = node.path("properties");
        String from = first(values(p, link[1])).orElse("");
        String to = first(values(p, link[2])).orElse("");
        for (var end : List.of(new String[] {link[1], from}, new String[] {link[2], to})) {
            if (!types.containsKey(end[1])) {
                problems.accept(end[1].isEmpty() ? ImportProblem.of(file, line, null, end[0], "problem.missing")
                        : ImportProblem.of(file, line, null, end[0], "problem.noImportedEntity", end[1]));
                return java.util.Optional.empty();
            }
        }
        String type = link[0];
        var properties = new LinkedHashMap<String, Object>();
        switch (type) {
            case "OWNS" -> first(values(p, "percentage")).ifPresent(v -> {
                try {
                    properties.put("share", Double.parseDouble(v.replace("%", "").replace(',', '.').strip()));
                } catch (NumberFormatException e) {
                    problems.accept(ImportProblem.of(file, line, null, "percentage", "problem.notANumber", v));
                }
            });
            case "DIRECTS" -> properties.put("role", directorRole(first(values(p, "role")).orElse("")));
            case "FAMILY" -> properties.put("relation", relation(first(values(p, "relationship")).orElse("")));
            case "ASSOCIATE" -> first(values(p, "relationship")).ifPresent(v -> properties.put("context", v));
            case "MEMBER_OF" -> first(values(p, "role")).ifPresent(v -> properties.put("role", v));
            default -> { }
        }
        var start = first(values(p, "startDate")).flatMap(d -> date(file, line, "startDate", d, problems));
        var end = first(values(p, "endDate")).flatMap(d -> date(file, line, "endDate", d, problems));
        String fromId = id(types.get(from), from);
        String toId = id(types.get(to), to);
        Provenance held = provenance;
        if (start.isPresent() || end.isPresent()) {
            if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
                problems.accept(ImportProblem.of(file, line, null, "endDate", "problem.endBeforeStart", start.get().toString()));
                return java.util.Optional.empty();
            }
            held = provenance.validBetween(start.orElse(null), end.orElse(null));
        }
        var stated = provenance(file, line, node, held, problems);
        if (stated.isEmpty()) {
            return java.util.Optional.empty();
        }
        var result = new Link(id("link", node.path("id").asText(from + to)), type, fromId, toId, properties, stated.get());
        var violations = validator.check(result, id -> id.equals(fromId) ? types.get(from) : types.get(to));
        violations.forEach(v -> problems.accept(ImportProblem.of(file, line, null, v)));
        return violations.isEmpty() ? java.util.Optional.of(result) : java.util.Optional.empty();
    }

    /**
     * The provenance a Netzbild export states beside FtM's fields ({@code netzbild.provenance}), so
     * that a chart passed on keeps its sources, gradings and handling; else {@code otherwise}.
     */
    private static java.util.Optional<Provenance> provenance(String file, long line, JsonNode node, Provenance otherwise,
                                                             Consumer<ImportProblem> problems) {
        JsonNode stated = node.path("netzbild").path("provenance");
        if (!stated.isObject()) {
            return java.util.Optional.of(otherwise);
        }
        var fields = new HashMap<String, String>();
        stated.properties().forEach(f -> fields.put(f.getKey(), f.getValue().asText("")));
        try {
            Provenance parsed = ProvenanceFields.parse(fields);
            if (parsed != null && !GraphmlReader.knownSource(parsed)) {
                problems.accept(ImportProblem.of(file, line, null, "netzbild.provenance.sourceAgency",
                        "problem.unknownAgency", parsed.sourceAgency()));
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(parsed == null ? otherwise : parsed);
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().contains(":") ? e.getMessage().substring(0, e.getMessage().indexOf(':')) : null;
            problems.accept(ImportProblem.of(file, line, null, field, "problem.badProvenance", e.getMessage()));
            return java.util.Optional.empty();
        }
    }

    private interface LineHandler {
        void line(long number, JsonNode node);
    }

    /** Reads line by line with a bound on each line's length; a line that is no JSON object is a problem. */
    private void lines(Path path, String file, Consumer<ImportProblem> problems, LineHandler handler) {
        long number = 0;
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            Charset marked = CsvTable.byteOrderMark(path);
            if (marked != null && !marked.equals(StandardCharsets.UTF_8)) {
                problems.accept(ImportProblem.of(file, 1, null, null, "problem.ftmByteOrderMark", marked.name()));
                return;
            }
            if (marked != null) {
                in.skip(1); // a UTF-8 mark agrees with the format; it is not part of the first line's JSON
            }
            var line = new StringBuilder();
            int c;
            while (true) {
                line.setLength(0);
                boolean tooLong = false;
                while ((c = in.read()) >= 0 && c != '\n') {
                    if (line.length() < MAX_LINE_CHARS) {
                        line.append((char) c);
                    } else {
                        tooLong = true;
                    }
                }
                if (c < 0 && line.isEmpty()) {
                    return;
                }
                number++;
                if (tooLong) {
                    problems.accept(ImportProblem.of(file, number, null, null, "problem.lineTooLong", MAX_LINE_CHARS));
                } else if (!line.toString().isBlank()) {
                    parse(file, number, line.toString(), problems, handler);
                }
                if (c < 0) {
                    return;
                }
            }
        } catch (java.nio.charset.MalformedInputException e) {
            problems.accept(ImportProblem.of(file, number + 1, null, null, "problem.ftmNotUtf8"));
        } catch (IOException e) {
            problems.accept(ReadFailures.of(file, e));
        }
    }

    private void parse(String file, long number, String text, Consumer<ImportProblem> problems, LineHandler handler) {
        try {
            JsonNode node = json.readTree(text);
            if (node == null || !node.isObject() || !node.path("properties").isObject() && !node.path("properties").isMissingNode()) {
                problems.accept(ImportProblem.of(file, number, null, null, "problem.notFtm"));
                return;
            }
            handler.line(number, node);
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            problems.accept(ImportProblem.of(file, number, null, null, "problem.jsonTooDeep"));
        } catch (JacksonException e) {
            // the parser's words quote code points and token names; the user needs where the line breaks off
            long at = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            problems.accept(at > 0 ? ImportProblem.of(file, number, null, null, "problem.notJsonAt", at)
                    : ImportProblem.of(file, number, null, null, "problem.notJson"));
        }
    }

    private java.util.Optional<java.time.LocalDate> date(String file, long line, String field, String text,
                                                       Consumer<ImportProblem> problems) {
        try {
            return java.util.Optional.of(java.time.LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
        } catch (java.time.format.DateTimeParseException e) {
            problems.accept(ImportProblem.of(file, line, null, field, "problem.partialDate", text));
            return java.util.Optional.empty();
        }
    }

    private static List<String> values(JsonNode properties, String name) {
        var values = new ArrayList<String>();
        properties.path(name).forEach(v -> {
            if (v.isTextual() && !v.asText().isBlank()) {
                values.add(v.asText().strip());
            }
        });
        return values;
    }

    private static java.util.Optional<String> first(List<String> values) {
        return values.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(values.getFirst());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new ArrayList<>(a);
        b.stream().filter(v -> !all.contains(v)).forEach(all::add);
        return all;
    }

    private static void putList(Map<String, Object> properties, String name, List<String> values) {
        if (!values.isEmpty()) {
            properties.put(name, List.copyOf(values));
        }
    }

    private static String gender(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "male", "m" -> "MALE";
            case "female", "f", "w" -> "FEMALE";
            case "other", "diverse", "d" -> "DIVERSE";
            default -> "UNKNOWN";
        };
    }

    private static String directorRole(String role) {
        String r = role.toLowerCase(Locale.ROOT);
        if (r.contains("prokur") || r.contains("authori")) {
            return "AUTHORISED_OFFICER";
        }
        if (r.contains("operat") || r.contains("betreib")) {
            return "OPERATOR";
        }
        return "MANAGING_DIRECTOR";
    }

    /**
     * FtM states the relationship from the person's side ("mother": the relative is the person's
     * mother); our FAMILY link runs from the relative to the person, so "mother" is PARENT.
     */
    static String relation(String relationship) {
        String r = relationship.toLowerCase(Locale.ROOT);
        if (r.contains("grand") || r.contains("groß") || r.contains("enkel") || r.contains("uncle") || r.contains("aunt")
                || r.contains("onkel") || r.contains("tante") || r.contains("nephew") || r.contains("niece")
                || r.contains("neffe") || r.contains("nichte")) {
            return "OTHER";
        }
        if (r.contains("law") || r.contains("schwieger") || r.contains("schwager") || r.contains("schwägerin")) {
            return "IN_LAW";
        }
        for (var entry : List.of(
                Map.entry("PARENT", Set.of("mother", "father", "parent", "mutter", "vater", "elternteil")),
                Map.entry("CHILD", Set.of("son", "daughter", "child", "sohn", "tochter", "kind")),
                Map.entry("SIBLING", Set.of("brother", "sister", "sibling", "bruder", "schwester")),
                Map.entry("SPOUSE", Set.of("wife", "husband", "spouse", "partner", "ehefrau", "ehemann", "ehepartner")),
                Map.entry("COUSIN", Set.of("cousin", "cousine")))) {
            if (entry.getValue().stream().anyMatch(r::contains)) {
                return entry.getKey();
            }
        }
        return "OTHER";
    }

    private String id(String type, String ftmId) {
        return RecordIds.of(type, provenance.sourceAgency(), "ftm", ftmId);
    }
}
