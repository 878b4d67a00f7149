package org.netzbild.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;
import org.netzbild.model.Provenance;
import org.netzbild.model.ProvenanceFields;
import org.netzbild.schema.Ontology;
import org.netzbild.schema.PropertyDefinition;
import org.netzbild.schema.RecordValidator;

/**
 * Reads GraphML and GEXF (1.2draft, 1.3; its attributes by {@code title}) in Netzbild's dialect: each node's data key {@code type} names an entity type of
 * the ontology and the other data keys (by {@code attr.name}) its properties; each edge's
 * {@code type} names a link type. This is what Netzbild's own GraphML export writes and what an
 * analyst can prepare in Gephi or yEd by naming the attributes so. Keys named {@code prov.<field>}
 * state a record's own provenance (the spec's applies where they are absent); the drawing keys
 * ({@link #DRAWING}) are read past. Read with StAX, DTDs and
 * external entities off: a file with a DOCTYPE is refused, as are nesting deeper than
 * {@link #MAX_DEPTH} and a text over {@link #MAX_TEXT_CHARS} characters.
 */
final class GraphmlReader {

    /** What the export writes for drawing programs (Gephi, yEd) and the file's notes: read past, not properties. */
    static final java.util.Set<String> DRAWING = java.util.Set.of("label", "x", "y", "r", "g", "b", "size", "title", "notes");

    static final int MAX_DEPTH = 32;
    static final int MAX_TEXT_CHARS = 100_000;

    private final Ontology ontology;
    private final Provenance provenance;
    private final ValueParser values;
    private final RecordValidator validator;
    private final String encoding;
    /** {@code graphml} or {@code gexf}: part of every id made, so the two files of one chart make different records. */
    private final String format;

    GraphmlReader(Ontology ontology, Provenance provenance, MappingSpec.Source source) {
        this.ontology = ontology;
        this.provenance = provenance;
        // XML's typed values have a decimal point, as docs/import.md says: never the CSV default's comma
        // (which read Gephi's 0.5 as 5)
        this.values = new ValueParser(new MappingSpec.Source(source.format(), source.encoding(), source.delimiter(),
                source.dateFormat(), false, source.listSeparator(), source.sheet()));
        this.validator = new RecordValidator(ontology);
        this.encoding = source.encoding();
        this.format = source.format().equals("gexf") ? "gexf" : "graphml";
    }

    /** Nodes first, then edges (a second pass), so an edge may come before its nodes in the file. */
    void read(Path path, Consumer<RowMapper.Mapped> rows, Consumer<ImportProblem> problems) {
        String file = path.getFileName().toString();
        var types = new HashMap<String, String>();
        parse(path, file, encoding, problems, (element, line, id, data) -> {
            if (element.equals("node")) {
                entity(file, line, id, data, problems).ifPresent(e -> {
                    types.put(id, e.type());
                    rows.accept(new RowMapper.Mapped(new SourceRow(file, line, data), Map.of(e.id(), e), List.of()));
                });
            }
        });
        parse(path, file, encoding, p -> { }, (element, line, id, data) -> {
            if (element.equals("edge")) {
                link(file, line, id, data, types, problems).ifPresent(l ->
                        rows.accept(new RowMapper.Mapped(new SourceRow(file, line, data), Map.of(), List.of(l))));
            }
        });
    }

    private java.util.Optional<Entity> entity(String file, long line, String id, Map<String, String> data,
                                              Consumer<ImportProblem> problems) {
        String type = data.getOrDefault("type", "");
        var definition = ontology.entityType(type);
        if (definition.isEmpty()) {
            problems.accept(ImportProblem.of(file, line, "type", "type", "problem.notAnEntityType", type));
            return java.util.Optional.empty();
        }
        var stated = provenance(file, line, data, problems);
        if (stated.isEmpty()) {
            return java.util.Optional.empty();
        }
        var properties = convert(file, line, data, definition.get().properties(), problems);
        var entity = new Entity(id(type, id), type, properties, stated.get());
        var violations = validator.check(entity);
        violations.forEach(v -> problems.accept(ImportProblem.of(file, line, v.field(), v)));
        return violations.isEmpty() ? java.util.Optional.of(entity) : java.util.Optional.empty();
    }

