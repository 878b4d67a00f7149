package org.netzbild.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.netzbild.model.Entity;
import org.netzbild.model.Grading;
import org.netzbild.model.Link;
import org.netzbild.model.Nature;
import org.netzbild.model.Provenance;
import org.netzbild.model.ProvenanceFields;

/**
 * i2 Analyst's Notebook Exchange (ANX), the chart XML that Analyst's Notebook opens with File → Open
 * (docs/export.md names the sources for its structure): entity types with an icon and colour, link
 * types, the chart's entities as icons at their positions and its links with arrow, colour and
 * strength, every property and the provenance as attributes, the grading where it maps (EU 4x4 to
 * Analyst's Notebook's two grades), the time a record was true from as the item's date, and the
 * title, recipient, case and handling banner in the chart's summary.
 *
 * <p>Analyst's Notebook's own ideas that Netzbild's records map onto: the <em>source reference</em>
 * is the contributing agency's reference, the <em>source type</em> the agency, <em>grade one</em>
 * the source's reliability (A, B, C, X), <em>grade two</em> the information's (1–4), and the link
 * <em>strength</em> whether a record is fact (solid) or assessment (dashed), as Analyst's Notebook tells
 * confirmed from unconfirmed links.
 * Records graded under another scheme keep their grading as attributes only.
 */
public final class AnxExport {

    /**
     * The words an ANX file carries for Netzbild's codes, in the user's language: the names of the
     * types, attribute classes, strengths and grades Analyst's Notebook shows.
     */
    public interface Words {

        String entityType(String type);

        String linkType(String type);

        /** A property's name, e.g. "Geburtsdatum" for {@code birthDate}. */
        String property(String name);

        /** A provenance field's name (one of {@link ProvenanceFields#NAMES}), e.g. "Herkunft: Behörde". */
        String provenance(String field);

        /** A text value of a property in words (enumerations translated), e.g. "Shisha-Bar" for {@code SHISHA_BAR}. */
        String value(String recordType, String property, String value);

        /** A provenance field's text value in words (agency names, enumerations). */
        String provenanceValue(String field, String value);

        /** The attribute class that carries Netzbild's id of a record. */
        String id();

        /** The strength of a link that is a fact or an assessment. */
        String strength(Nature nature);

        /** An EU 4x4 grade in words: {@code source} true for A, B, C, X, else for 1–4. */
        String grade(boolean source, String code);

        /** A custom property of the chart's summary: recipient, case, handling, chart. */
        String summary(String key);

        /** The codes themselves, as the ontology names them (for tests and golden files). */
        Words CODES = new Words() {
            @Override
            public String entityType(String type) {
                return type;
            }

            @Override
            public String linkType(String type) {
                return type;
            }

            @Override
            public String property(String name) {
                return name;
            }

            @Override
            public String provenance(String field) {
                return ProvenanceFields.PREFIX + field;
            }

            @Override
            public String value(String recordType, String property, String value) {
                return value;
            }

            @Override
            public String provenanceValue(String field, String value) {
                return value;
            }

            @Override
            public String id() {
                return "netzbild.id";
            }

            @Override
            public String strength(Nature nature) {
                return nature.name();
            }

            @Override
            public String grade(boolean source, String code) {
                return code;
            }

            @Override
            public String summary(String key) {
                return key;
            }
        };
    }

    /** EU 4x4 grades in Analyst's Notebook's order: grade one is the source, grade two the information. */
    static final List<String> SOURCE_GRADES = List.of("A", "B", "C", "X");
    static final List<String> INFORMATION_GRADES = List.of("1", "2", "3", "4");

    /**
     * Analyst's Notebook's standard icons for Netzbild's types, as public ANX writers name them; a
     * type without one is drawn with the icon Analyst's Notebook finds for its name, or its default.
     */
    static final Map<String, String> ICONS = Map.of("Person", "person", "Business", "building", "Property", "house",
            "Vehicle", "car", "Address", "location", "Identifier", "phone", "Agency", "building",
            "Municipality", "location");

