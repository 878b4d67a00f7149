package org.netzbild.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;
import org.netzbild.model.ProvenanceFields;

/**
 * GraphML in Netzbild's dialect (docs/import.md, what {@code ingest.GraphmlReader} reads back): per
 * node the data keys {@code type}, {@code label}, {@code x}, {@code y}, {@code r}, {@code g},
 * {@code b} (the colour, as Gephi reads it), every property by its ontology name and the provenance
 * as {@code prov.<field>}; per edge {@code type}, the colour, its properties and provenance; on the
 * graph the title, the head lines and the footnotes. Numbers and yes/no are typed, dates and lists
 * are text (yyyy-MM-dd, {@code |} between items).
 */
public final class GraphmlExport {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphmlExport() {
    }

    public static void write(Disclosure disclosure, ExportNotes notes, Path file) throws IOException {
        var colours = new Colours();
        List<String> nodeProperties = PropertyText.entityProperties(disclosure.entities());
        List<String> edgeProperties = PropertyText.linkProperties(disclosure.links());
        Map<String, String> nodeTypes = Xml.types(nodeProperties, Xml.entityProperties(disclosure.entities()));
        Map<String, String> edgeTypes = Xml.types(edgeProperties, Xml.linkProperties(disclosure.links()));
        Xml.write(file, xml -> {
            xml.out.setDefaultNamespace(NS);
            xml.start("graphml");
            xml.out.writeDefaultNamespace(NS);
            key(xml, "g_title", "graph", "title", "string");
            key(xml, "g_notes", "graph", "notes", "string");
            key(xml, "n_type", "node", "type", "string");
            key(xml, "n_label", "node", "label", "string");
            key(xml, "n_x", "node", "x", "double");
            key(xml, "n_y", "node", "y", "double");
            for (String c : List.of("r", "g", "b")) {
                key(xml, "n_" + c, "node", c, "int");
            }
            for (var p : nodeTypes.entrySet()) {
                key(xml, "n_" + p.getKey(), "node", p.getKey(), p.getValue());
            }
            key(xml, "e_type", "edge", "type", "string");
            for (String c : List.of("r", "g", "b")) {
                key(xml, "e_" + c, "edge", c, "int");
            }
            for (var p : edgeTypes.entrySet()) {
                key(xml, "e_" + p.getKey(), "edge", p.getKey(), p.getValue());
            }
            for (String p : ProvenanceFields.NAMES) {
                key(xml, "n_prov_" + p, "node", ProvenanceFields.PREFIX + p, "string");
                key(xml, "e_prov_" + p, "edge", ProvenanceFields.PREFIX + p, "string");
            }
            xml.start("graph", "id", disclosure.chart(), "edgedefault", "directed");
            xml.text("data", notes.title(), "key", "g_title");
            xml.text("data", String.join("\n", notes.lines().subList(1, notes.lines().size())), "key", "g_notes");
            for (Entity e : disclosure.entities()) {
                xml.start("node", "id", e.id());
                xml.text("data", e.type(), "key", "n_type");
                xml.text("data", e.caption(), "key", "n_label");
                double[] xy = disclosure.positions().get(e.id());
                xml.text("data", Double.toString(xy[0]), "key", "n_x");
                xml.text("data", Double.toString(xy[1]), "key", "n_y");
                colour(xml, "n_", colours.entity(e.type()));
                for (String p : nodeProperties) {
                    if (e.get(p) != null) {
                        xml.text("data", PropertyText.of(e.get(p)), "key", "n_" + p);
                    }
                }
                provenance(xml, "n_prov_", ProvenanceFields.of(e.provenance()));
                xml.end();
            }
            for (Link l : disclosure.links()) {
                xml.start("edge", "id", l.id(), "source", l.fromId(), "target", l.toId());
                xml.text("data", l.type(), "key", "e_type");
                colour(xml, "e_", colours.link(l.type()));
                for (String p : edgeProperties) {
                    if (l.get(p) != null) {
                        xml.text("data", PropertyText.of(l.get(p)), "key", "e_" + p);
                    }
                }
                provenance(xml, "e_prov_", ProvenanceFields.of(l.provenance()));
                xml.end();
            }
            xml.end();
            xml.end();
        });
    }

    private static void key(Xml xml, String id, String of, String name, String type) throws XMLStreamException {
        xml.empty("key", "id", id, "for", of, "attr.name", name, "attr.type", type);
    }

    private static void colour(Xml xml, String prefix, int[] rgb) throws XMLStreamException {
        xml.text("data", Integer.toString(rgb[0]), "key", prefix + "r");
        xml.text("data", Integer.toString(rgb[1]), "key", prefix + "g");
        xml.text("data", Integer.toString(rgb[2]), "key", prefix + "b");
    }

    private static void provenance(Xml xml, String prefix, Map<String, String> fields) throws XMLStreamException {
        for (var f : fields.entrySet()) {
            xml.text("data", f.getValue(), "key", prefix + f.getKey());
        }
    }
}
