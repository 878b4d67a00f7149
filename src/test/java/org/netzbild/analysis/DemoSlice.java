package org.netzbild.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.netzbild.demo.DemoGenerator;
import org.netzbild.demo.DemoProgress;
import org.netzbild.demo.DemoSettings;
import org.netzbild.model.Entity;
import org.netzbild.model.GraphSlice;
import org.netzbild.model.Link;
import org.netzbild.schema.ReferenceData;

/**
 * The demo data as the unrestricted port would slice it, built in memory from the generator's
 * records, so that the finder can be tried on the desktop's 5,000 persons without writing them into
 * a store first (minutes on this machine kind). {@code NetworkFinderThroughThePortTest} checks the
 * same on a smaller demo through the real port, and {@code SliceContract} that the port's slice
 * equals this construction's rules.
 */
final class DemoSlice {

    private DemoSlice() {
    }

    static GraphSlice of(DemoSettings settings) {
        var entities = new ArrayList<Entity>(ReferenceData.load(null).asBatch().entities());
        var links = new ArrayList<Link>();
        var stating = new HashMap<String, TreeSet<String>>();
        new DemoGenerator(settings).generate(batch -> {
            entities.addAll(batch.entities());
            links.addAll(batch.links());
            batch.statements().forEach(s -> stating.computeIfAbsent(s.entityId(), k -> new TreeSet<>())
                    .add(s.provenance().sourceAgency()));
        }, DemoProgress.none(), () -> false);
        return of(entities, links, stating);
    }

    static GraphSlice of(List<Entity> entities, List<Link> links, Map<String, ? extends java.util.Collection<String>> stating) {
        var sorted = new ArrayList<>(entities);
        sorted.sort(Comparator.comparing(Entity::id));
        var index = new HashMap<String, Integer>();
        var nodes = new ArrayList<GraphSlice.Node>();
        for (Entity e : sorted) {
            index.put(e.id(), nodes.size());
            var others = new TreeSet<String>();
            if (stating.containsKey(e.id())) {
                others.addAll(stating.get(e.id()));
            }
            others.remove(e.provenance().sourceAgency());
            String detail = switch (e.type()) {
                case "Municipality" -> e.text("policeAuthority");
                case "Agency" -> e.text("kind");
                case "Incident" -> e.text("category");
                default -> null;
            };
            nodes.add(new GraphSlice.Node(e.id(), e.type(), e.provenance().sourceAgency(), e.provenance().grading(),
                    List.copyOf(others), detail, e.type().equals("Incident") ? (LocalDate) e.get("dateFrom") : null));
        }
        var edges = new ArrayList<GraphSlice.Edge>();
        for (Link l : links) {
            Integer from = index.get(l.fromId());
            Integer to = index.get(l.toId());
            if (from != null && to != null) {
                edges.add(new GraphSlice.Edge(l.id(), l.type(), from, to, l.provenance().sourceAgency(), l.provenance().grading()));
            }
        }
        edges.sort(Comparator.comparingInt(GraphSlice.Edge::from).thenComparingInt(GraphSlice.Edge::to)
                .thenComparing(GraphSlice.Edge::type).thenComparing(GraphSlice.Edge::id));
        return new GraphSlice(nodes, edges);
    }
}
