package org.netzbild.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;

/** StAX writing for the XML formats: UTF-8, one element a line, texts stripped of what XML 1.0 cannot hold. */
final class Xml implements AutoCloseable {

    interface Body {
        void write(Xml xml) throws XMLStreamException;
    }

    final XMLStreamWriter out;
    private final OutputStream stream;
    private int depth;

    private Xml(OutputStream stream) throws XMLStreamException {
        this.stream = stream;
        this.out = XMLOutputFactory.newFactory().createXMLStreamWriter(stream, "UTF-8");
    }

    static void write(Path file, Body body) throws IOException {
        try (OutputStream stream = new java.io.BufferedOutputStream(Files.newOutputStream(file));
             Xml xml = new Xml(stream)) {
            xml.out.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.out.writeCharacters("\n");
            xml.out.writeEndDocument();
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    void start(String name, String... attributes) throws XMLStreamException {
        out.writeCharacters("\n" + "  ".repeat(depth));
        out.writeStartElement(name);
        attributes(attributes);
        depth++;
    }

    void startIn(String prefix, String namespace, String name, String... attributes) throws XMLStreamException {
        out.writeCharacters("\n" + "  ".repeat(depth));
        out.writeStartElement(prefix, name, namespace);
        attributes(attributes);
        depth++;
    }

    void empty(String name, String... attributes) throws XMLStreamException {
        out.writeCharacters("\n" + "  ".repeat(depth));
        out.writeEmptyElement(name);
        attributes(attributes);
    }

    void emptyIn(String prefix, String namespace, String name, String... attributes) throws XMLStreamException {
        out.writeCharacters("\n" + "  ".repeat(depth));
        out.writeEmptyElement(prefix, name, namespace);
        attributes(attributes);
    }

    void text(String name, String text, String... attributes) throws XMLStreamException {
        out.writeCharacters("\n" + "  ".repeat(depth));
        out.writeStartElement(name);
        attributes(attributes);
        out.writeCharacters(clean(text));
        out.writeEndElement();
    }

    void end() throws XMLStreamException {
        depth--;
        out.writeCharacters("\n" + "  ".repeat(depth));
        out.writeEndElement();
    }

    private void attributes(String... attributes) throws XMLStreamException {
        for (int i = 0; i < attributes.length; i += 2) {
            out.writeAttribute(attributes[i], clean(attributes[i + 1]));
        }
    }

    /** XML 1.0 cannot carry most control characters, not even escaped; they are dropped. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        var kept = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000) {
                kept.appendCodePoint(c);
            }
        });
        return kept.toString();
    }

    /** The XML schema type of a property over all its values: long, double, boolean or string. */
    static Map<String, String> types(List<String> names, List<Map<String, Object>> records) {
        var types = new LinkedHashMap<String, String>();
        for (String name : names) {
            String type = null;
            for (var properties : records) {
                Object v = properties.get(name);
                String t = v == null ? null : v instanceof Long ? "long" : v instanceof Double ? "double"
                        : v instanceof Boolean ? "boolean" : "string";
                if (t != null) {
                    type = type == null || type.equals(t) ? t
                            : numeric(type) && numeric(t) ? "double" : "string";
                }
            }
            types.put(name, type == null ? "string" : type);
        }
        return types;
    }

    static List<Map<String, Object>> entityProperties(List<Entity> entities) {
        return entities.stream().map(Entity::properties).toList();
    }

    static List<Map<String, Object>> linkProperties(List<Link> links) {
        return links.stream().map(Link::properties).toList();
    }

    private static boolean numeric(String type) {
        return type.equals("long") || type.equals("double");
    }

    @Override
    public void close() throws XMLStreamException {
        out.close();
    }
}
