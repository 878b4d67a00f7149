package org.netzbild.store.cypher;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.netzbild.model.Grading;
import org.netzbild.model.GraphSlice;
import org.netzbild.model.SliceRequest;

/**
 * Reads a {@link GraphSlice} in one read transaction: the whole store page by page in id order,
 * or the chosen entities in chunks. Entity ids, types and agencies are shared strings, so that a
 * store of millions fits in memory; the answer is sorted (entities by id, links by their ends,
 * type and id), so that the same store gives the same slice in the same order.
 */
final class SliceReader {

    static final int PAGE = 20_000;

    private final List<GraphSlice.Node> nodes = new ArrayList<>();
    private final List<String[]> links = new ArrayList<>();
    private final Map<String, String> shared = new HashMap<>();
    private final Map<String, Grading> gradings = new HashMap<>();

    private SliceReader() {
    }

    static GraphSlice read(SessionTx tx, SliceRequest request) {
        var reader = new SliceReader();
        List<String> types = List.copyOf(request.linkTypes());
        if (request.isWholeStore()) {
            String after = "";
            while (true) {
                var rows = tx.run(Statements.SLICE_PAGE, Map.of("after", after, "page", PAGE, "linkTypes", types));
                rows.forEach(reader::add);
                if (rows.size() < PAGE) {
                    break;
                }
                after = (String) rows.getLast().get("id");
            }
        } else {
            List<String> ids = request.entityIds().stream().sorted().toList();
            for (int from = 0; from < ids.size(); from += PAGE) {
                var chunk = ids.subList(from, Math.min(ids.size(), from + PAGE));
                tx.run(Statements.SLICE_OF, Map.of("ids", chunk, "linkTypes", types)).forEach(reader::add);
            }
        }
        return reader.slice();
    }

    @SuppressWarnings("unchecked")
    private void add(Map<String, Object> row) {
        String id = (String) row.get("id");
        if (id == null || row.get("type") == null) {
            throw new RecordVanished("an entity of the slice");
        }
        var stating = new ArrayList<String>();
        for (Object agency : (Collection<Object>) row.get("stating")) {
            String name = share((String) agency);
            if (name != null && !name.equals(row.get("agency")) && !stating.contains(name)) {
                stating.add(name);
            }
        }
        stating.sort(null);
        Object date = row.get("date");
        nodes.add(new GraphSlice.Node(id, share((String) row.get("type")), share((String) row.get("agency")),
                grading(row.get("scheme"), row.get("source"), row.get("information")), stating,
                share((String) row.get("detail")), date instanceof LocalDate day ? day : null));
        for (Object out : (Collection<Object>) row.get("out")) {
            List<Object> l = (List<Object>) out;
            links.add(new String[] {(String) l.get(0), share((String) l.get(1)), id, (String) l.get(2),
                    share((String) l.get(3)), (String) l.get(4), (String) l.get(5), (String) l.get(6)});
        }
    }

    private GraphSlice slice() {
        nodes.sort(Comparator.comparing(GraphSlice.Node::id));
        var index = new HashMap<String, Integer>(nodes.size() * 2);
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i).id(), i);
        }
        var edges = new ArrayList<GraphSlice.Edge>(links.size());
        for (String[] l : links) {
            Integer from = index.get(l[2]);
            Integer to = index.get(l[3]);
            if (from != null && to != null) { // a link to an entity outside the chosen ones is not part of the slice
                edges.add(new GraphSlice.Edge(l[0], l[1], from, to, l[4], grading(l[5], l[6], l[7])));
            }
        }
        edges.sort(Comparator.comparingInt(GraphSlice.Edge::from).thenComparingInt(GraphSlice.Edge::to)
                .thenComparing(GraphSlice.Edge::type).thenComparing(e -> e.id() == null ? "" : e.id()));
        return new GraphSlice(nodes, edges);
    }

    private String share(String value) {
        return value == null ? null : shared.computeIfAbsent(value, v -> v);
    }

    private Grading grading(Object scheme, Object source, Object information) {
        if (scheme == null || source == null || information == null) {
            return null;
        }
        String key = scheme + "\u0000" + source + "\u0000" + information;
        return gradings.computeIfAbsent(key, k -> new Grading((String) scheme, (String) source, (String) information));
    }
}
