package org.netzbild.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Checks an ANX file against the structure Analyst's Notebook expects: the schema of the part
 * Netzbild writes ({@code anx-subset.xsd}: order, required attributes, enumerations, and that every
 * reference names something declared), then what a schema cannot say: every attribute's value is
 * of its class's type, and every grade index lies within its grades.
 */
public final class AnxStructure {

    private AnxStructure() {
    }

    /** The parsed file, after it passed every check. */
    public static Document check(Path file) throws IOException {
        try (var schemaText = AnxStructure.class.getResourceAsStream("anx-subset.xsd")) {
            var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new StreamSource(schemaText));
            schema.newValidator().validate(new StreamSource(file.toFile()));
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document document = factory.newDocumentBuilder().parse(file.toFile());
            valuesAreOfTheirClassesTypes(document);
            gradesLieWithinTheirCollections(document);
            return document;
        } catch (SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new AssertionError(file + " is not the structure Analyst's Notebook expects: " + e.getMessage(), e);
        }
    }

    private static void valuesAreOfTheirClassesTypes(Document document) {
        var types = new HashMap<String, String>();
        for (Element c : elements(document, "AttributeClass")) {
            types.put(c.getAttribute("Id"), c.getAttribute("Type"));
        }
        for (Element a : elements(document, "Attribute")) {
            String value = a.getAttribute("Value");
            String type = types.get(a.getAttribute("AttributeClassReference"));
            String what = a.getAttribute("AttributeClass") + " = " + value;
            switch (type) {
                case "AttNumber" -> assertThat(value).as(what).matches("-?\\d+(\\.\\d+)?([eE]-?\\d+)?");
                case "AttTime" -> assertThat(LocalDateTime.parse(value)).as(what).isNotNull();
                case "AttFlag" -> assertThat(value).as(what).isIn("true", "false");
                default -> assertThat(type).as(what).isEqualTo("AttText");
            }
        }
    }

    private static void gradesLieWithinTheirCollections(Document document) {
        Map<String, Integer> sizes = Map.of("GradeOneIndex", strings(document, "GradeOne"),
                "GradeTwoIndex", strings(document, "GradeTwo"));
        for (Element item : elements(document, "ChartItem")) {
            sizes.forEach((index, size) -> {
                if (item.hasAttribute(index)) {
                    assertThat(Integer.parseInt(item.getAttribute(index))).as(index + " of " + item.getAttribute("Label"))
                            .isLessThan(size);
                }
            });
        }
    }

    private static int strings(Document document, String grades) {
        NodeList found = document.getElementsByTagName(grades);
        return found.getLength() == 0 ? 0 : ((Element) found.item(0)).getElementsByTagName("String").getLength();
    }

    static java.util.List<Element> elements(Document document, String name) {
        NodeList nodes = document.getElementsByTagName(name);
        var list = new java.util.ArrayList<Element>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }
}
