package org.netzbild.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netzbild.model.Grading;
import org.netzbild.schema.EntityTypeDefinition;
import org.netzbild.schema.Ontology;
import org.netzbild.schema.PropertyDefinition;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads mapping specifications (YAML, or JSON by the file ending) strictly: unknown fields are
 * errors, not silently ignored; the size, nesting and YAML aliases are bounded so a hostile spec
 * cannot exhaust memory; and the spec is checked against the ontology before any file is read.
 */
public final class MappingSpecs {

    /** No real spec comes near this; a bigger file is refused unread. */
    static final long MAX_BYTES = 1_000_000;
    private static final Set<String> NATURES = Set.of("FACT", "ASSESSMENT");
    private static final Set<String> HANDLINGS = Set.of("OPEN", "AGENCY_ONLY", "NEED_TO_KNOW");
    private static final Set<String> COLLECTIONS = Set.of("OVERT", "COVERT");

    private MappingSpecs() {
    }

    /** Reads and checks a spec (YAML, or JSON, which YAML reads too); {@link ImportRefusedException} names every problem. */
    public static MappingSpec load(Path file, Ontology ontology) {
        String name = file.getFileName().toString();
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw refused(name, 0, "", "problem.specTooLarge", MAX_BYTES / 1000);
            }
            text = Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw refused(name, 0, "", "problem.notUtf8");
        } catch (IOException e) {
            throw new ImportRefusedException(List.of(ReadFailures.of(name, e)));
        }
        return parse(name, text, ontology);
    }

    /** Reads and checks a spec from text (also the wizard's editor); {@code name} stands for the file in messages. */
    public static MappingSpec parse(String name, String text, Ontology ontology) {
        if (text.length() > MAX_BYTES) {
            throw refused(name, 0, "", "problem.specTooLarge", MAX_BYTES / 1000);
        }
        MappingSpec spec;
        var unknown = new ArrayList<UnknownField>();
        try {
            spec = mapper().addHandler(new UnknownFields(unknown)).readValue(text, MappingSpec.class);
        } catch (MismatchedInputException e) {
            String path = path(e.getPath());
            throw new ImportRefusedException(List.of(ImportProblem.of(name, line(e), null, path,
                    shapeKey(e.getTargetType()), path)));
        } catch (JacksonException e) {
            throw syntaxError(name, e);
        }
        var lines = SpecLines.of(text, loaderOptions());
        if (!unknown.isEmpty()) {
            // fields the misspelt ones should have set would only be reported missing: fix the spelling first
            throw new ImportRefusedException(unknownFieldProblems(name, unknown, lines));
        }
        if (spec == null) {
            throw refused(name, 0, "", "problem.specEmpty");
        }
        var problems = check(name, spec, ontology);
        if (!problems.isEmpty()) {
            throw new ImportRefusedException(problems.stream().map(p -> lines.locate(p, p.field())).toList());
        }
        return spec;
    }

    /**
     * A YAML syntax error at the line where the broken construct began (an unclosed quote is noticed
     * only many lines later), with the parser's own words for what it expected; those stay English.
     */
    private static ImportRefusedException syntaxError(String name, JacksonException e) {
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked) {
            var begun = marked.getContextMark() != null ? marked.getContextMark() : marked.getProblemMark();
            String what = String.join(": ", java.util.stream.Stream.of(marked.getContext(), marked.getProblem())
                    .filter(java.util.Objects::nonNull).toList());
            return refused(name, begun == null ? line(e) : begun.getLine() + 1L, "", "problem.specSyntax", what);
        }
        return refused(name, line(e), "", "problem.specSyntax",
                String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse(""));
    }

    /** A field the binding did not know, with the fields it knows there and the path as the parser saw it. */
    private record UnknownField(String name, java.util.SortedSet<String> known, String parserPath) {
    }

    /** Collects every unknown field, instead of stopping at the first. */
    private static final class UnknownFields extends DeserializationProblemHandler {

        private final List<UnknownField> found;

        UnknownFields(List<UnknownField> found) {
            this.found = found;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                                             JsonDeserializer<?> deserializer, Object beanOrClass, String name)
                throws IOException {
            var known = new java.util.TreeSet<String>();
            deserializer.getKnownPropertyNames().forEach(k -> known.add(String.valueOf(k)));
            found.add(new UnknownField(name, known, path(parser.getParsingContext())));
            parser.skipChildren();
            return true;
        }
    }

    /**
     * One problem per place of an unknown field. Records are bound from a buffer, where the parser
     * no longer knows the path, so the place is looked up in the text: the field beside fields the
     * record knows.
     */
    private static List<ImportProblem> unknownFieldProblems(String file, List<UnknownField> unknown, SpecLines lines) {
        var problems = new java.util.LinkedHashMap<String, ImportProblem>();
        for (UnknownField field : unknown) {
            var places = lines.find(field.name(), field.known());
            if (places.isEmpty()) {
                places = List.of(new SpecLines.Place(field.parserPath(), lines.line(field.parserPath())));
            }
            for (var place : places) {
                problems.putIfAbsent(place.path(), ImportProblem.of(file, place.line(), field.name(), place.path(),
                        "problem.unknownField", String.join(", ", field.known())));
            }
        }
        return problems.values().stream()
                .sorted(java.util.Comparator.comparingLong(ImportProblem::line)).toList();
    }

    /** {@code entities[1].properties.birthDate} for the field the parser stands on. */
    private static String path(JsonStreamContext context) {
        var parts = new java.util.ArrayDeque<String>();
        for (var c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push(c.getCurrentName());
            }
        }
        return joined(parts);
    }

    private static String path(List<JsonMappingException.Reference> references) {
        var parts = new java.util.ArrayDeque<String>();
        references.forEach(r -> parts.addLast(r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]"));
        return joined(parts);
    }

    private static String joined(java.util.Deque<String> parts) {
        var out = new StringBuilder();
        for (String part : parts) {
            if (!out.isEmpty() && !part.startsWith("[")) {
                out.append('.');
            }
            out.append(part);
        }
        return out.toString();
    }

    /** What the field should have held, as a problem key: a list, fields, a text, yes/no or a number. */
    private static String shapeKey(Class<?> target) {
        if (target == null) {
            return "problem.specShape";
        }
        if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "problem.specExpectsList";
        }
        if (Map.class.isAssignableFrom(target) || target.isRecord()) {
            return "problem.specExpectsFields";
        }
        if (target == String.class) {
            return "problem.specExpectsText";
        }
        if (target == boolean.class || target == Boolean.class) {
            return "problem.specExpectsYesNo";
        }
        if (target.isPrimitive() || Number.class.isAssignableFrom(target)) {
            return "problem.specExpectsNumber";
        }
        return "problem.specShape";
    }

    /** A positive ISO-8601 period such as {@code P5Y} or {@code P18M}. */
    private static boolean isPeriod(String text) {
        try {
            var period = java.time.Period.parse(text.strip());
            return !period.isNegative() && !period.isZero();
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** Every way the spec does not fit the ontology or itself; problems carry the field's path, not yet its line. */
    static List<ImportProblem> check(String file, MappingSpec spec, Ontology ontology) {
        var problems = new ArrayList<ImportProblem>();
        var p = spec.provenance();
        // FollowTheMoney and GraphML name their types and properties themselves
        boolean ftm = spec.source() != null && Set.of("ftm", "graphml", "gexf").contains(spec.source().format());
        if (spec.source() != null && !Set.of("csv", "tsv", "xlsx", "ftm", "graphml", "gexf").contains(spec.source().format())) {
            problems.add(ImportProblem.of(file, 0, null, "source.format", "problem.unknownFormat", spec.source().format()));
        }
        if (ftm && (!spec.entities().isEmpty() || !spec.links().isEmpty())) {
            problems.add(ImportProblem.of(file, 0, null, "entities", "problem.selfDescribing", spec.source().format()));
        }
        if (p == null || p.agency() == null || p.agency().isBlank()) {
            problems.add(ImportProblem.of(file, 0, null, "provenance.agency", "problem.agencyRequired"));
        } else if (!org.netzbild.schema.Agencies.standard().contains(p.agency().strip())) {
            // records carry the agency's id, so that its name can be shown in every language
            problems.add(ImportProblem.of(file, 0, null, "provenance.agency", "problem.unknownAgency", p.agency()));
        } else {
            try {
                Grading.eu(p.grading());
            } catch (IllegalArgumentException e) {
                problems.add(ImportProblem.of(file, 0, null, "provenance.grading", "problem.grading", String.valueOf(p.grading())));
            }
            if (p.nature() != null && !NATURES.contains(p.nature())) {
                problems.add(ImportProblem.of(file, 0, null, "provenance.nature", "violation.notAllowed", p.nature(), NATURES.toString()));
            }
            if (p.collection() != null && !COLLECTIONS.contains(p.collection())) {
                problems.add(ImportProblem.of(file, 0, null, "provenance.collection", "violation.notAllowed", p.collection(),
                        COLLECTIONS.toString()));
            }
            if (p.handling() != null && !HANDLINGS.contains(p.handling())) {
                problems.add(ImportProblem.of(file, 0, null, "provenance.handling", "violation.notAllowed", p.handling(), HANDLINGS.toString()));
            }
            if (p.reviewPeriod() != null && !isPeriod(p.reviewPeriod())) {
                problems.add(ImportProblem.of(file, 0, null, "provenance.reviewPeriod", "problem.reviewPeriod", p.reviewPeriod()));
            }
            if (!"NEED_TO_KNOW".equals(p.handling()) && !(p.needToKnowUsers().isEmpty() && p.needToKnowCases().isEmpty())) {
                problems.add(ImportProblem.of(file, 0, null, "provenance.needToKnow", "problem.needToKnowWithoutHandling"));
            }
        }
        if (spec.multiFile()) {
            if (ftm) {
                problems.add(ImportProblem.of(file, 0, null, "tables", "problem.selfDescribing", spec.source().format()));
            }
            if (!spec.entities().isEmpty() || !spec.references().isEmpty() || !spec.links().isEmpty()) {
                problems.add(ImportProblem.of(file, 0, null, "tables", "problem.tablesBesideMappings"));
            }
            var files = new java.util.HashSet<String>();
            boolean makesEntities = false;
            for (int t = 0; t < spec.tables().size(); t++) {
                var table = spec.tables().get(t);
                String where = "tables[" + t + "]";
                if (table.file() == null || table.file().isBlank()) {
                    problems.add(ImportProblem.of(file, 0, null, where + ".file", "problem.tableFileNeeded"));
                } else if (!files.add(table.file().strip())) {
                    problems.add(ImportProblem.of(file, 0, null, where + ".file", "problem.tableFileTwice", table.file()));
                }
                if (table.entities().isEmpty() && table.links().isEmpty()) {
                    problems.add(ImportProblem.of(file, 0, null, where, "problem.tableMakesNothing"));
                }
                makesEntities |= !table.entities().isEmpty();
                checkMappings(file, where + ".", spec.of(table), ontology, problems);
            }
            if (!makesEntities) {
                problems.add(ImportProblem.of(file, 0, null, "tables", "problem.noEntities"));
            }
            return problems;
        }
        if (spec.entities().isEmpty() && !ftm) {
            problems.add(ImportProblem.of(file, 0, null, "entities", "problem.noEntities"));
        }
        checkMappings(file, "", spec, ontology, problems);
        return problems;
    }

    /** The entities, references and links of one file, each against the ontology; {@code prefix} places them in a multi-file spec. */
    private static void checkMappings(String file, String prefix, MappingSpec spec, Ontology ontology,
                                      List<ImportProblem> problems) {
        var types = new HashMap<String, String>();
        var untyped = new java.util.HashSet<String>();
        for (int i = 0; i < spec.entities().size(); i++) {
            var mapping = spec.entities().get(i);
            String where = prefix + "entities[" + i + "]";
            if (mapping.key() == null || types.containsKey(mapping.key())) {
                problems.add(ImportProblem.of(file, 0, null, where + ".key", "problem.keyNeeded"));
            }
            var type = mapping.type() == null ? java.util.Optional.<EntityTypeDefinition>empty() : ontology.entityType(mapping.type());
            if (type.isEmpty()) {
                problems.add(ImportProblem.of(file, 0, null, where + ".type", "problem.notAnEntityType", String.valueOf(mapping.type())));
                untyped.add(mapping.key());
                continue;
            }
            types.put(mapping.key(), mapping.type());
            if (mapping.id().isEmpty()) {
                problems.add(ImportProblem.of(file, 0, null, where + ".id", "problem.idColumnsNeeded"));
            }
            checkProperties(file, where, mapping.properties(), type.get().properties(), problems);
            type.get().properties().values().stream().filter(PropertyDefinition::required)
                    .filter(d -> !mapping.properties().containsKey(d.name()))
                    .forEach(d -> problems.add(ImportProblem.of(file, 0, null, where + ".properties." + d.name(),
                            "problem.requiredFor", mapping.type())));
        }
        for (int i = 0; i < spec.references().size(); i++) {
            var reference = spec.references().get(i);
            String where = prefix + "references[" + i + "]";
            if (reference.key() == null || types.containsKey(reference.key()) || untyped.contains(reference.key())) {
                problems.add(ImportProblem.of(file, 0, null, where + ".key", "problem.keyNeeded"));
            }
            if (reference.type() == null || ontology.entityType(reference.type()).isEmpty()) {
                problems.add(ImportProblem.of(file, 0, null, where + ".type", "problem.notAnEntityType", String.valueOf(reference.type())));
                untyped.add(reference.key());
                continue;
            }
            types.put(reference.key(), reference.type());
            if (reference.id().isEmpty()) {
                problems.add(ImportProblem.of(file, 0, null, where + ".id", "problem.idColumnsNeeded"));
            }
        }
        for (int i = 0; i < spec.links().size(); i++) {
            var link = spec.links().get(i);
            String where = prefix + "links[" + i + "]";
            if ((link.type() == null) == (link.typeFrom() == null)) {
                problems.add(ImportProblem.of(file, 0, null, where + ".type", "problem.typeOrTypeFrom"));
                continue;
            }
            // the types this mapping can make, each with whether it runs from 'to' to 'from'
            var made = new java.util.LinkedHashSet<Map.Entry<String, Boolean>>();
            if (link.type() != null) {
                made.add(Map.entry(link.type(), false));
            } else {
                var from = link.typeFrom();
                if (from.column() == null || from.values().isEmpty()) {
                    problems.add(ImportProblem.of(file, 0, null, where + ".typeFrom", "problem.typeFromNeedsColumnAndValues"));
                    continue;
                }
                from.reversed().stream().filter(v -> !from.values().containsKey(v)).forEach(v -> problems.add(
                        ImportProblem.of(file, 0, null, where + ".typeFrom.reversed", "problem.reversedNotInValues", v)));
                from.values().forEach((code, type) -> made.add(Map.entry(type, from.reversed().contains(code))));
            }
            var definitions = new java.util.LinkedHashMap<String, PropertyDefinition>();
            boolean known = true;
            for (String type : made.stream().map(Map.Entry::getKey).distinct().toList()) {
                var definition = ontology.linkType(type);
                if (definition.isEmpty()) {
                    problems.add(ImportProblem.of(file, 0, null, where + (link.type() != null ? ".type" : ".typeFrom.values"),
                            "problem.notALinkType", type));
                    known = false;
                } else {
                    definition.get().properties().forEach(definitions::putIfAbsent);
                }
            }
            if (!known) {
                continue;
            }
            String from = types.get(link.from());
            String to = types.get(link.to());
            if (untyped.contains(link.from()) || untyped.contains(link.to())) {
                // its entity's type is wrong and was named already
                checkProperties(file, where, link.properties(), definitions, problems);
                continue;
            }
            if (from == null || to == null) {
                problems.add(ImportProblem.of(file, 0, null, where + (from == null ? ".from" : ".to"),
                        "problem.noSuchKey", types.keySet().toString()));
            } else {
                made.forEach(choice -> {
                    String type = choice.getKey();
                    var definition = ontology.linkType(type).orElseThrow();
                    if (choice.getValue() ? !definition.allows(to, from) : !definition.allows(from, to)) {
                        problems.add(ImportProblem.of(file, 0, null, where + (link.type() != null ? ".type" : ".typeFrom.values"),
                                "violation.cannotJoin", type, choice.getValue() ? to : from, choice.getValue() ? from : to));
                    }
                });
            }
            checkProperties(file, where, link.properties(), definitions, problems);
        }
    }

    private static void checkProperties(String file, String where, Map<String, MappingSpec.Column> mapped,
                                        Map<String, PropertyDefinition> definitions, List<ImportProblem> problems) {
        mapped.forEach((property, column) -> {
            var definition = definitions.get(property);
            String field = where + ".properties." + property;
            if (definition == null) {
                problems.add(ImportProblem.of(file, 0, null, field, "violation.notAProperty"));
                return;
            }
            if (column == null || (column.column() == null && column.template() == null && column.value() == null)) {
                problems.add(ImportProblem.of(file, 0, null, field, "problem.valueSourceNeeded"));
            }
            if (column != null && !definition.allowed().isEmpty()) {
                column.values().values().stream().filter(v -> !definition.allowed().contains(v)).forEach(v ->
                        problems.add(ImportProblem.of(file, 0, null, field, "violation.notAllowed", v, definition.allowed().toString())));
            }
        });
    }

    private static LoaderOptions loaderOptions() {
        var loader = new LoaderOptions();
        loader.setMaxAliasesForCollections(20);
        loader.setNestingDepthLimit(20);
        loader.setCodePointLimit((int) MAX_BYTES);
        loader.setAllowDuplicateKeys(false);
        return loader;
    }

    private static ObjectMapper mapper() {
        JsonFactory factory = YAMLFactory.builder().loaderOptions(loaderOptions()).build();
        factory.setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(20).build());
        return new ObjectMapper(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    private static long line(JacksonException e) {
        return e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
    }

    private static ImportRefusedException refused(String file, long line, String column, String key, Object... arguments) {
        return new ImportRefusedException(List.of(ImportProblem.of(file, line, column, null, key, arguments)));
    }
}
