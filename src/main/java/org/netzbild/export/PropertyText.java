package org.netzbild.export;

import java.util.List;
import java.util.Map;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;
import org.netzbild.model.ProvenanceFields;

/**
 * Values as the exports write them and Netzbild's importers read them back: dates yyyy-MM-dd,
 * numbers with a decimal point, lists separated by {@code |}, yes/no as {@code true}/{@code false}.
 */
final class PropertyText {

    private PropertyText() {
    }

    static String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return String.join("|", list.stream().map(String::valueOf).toList());
        }
        if (value instanceof java.time.ZonedDateTime time) {
            // ISO 8601 with its offset, as other tools read it (not Java's [Europe/Berlin] suffix)
            return time.toOffsetDateTime().toString();
        }
        return value.toString();
    }

    /** The property names in use, in order of first appearance. */
    static List<String> entityProperties(List<Entity> entities) {
        var names = new java.util.LinkedHashSet<String>();
        entities.forEach(e -> names.addAll(e.properties().keySet()));
        return List.copyOf(names);
    }

    static List<String> linkProperties(List<Link> links) {
        var names = new java.util.LinkedHashSet<String>();
        links.forEach(l -> names.addAll(l.properties().keySet()));
        return List.copyOf(names);
    }

    /** The provenance columns, prefixed, in {@link ProvenanceFields#NAMES} order. */
    static List<String> provenanceColumns() {
        return ProvenanceFields.NAMES.stream().map(n -> ProvenanceFields.PREFIX + n).toList();
    }

    static Map<String, String> provenance(org.netzbild.model.Provenance p) {
        return ProvenanceFields.of(p);
    }
}
