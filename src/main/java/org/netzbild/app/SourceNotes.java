package org.netzbild.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.netzbild.chart.paint.Framing;
import org.netzbild.export.Diagram;
import org.netzbild.export.Disclosure;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;
import org.netzbild.model.Provenance;

/**
 * A diagram's provenance footnotes (issue 21): each source — an agency and its reference — numbered
 * in the order it first appears among the entities, then the links, each entity's label marked
 * with its source's number ("Anna Berg [1]"), and the sources listed: "[1] Polizeipräsidium Essen,
 * Az. 21/2026: 3 entities, 2 links". At most {@value #MOST} are listed; the rest are counted.
 */
final class SourceNotes {

    static final int MOST = 30;

    record Sourced(Map<String, Diagram.Look> looks, List<String> footnotes) {
    }

    private SourceNotes() {
    }

    static Sourced of(Disclosure disclosure, Map<String, Diagram.Look> looks) {
        var numbers = new LinkedHashMap<List<String>, int[]>(); // source → {number, entities, links}
        var marked = new LinkedHashMap<String, Diagram.Look>(looks);
        for (Entity e : disclosure.entities()) {
            int[] source = source(numbers, e.provenance());
            source[1]++;
            Diagram.Look look = looks.get(e.id());
            String label = look == null ? Framing.label(e.caption()) : look.label();
            marked.put(e.id(), new Diagram.Look(label == null ? null : label + " [" + source[0] + "]",
                    look == null ? e.type() : look.classes(), look == null ? null : look.colour(),
                    look == null ? null : look.sourceRing()));
        }
        for (Link l : disclosure.links()) {
            source(numbers, l.provenance())[2]++;
        }
        var footnotes = new ArrayList<String>();
        for (var source : numbers.entrySet()) {
            int[] n = source.getValue();
            if (n[0] > MOST) {
                footnotes.add(I18n.text("export.sourcesMore", numbers.size() - MOST));
                break;
            }
            String agency = Labels.agency(source.getKey().get(0));
            String reference = source.getKey().get(1);
            footnotes.add(reference.isEmpty() ? I18n.text("export.sourceNoReference", n[0], agency, n[1], n[2])
                    : I18n.text("export.source", n[0], agency, reference, n[1], n[2]));
        }
        return new Sourced(marked, footnotes);
    }

    private static int[] source(Map<List<String>, int[]> numbers, Provenance p) {
        var key = List.of(p.sourceAgency(), Objects.toString(p.sourceRef(), ""));
        return numbers.computeIfAbsent(key, k -> new int[] {numbers.size() + 1, 0, 0});
    }
}
