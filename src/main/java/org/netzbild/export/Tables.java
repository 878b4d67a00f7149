package org.netzbild.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;

/**
 * A disclosure as three tables: entities (id, type, caption, x, y, every property in use, the
 * provenance), links (id, type, from and to by id and caption, properties, provenance) and notes
 * (title, head and footnotes). Cells are raw text; {@link CsvExport} and {@link XlsxExport}
 * neutralise them.
 */
final class Tables {

    final List<List<String>> entities = new ArrayList<>();
    final List<List<String>> links = new ArrayList<>();
    final List<List<String>> notes = new ArrayList<>();

    Tables(Disclosure disclosure, ExportNotes words) {
        var properties = PropertyText.entityProperties(disclosure.entities());
        var provenance = PropertyText.provenanceColumns();
        var head = new ArrayList<>(List.of("id", "type", "caption", "x", "y"));
        head.addAll(properties);
        head.addAll(provenance);
        entities.add(head);
        for (Entity e : disclosure.entities()) {
            double[] xy = disclosure.positions().get(e.id());
            var row = new ArrayList<>(List.of(e.id(), e.type(), e.caption(), number(xy[0]), number(xy[1])));
            properties.forEach(p -> row.add(PropertyText.of(e.get(p))));
            addProvenance(row, PropertyText.provenance(e.provenance()));
            entities.add(row);
        }
        var linkProperties = PropertyText.linkProperties(disclosure.links());
        var linkHead = new ArrayList<>(List.of("id", "type", "from", "to", "fromCaption", "toCaption"));
        linkHead.addAll(linkProperties);
        linkHead.addAll(provenance);
        links.add(linkHead);
        Map<String, Entity> ends = disclosure.entitiesById();
        for (Link l : disclosure.links()) {
            var row = new ArrayList<>(List.of(l.id(), l.type(), l.fromId(), l.toId(), ends.get(l.fromId()).caption(),
                    ends.get(l.toId()).caption()));
            linkProperties.forEach(p -> row.add(PropertyText.of(l.get(p))));
            addProvenance(row, PropertyText.provenance(l.provenance()));
            links.add(row);
        }
        words.lines().forEach(line -> notes.add(List.of(line)));
    }

    private static void addProvenance(List<String> row, Map<String, String> fields) {
        org.netzbild.model.ProvenanceFields.NAMES.forEach(n -> row.add(fields.getOrDefault(n, "")));
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