    private java.util.Optional<Link> link(String file, long line, String id, Map<String, String> data,
                                          Map<String, String> types, Consumer<ImportProblem> problems) {
        String type = data.getOrDefault("type", "");
        var definition = ontology.linkType(type);
        if (definition.isEmpty()) {
            problems.accept(ImportProblem.of(file, line, "type", "type", "problem.notALinkType", type));
            return java.util.Optional.empty();
        }
        String source = data.get("source");
        String target = data.get("target");
        for (String end : List.of("source", "target")) {
            if (!types.containsKey(data.get(end))) {
                problems.accept(ImportProblem.of(file, line, null, end, "problem.noImportedNode", data.get(end)));
                return java.util.Optional.empty();
            }
        }
        var stated = provenance(file, line, data, problems);
        if (stated.isEmpty()) {
            return java.util.Optional.empty();
        }
        var properties = convert(file, line, data, definition.get().properties(), problems);
        String fromId = id(types.get(source), source);
        String toId = id(types.get(target), target);
        var result = new Link(id("link", id == null || id.isEmpty() ? source + "->" + target : id), type, fromId, toId,
                properties, stated.get());
        var violations = validator.check(result, x -> x.equals(fromId) ? types.get(source) : types.get(target));
        violations.forEach(v -> problems.accept(ImportProblem.of(file, line, v.field(), v)));
        return violations.isEmpty() ? java.util.Optional.of(result) : java.util.Optional.empty();
    }

    private Map<String, Object> convert(String file, long line, Map<String, String> data,
                                        Map<String, PropertyDefinition> definitions, Consumer<ImportProblem> problems) {
        var properties = new LinkedHashMap<String, Object>();
        data.forEach((name, text) -> {
            if (List.of("type", "source", "target").contains(name) || DRAWING.contains(name)
                    || name.startsWith(ProvenanceFields.PREFIX) || text.isBlank()) {
                return;
            }
            var definition = definitions.get(name);
            if (definition == null) {
                problems.accept(ImportProblem.of(file, line, name, name, "violation.notAProperty"));
                return;
            }
            try {
                properties.put(name, values.parse(text.strip(), definition.type()));
            } catch (ValueException e) {
                problems.accept(e.at(file, line, name, name));
            }
        });
        return properties;
    }