    /** Chart units of Analyst's Notebook (a hundredth of an inch) to one unit of the desktop's chart. */
    static final double SCALE = 2.0;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);

    private AnxExport() {
    }

    public static void write(Disclosure disclosure, ExportNotes notes, Words words, Path file) throws IOException {
        var colours = new Colours();
        var classes = attributeClasses(disclosure, words);
        var entityTypes = ids("ET", disclosure.entities().stream().map(Entity::type).distinct().toList());
        var linkTypes = ids("LT", disclosure.links().stream().map(Link::type).distinct().toList());
        Xml.write(file, xml -> {
            xml.start("Chart", "IdReferenceLinking", "true", "Rigorous", "true");
            xml.start("StrengthCollection");
            xml.empty("Strength", "Id", "S-FACT", "Name", words.strength(Nature.FACT), "DotStyle", "DotStyleSolid");
            xml.empty("Strength", "Id", "S-ASSESSMENT", "Name", words.strength(Nature.ASSESSMENT), "DotStyle", "DotStyleDashed");
            xml.end();
            grades(xml, "GradeOne", "G1-", SOURCE_GRADES, true, words);
            grades(xml, "GradeTwo", "G2-", INFORMATION_GRADES, false, words);
            if (!classes.isEmpty()) {
                xml.start("AttributeClassCollection");
                for (var c : classes.values()) {
                    xml.empty("AttributeClass", "Id", c.id, "Name", c.name, "Type", c.type, "IsUser", "true",
                            "UserCanAdd", "true", "UserCanRemove", "true", "ShowValue", "true", "Visible", "false");
                }
                xml.end();
            }
            if (!entityTypes.isEmpty()) {
                xml.start("EntityTypeCollection");
                for (var t : entityTypes.entrySet()) {
                    var attributes = new ArrayList<>(List.of("Id", t.getValue(), "Name", words.entityType(t.getKey())));
                    if (ICONS.containsKey(t.getKey())) {
                        attributes.addAll(List.of("IconFile", ICONS.get(t.getKey())));
                    }
                    attributes.addAll(List.of("Colour", colourRef(colours.entity(t.getKey())),
                            "PreferredRepresentation", "RepresentAsIcon"));
                    xml.empty("EntityType", attributes.toArray(String[]::new));
                }
                xml.end();
            }
            if (!linkTypes.isEmpty()) {
                xml.start("LinkTypeCollection");
                for (var t : linkTypes.entrySet()) {
                    xml.empty("LinkType", "Id", t.getValue(), "Name", words.linkType(t.getKey()),
                            "Colour", colourRef(colours.link(t.getKey())));
                }
                xml.end();
            }
            summary(xml, disclosure, notes, words);
            xml.start("ChartItemCollection");
            var entityIds = new LinkedHashMap<String, Integer>();
            int item = 0;
            for (Entity e : disclosure.entities()) {
                entityIds.put(e.id(), entityIds.size() + 1);
                double[] xy = disclosure.positions().get(e.id());
                String x = Long.toString(Math.round(xy[0] * SCALE));
                String y = Long.toString(Math.round(xy[1] * SCALE));
                xml.start("ChartItem", chartItem("CI" + ++item, e.caption(), e.provenance(), words, "XPosition", x));
                xml.start("End", "X", x, "Y", y);
                xml.start("Entity", "EntityId", Integer.toString(entityIds.get(e.id())), "Identity", e.id(),
                        "LabelIsIdentity", "false");
                xml.start("Icon");
                xml.empty("IconStyle", "Type", words.entityType(e.type()), "EntityTypeReference", entityTypes.get(e.type()),
                        "IconShadingColour", colourRef(colours.entity(e.type())));
                xml.end();
                xml.end();
                xml.end();
                attributes(xml, classes, e.id(), e.type(), e.properties(), e.provenance(), words);
                xml.end();
            }
            for (Link l : disclosure.links()) {
                xml.start("ChartItem", chartItem("CI" + ++item, words.linkType(l.type()), l.provenance(), words));
                xml.start("Link", "End1Id", Integer.toString(entityIds.get(l.fromId())),
                        "End2Id", Integer.toString(entityIds.get(l.toId())));
                xml.empty("LinkStyle", "Strength", words.strength(l.provenance().nature()), "ArrowStyle", "ArrowOnHead",
                        "Type", words.linkType(l.type()), "LinkTypeReference", linkTypes.get(l.type()),
                        "LineColour", colourRef(colours.link(l.type())));
                xml.end();
                attributes(xml, classes, l.id(), l.type(), l.properties(), l.provenance(), words);
                xml.end();
            }
            xml.end();
            xml.end();
        });
    }

    /** An attribute class: its id, name and Analyst's Notebook type (AttText, AttNumber, AttTime, AttFlag). */
    private record AttributeClass(String id, String name, String type) {
    }

    /**
     * The attribute classes the records need, by name: Netzbild's id, then every property (typed
     * over all its values; a name two kinds of value share becomes text), then the provenance fields.
     */
    private static Map<String, AttributeClass> attributeClasses(Disclosure disclosure, Words words) {
        var types = new LinkedHashMap<String, String>();
        if (!disclosure.entities().isEmpty()) {
            types.put(words.id(), "AttText");
        }
        var records = new ArrayList<Map<String, Object>>();
        disclosure.entities().forEach(e -> records.add(e.properties()));
        disclosure.links().forEach(l -> records.add(l.properties()));
        for (var properties : records) {
            properties.forEach((name, value) -> types.merge(words.property(name), type(value),
                    (a, b) -> a.equals(b) ? a : "AttText"));
        }
        var provenance = new ArrayList<Provenance>();
        disclosure.entities().forEach(e -> provenance.add(e.provenance()));
        disclosure.links().forEach(l -> provenance.add(l.provenance()));
        for (String field : ProvenanceFields.NAMES) {
            if (provenance.stream().anyMatch(p -> ProvenanceFields.of(p).containsKey(field))) {
                types.merge(words.provenance(field), provenanceType(field), (a, b) -> a.equals(b) ? a : "AttText");
            }
        }
        var classes = new LinkedHashMap<String, AttributeClass>();
        types.forEach((name, type) -> classes.put(name, new AttributeClass("AC" + (classes.size() + 1), name, type)));
        return classes;
    }

    private static String type(Object value) {
        return switch (value) {
            case Long n -> "AttNumber";
            case Double n -> "AttNumber";
            case Boolean b -> "AttFlag";
            case LocalDate d -> "AttTime";
            case java.time.ZonedDateTime t -> "AttTime";
            default -> "AttText";
        };
    }

    private static String provenanceType(String field) {
        return switch (field) {
            case "recordedAt", "validFrom", "validTo", "reviewBy" -> "AttTime";
            default -> "AttText";
        };
    }

    private static Map<String, String> ids(String prefix, List<String> types) {
        var ids = new LinkedHashMap<String, String>();
        types.forEach(t -> ids.put(t, prefix + (ids.size() + 1)));
        return ids;
    }

    private static void grades(Xml xml, String element, String prefix, List<String> codes, boolean source, Words words)
            throws XMLStreamException {
        xml.start(element);
        xml.start("StringCollection");
        for (String code : codes) {
            xml.empty("String", "Id", prefix + code, "Text", words.grade(source, code));
        }
        xml.end();
        xml.end();
    }

    private static void summary(Xml xml, Disclosure disclosure, ExportNotes notes, Words words) throws XMLStreamException {
        xml.start("Summary");
        xml.start("FieldCollection");
        xml.empty("Field", "Type", "SummaryFieldTitle", "Field", notes.title());
        xml.empty("Field", "Type", "SummaryFieldSubject", "Field", disclosure.caseReference());
        xml.empty("Field", "Type", "SummaryFieldAuthor", "Field", disclosure.author());
        xml.empty("Field", "Type", "SummaryFieldCategory", "Field", disclosure.banner());
        var comments = new ArrayList<>(notes.head());
        comments.addAll(notes.footnotes());
        xml.empty("Field", "Type", "SummaryFieldComments", "Field", String.join("\n", comments));
        xml.end();
        xml.start("CustomPropertyCollection");
        var custom = new LinkedHashMap<String, String>();
        custom.put(words.summary("chart"), disclosure.chart());
        custom.put(words.summary("recipient"), disclosure.recipient().describe());
        custom.put(words.summary("case"), disclosure.caseReference());
        custom.put(words.summary("handling"), disclosure.banner());
        for (var p : custom.entrySet()) {
            xml.empty("CustomProperty", "Name", p.getKey(), "Type", "String", "Value", p.getValue());
        }
        xml.end();
        xml.empty("Origin", "CreatedDate", dateTime(disclosure.at()));
        xml.end();
    }

    /**
     * A chart item's attributes: its id and label, the time the record was true from as its date,
     * the agency's reference and name as source reference and type, the EU 4x4 grading as grades.
     */
    private static String[] chartItem(String id, String label, Provenance p, Words words, String... more) {
        var attributes = new ArrayList<>(List.of("Id", id, "Label", label));
        if (p.validFrom() != null) {
            attributes.addAll(List.of("DateSet", "true"));
        }
        if (p.sourceRef() != null) {
            attributes.addAll(List.of("SourceReference", p.sourceRef()));
        }
        attributes.addAll(List.of("SourceType", words.provenanceValue("sourceAgency", p.sourceAgency())));
        Grading g = p.grading();
        if (g != null && Grading.EU_4X4.equals(g.scheme())) {
            attributes.addAll(List.of("GradeOneIndex", Integer.toString(SOURCE_GRADES.indexOf(g.source())),
                    "GradeTwoIndex", Integer.toString(INFORMATION_GRADES.indexOf(g.information()))));
        }
        if (p.validFrom() != null) {
            attributes.addAll(List.of("DateTime", p.validFrom() + "T00:00:00.000"));
        }
        attributes.addAll(List.of(more));
        return attributes.toArray(String[]::new);
    }

    private static void attributes(Xml xml, Map<String, AttributeClass> classes, String id, String recordType,
                                   Map<String, Object> properties, Provenance provenance, Words words)
            throws XMLStreamException {
        var values = new LinkedHashMap<String, String>();
        values.put(words.id(), id);
        properties.forEach((name, value) -> values.put(words.property(name), text(recordType, name, value, words)));
        ProvenanceFields.of(provenance).forEach((field, value) -> values.put(words.provenance(field),
                provenanceText(field, value, words)));
        xml.start("AttributeCollection");
        for (var v : values.entrySet()) {
            AttributeClass c = classes.get(v.getKey());
            xml.empty("Attribute", "AttributeClass", c.name, "AttributeClassReference", c.id, "Value", v.getValue());
        }
        xml.end();
    }

    private static String text(String recordType, String property, Object value, Words words) {
        return switch (value) {
            case LocalDate d -> d + "T00:00:00";
            // Analyst's Notebook reads local times: the agencies' own (German) time of day
            case java.time.ZonedDateTime t -> t.withZoneSameInstant(java.time.ZoneId.of("Europe/Berlin")).toLocalDateTime()
                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).format(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            case Long n -> n.toString();
            case Double n -> n.toString();
            case Boolean b -> b.toString();
            case List<?> list -> String.join("; ", list.stream().map(v -> words.value(recordType, property, String.valueOf(v))).toList());
            default -> words.value(recordType, property, String.valueOf(value));
        };
    }

    private static String provenanceText(String field, String value, Words words) {
        return switch (field) {
            case "recordedAt" -> dateTime(Instant.parse(value));
            case "validFrom", "validTo", "reviewBy" -> value + "T00:00:00";
            default -> words.provenanceValue(field, value);
        };
    }

    /** A moment in the machine's time zone, as Analyst's Notebook writes times. */
    private static String dateTime(Instant at) {
        return DATE_TIME.format(LocalDateTime.ofInstant(at, ZoneId.systemDefault()));
    }

    /** A Windows COLORREF, as Analyst's Notebook stores colours: red + green·256 + blue·65536. */
    static String colourRef(int[] rgb) {
        return Integer.toString(rgb[0] + (rgb[1] << 8) + (rgb[2] << 16));
    }
}
