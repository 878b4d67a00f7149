package org.netzbild.store;

import java.util.Map;
import org.netzbild.store.cypher.CypherRunner;

/**
 * The reference the benchmarks compare the port with: the same questions asked in the plain
 * Cypher a developer would write, on the same database, in the same run, without validation,
 * visibility or audit. Used only by the {@code bench} command; never by the application.
 */
public final class RawCypherReference {

    // Each statement returns the same data the port hands out (all properties of the nodes and
    // links), so that the comparison is about the work, not about lazily unread records.
    private static final String EXPAND_ONE = """
            MATCH (c:Entity {id: $id})-[r]-(m:Entity)
            RETURN c {.*} AS c, r {.*, type: type(r)} AS r, m {.*} AS m LIMIT $limit""";
    // The port's one-hop answer also holds every link among the neighbours (the chart draws them):
    // the same question in plain Cypher is these two statements in one transaction.
    private static final String NEIGHBOURS_ONE = """
            MATCH (c:Entity {id: $id})
            CALL (c) { MATCH (c)--(b:Entity) WITH DISTINCT b LIMIT $limit RETURN collect(b) AS ms }
            RETURN c {.*} AS c, [m IN ms | m {.*}] AS ms""";
    private static final String LINKS_AMONG = """
            UNWIND $ids AS aid MATCH (a:Entity {id: aid})-[r]->(b:Entity) WHERE b.id IN $ids
            RETURN r {.*, type: type(r), from: a.id, to: b.id} AS r""";
    private static final String EXPAND_TWO = """
            MATCH p = (c:Entity {id: $id})-[*1..2]-(m:Entity)
            RETURN [n IN nodes(p) | n {.*}] AS nodes, [r IN relationships(p) | r {.*, type: type(r)}] AS links
            LIMIT $limit""";
    private static final String PATHS = """
            MATCH (a:Entity {id: $from}) MATCH (b:Entity {id: $to})
            MATCH p = allShortestPaths((a)-[*..6]-(b))
            RETURN [n IN nodes(p) | n {.*}] AS nodes, [r IN relationships(p) | r {.*, type: type(r)}] AS links
            LIMIT 10""";

    private final CypherRunner runner;

    RawCypherReference(CypherRunner runner) {
        this.runner = runner;
    }

    /** Expands {@code hops} (1 or 2) around {@code id}; returns the number of rows read. */
    public int expand(String id, int hops, int limit) {
        String statement = hops == 1 ? EXPAND_ONE : EXPAND_TWO;
        return runner.read(tx -> tx.run(statement, Map.of("id", id, "limit", (long) limit)).size());
    }

    /**
     * The port's one-hop answer in plain Cypher: the centre, up to {@code limit} neighbours and
     * every link among all of them; returns the number of entities and links read.
     */
    public int expandWithLinksAmong(String id, int limit) {
        return runner.read(tx -> {
            var rows = tx.run(NEIGHBOURS_ONE, Map.of("id", id, "limit", (long) limit));
            if (rows.isEmpty()) {
                return 0;
            }
            var ids = new java.util.ArrayList<Object>();
            ids.add(id);
            for (Object neighbour : (java.util.List<?>) rows.getFirst().get("ms")) {
                ids.add(((Map<?, ?>) neighbour).get("id"));
            }
            return ids.size() + tx.run(LINKS_AMONG, Map.of("ids", ids)).size();
        });
    }

    /** All shortest paths of up to six hops; returns the number of paths. */
    public int paths(String from, String to) {
        return runner.read(tx -> tx.run(PATHS, Map.of("from", from, "to", to)).size());
    }
}