    /**
     * The record's own provenance where the file states it ({@code prov.<field>} keys, as Netzbild's
     * export writes them, so a chart passed on keeps its sources, gradings and handling), else the spec's.
     */
    private java.util.Optional<Provenance> provenance(String file, long line, Map<String, String> data,
                                                      Consumer<ImportProblem> problems) {
        var fields = new java.util.HashMap<String, String>();
        data.forEach((name, text) -> {
            if (name.startsWith(ProvenanceFields.PREFIX)) {
                fields.put(name.substring(ProvenanceFields.PREFIX.length()), text);
            }
        });
        if (fields.isEmpty()) {
            return java.util.Optional.of(provenance);
        }
        try {
            Provenance stated = ProvenanceFields.parse(fields);
            if (stated != null && !knownSource(stated)) {
                problems.accept(ImportProblem.of(file, line, "prov.sourceAgency", "prov.sourceAgency", "problem.unknownAgency",
                        stated.sourceAgency()));
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(stated == null ? provenance : stated);
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().contains(":") ? e.getMessage().substring(0, e.getMessage().indexOf(':')) : null;
            problems.accept(ImportProblem.of(file, line, field, field, "problem.badProvenance", e.getMessage()));
            return java.util.Optional.empty();
        }
    }

    /**
     * A record's own provenance names a cooperation agency by its id, as a spec's must (or the
     * reference data, which every workspace holds): a file cannot bring in sources nobody knows.
     */
    static boolean knownSource(Provenance stated) {
        return org.netzbild.schema.Agencies.standard().contains(stated.sourceAgency())
                || org.netzbild.schema.ReferenceData.SOURCE.equals(stated.sourceAgency());
    }

    private interface ElementHandler {
        void element(String name, long line, String id, Map<String, String> data);
    }

    /** Streams the file; calls back for each node and edge with its data by attribute name. */
    /**
     * The file names its own encoding (a byte-order mark, else its XML declaration, else UTF-8, as
     * XML prescribes); a spec that declares another is a contradiction to be resolved, not a guess.
     */
    private static void parse(Path path, String file, String declared, Consumer<ImportProblem> problems,
                              ElementHandler handler) {
        var factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        try (InputStream in = Files.newInputStream(path)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            String found = xml.getCharacterEncodingScheme() != null ? xml.getCharacterEncodingScheme() : xml.getEncoding();
            if (!"auto".equalsIgnoreCase(declared) && found != null && !sameEncoding(declared, found)) {
                problems.accept(ImportProblem.of(file, 1, null, "source.encoding", "problem.xmlEncodingContradicts",
                        declared, found));
                return;
            }
            var keys = new HashMap<String, String>();
            var nodeAttributes = new HashMap<String, String>();
            var edgeAttributes = new HashMap<String, String>();
            String attributeClass = "node";
            int depth = 0;
            String current = null;
            String currentId = null;
            long currentLine = 0;
            Map<String, String> data = null;
            String dataKey = null;
            var text = new StringBuilder();
            while (xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> {
                        problems.accept(ImportProblem.of(file, xml.getLocation().getLineNumber(), null, null, "problem.doctype"));
                        return;
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> {
                        problems.accept(ImportProblem.of(file, xml.getLocation().getLineNumber(), null, null,
                                "problem.entityReference"));
                        return;
                    }
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++depth > MAX_DEPTH) {
                            problems.accept(ImportProblem.of(file, xml.getLocation().getLineNumber(), null, null,
                                    "problem.tooDeep", MAX_DEPTH));
                            return;
                        }
                        String name = xml.getLocalName();
                        if (name.equals("key")) {
                            keys.put(attribute(xml, "id"), attribute(xml, "attr.name"));
                        } else if (name.equals("attributes")) {
                            attributeClass = attribute(xml, "class");
                        } else if (name.equals("attribute")) {
                            (attributeClass.equals("edge") ? edgeAttributes : nodeAttributes)
                                    .put(attribute(xml, "id"), attribute(xml, "title"));
                        } else if (name.equals("attvalue") && data != null) {
                            // GEXF: one attribute's value of the node or edge being read
                            String key = attribute(xml, "for");
                            var titles = "edge".equals(current) ? edgeAttributes : nodeAttributes;
                            String value = attribute(xml, "value");
                            if (value.length() > MAX_TEXT_CHARS) {
                                problems.accept(ImportProblem.of(file, xml.getLocation().getLineNumber(), key, null,
                                        "problem.valueTooLong", MAX_TEXT_CHARS));
                                return;
                            }
                            data.put(titles.getOrDefault(key, key), value);
                        } else if (name.equals("node") || name.equals("edge")) {
                            current = name;
                            currentId = attribute(xml, "id");
                            currentLine = xml.getLocation().getLineNumber();
                            data = new LinkedHashMap<>();
                            if (name.equals("edge")) {
                                data.put("source", attribute(xml, "source"));
                                data.put("target", attribute(xml, "target"));
                            }
                        } else if (name.equals("data") && data != null) {
                            String key = attribute(xml, "key");
                            dataKey = keys.getOrDefault(key, key);
                            text.setLength(0);
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (dataKey != null) {
                            if (text.length() + xml.getTextLength() > MAX_TEXT_CHARS) {
                                problems.accept(ImportProblem.of(file, xml.getLocation().getLineNumber(), dataKey, null,
                                        "problem.valueTooLong", MAX_TEXT_CHARS));
                                return;
                            }
                            text.append(xml.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        String name = xml.getLocalName();
                        if (name.equals("data") && dataKey != null && data != null) {
                            data.put(dataKey, text.toString());
                            dataKey = null;
                        } else if (name.equals(current)) {
                            handler.element(current, currentLine, currentId == null ? "" : currentId, data);
                            current = null;
                            data = null;
                        }
                    }
                    default -> { }
                }
            }
        } catch (XMLStreamException e) {
            var problem = notWellFormed(file, e);
            if (problem.line() == 0 && problem.key().equals("problem.xmlNotInEncoding")) {
                // the parser gives no place for bytes it cannot decode; the user needs the line
                problem = ImportProblem.of(file, firstLineNotUtf8(path), null, null, problem.key());
            }
            problems.accept(problem);
        } catch (IOException e) {
            problems.accept(ReadFailures.of(file, e));
        }
    }

    /** The line of the first byte sequence that is not UTF-8 (XML's encoding without a declaration), or 0. */
    private static long firstLineNotUtf8(Path path) {
        try {
            return CsvTable.firstLineNotUtf8(path, path.getFileName().toString());
        } catch (IOException | ImportRefusedException e) {
            return 0;
        }
    }

    /**
     * The parser's message names its own classes and positions in its own way; the user gets the
     * line and character and what to look for: bytes not in the file's encoding, or broken markup.
     */
    private static ImportProblem notWellFormed(String file, XMLStreamException e) {
        long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
        long column = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNumber());
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.io.CharConversionException || cause instanceof java.nio.charset.CharacterCodingException) {
                return ImportProblem.of(file, line, null, null, "problem.xmlNotInEncoding");
            }
        }
        return ImportProblem.of(file, line, null, null, "problem.notWellFormed", column);
    }

    private static boolean sameEncoding(String declared, String found) {
        try {
            return java.nio.charset.Charset.forName(declared).equals(java.nio.charset.Charset.forName(found));
        } catch (IllegalArgumentException e) {
            return declared.equalsIgnoreCase(found);
        }
    }

    private static String attribute(XMLStreamReader xml, String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? "" : value;
    }

    private String id(String type, String graphmlId) {
        return RecordIds.of(type, provenance.sourceAgency(), format, graphmlId);
    }
}
