package org.netzbild.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;
import org.netzbild.model.ProvenanceFields;

/**
 * GEXF, the format Gephi keeps graphs in, in version 1.2draft (what most readers take, networkx
 * among them) or 1.3: nodes with their caption as label, position, size and colour ({@code viz}),
 * attributes {@code type}, every property and the provenance ({@code prov.<field>}); edges labelled
 * with their type, coloured, with properties and provenance. The title, head and footnotes go into
 * the meta description.
 */
public final class GexfExport {

    /** The two versions written. */
    public enum Version {
        V1_2("1.2", "http://www.gexf.net/1.2draft", "http://www.gexf.net/1.2draft/viz",
                "http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd"),
        V1_3("1.3", "http://gexf.net/1.3", "http://gexf.net/1.3/viz", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd");

        final String number;
        final String namespace;
        final String viz;
        final String schema;

        Version(String number, String namespace, String viz, String schema) {
            this.number = number;
            this.namespace = namespace;
            this.viz = viz;
            this.schema = schema;
        }
    }

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private GexfExport() {
    }

    public static void write(Disclosure disclosure, ExportNotes notes, Path file, Version version) throws IOException {
        var colours = new Colours();
        List<String> nodeProperties = PropertyText.entityProperties(disclosure.entities());
        List<String> edgeProperties = PropertyText.linkProperties(disclosure.links());
        Map<String, String> nodeAttributes = attributes(nodeProperties, Xml.types(nodeProperties,
                Xml.entityProperties(disclosure.entities())));
        Map<String, String> edgeAttributes = attributes(edgeProperties, Xml.types(edgeProperties,
                Xml.linkProperties(disclosure.links())));
        Xml.write(file, xml -> {
            xml.out.setDefaultNamespace(version.namespace);
            xml.out.setPrefix("viz", version.viz);
            xml.out.setPrefix("xsi", XSI);
            xml.start("gexf");
            xml.out.writeDefaultNamespace(version.namespace);
            xml.out.writeNamespace("viz", version.viz);
            xml.out.writeNamespace("xsi", XSI);
            xml.out.writeAttribute(XSI, "schemaLocation", version.schema);
            xml.out.writeAttribute("version", version.number);
            xml.start("meta", "lastmodifieddate", LocalDate.ofInstant(disclosure.at(), ZoneId.systemDefault()).toString());
            xml.text("creator", "Netzbild");
            xml.text("description", String.join("\n", notes.lines()));
            xml.end();
            xml.start("graph", "defaultedgetype", "directed", "mode", "static");
            declare(xml, "node", nodeAttributes);
            declare(xml, "edge", edgeAttributes);
            xml.start("nodes");
            var ids = index(nodeAttributes);
            for (Entity e : disclosure.entities()) {
                xml.start("node", "id", e.id(), "label", e.caption());
                values(xml, ids, e.type(), e.properties(), ProvenanceFields.of(e.provenance()));
                int[] rgb = colours.entity(e.type());
                xml.emptyIn("viz", version.viz, "color", "r", Integer.toString(rgb[0]), "g", Integer.toString(rgb[1]),
                        "b", Integer.toString(rgb[2]));
                double[] xy = disclosure.positions().get(e.id());
                xml.emptyIn("viz", version.viz, "position", "x", Double.toString(xy[0]), "y", Double.toString(xy[1]), "z", "0.0");
                xml.emptyIn("viz", version.viz, "size", "value", "10.0");
                xml.end();
            }
            xml.end();
            xml.start("edges");
            var edgeIds = index(edgeAttributes);
            for (Link l : disclosure.links()) {
                xml.start("edge", "id", l.id(), "source", l.fromId(), "target", l.toId(), "label", l.type());
                values(xml, edgeIds, l.type(), l.properties(), ProvenanceFields.of(l.provenance()));
                int[] rgb = colours.link(l.type());
                xml.emptyIn("viz", version.viz, "color", "r", Integer.toString(rgb[0]), "g", Integer.toString(rgb[1]),
                        "b", Integer.toString(rgb[2]));
                xml.end();
            }
            xml.end();
            xml.end();
            xml.end();
        });
    }

    /** Title to GEXF type: {@code type}, the properties, the provenance fields. */
    private static Map<String, String> attributes(List<String> properties, Map<String, String> types) {
        var all = new LinkedHashMap<String, String>();
        all.put("type", "string");
        properties.forEach(p -> all.put(p, types.get(p)));
        ProvenanceFields.NAMES.forEach(p -> all.put(ProvenanceFields.PREFIX + p, "string"));
        return all;
    }

    private static Map<String, String> index(Map<String, String> attributes) {
        var ids = new LinkedHashMap<String, String>();
        int i = 0;
        for (String title : attributes.keySet()) {
            ids.put(title, Integer.toString(i++));
        }
        return ids;
    }

    private static void declare(Xml xml, String of, Map<String, String> attributes) throws XMLStreamException {
        xml.start("attributes", "class", of, "mode", "static");
        int i = 0;
        for (var a : attributes.entrySet()) {
            xml.empty("attribute", "id", Integer.toString(i++), "title", a.getKey(), "type", a.getValue());
        }
        xml.end();
    }

    private static void values(Xml xml, Map<String, String> ids, String type, Map<String, Object> properties,
                               Map<String, String> provenance) throws XMLStreamException {
        xml.start("attvalues");
        var values = new ArrayList<String[]>();
        values.add(new String[] {"type", type});
        properties.forEach((name, value) -> values.add(new String[] {name, PropertyText.of(value)}));
        provenance.forEach((name, value) -> values.add(new String[] {ProvenanceFields.PREFIX + name, value}));
        for (String[] v : values) {
            xml.empty("attvalue", "for", ids.get(v[0]), "value", v[1]);
        }
        xml.end();
    }
}
