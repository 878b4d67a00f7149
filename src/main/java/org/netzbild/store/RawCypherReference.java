package org.netzbild.store;

import java.util.List;
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

    // The import benchmark's reference: a plain loader as a developer would write it, one
    // UNWIND per kind of record and batch, all of a batch in one transaction. It merges only as far
    // as needed to produce the same graph as the import: a row whose identity key (name and birth
    // date; the full address) matches a stored node becomes a statement on it.
    private static final String CREATE_OR_STATE_PERSONS = """
            UNWIND $rows AS row
            OPTIONAL MATCH (same:Person {name: row.props.name, birthDate: row.props.birthDate})
            WITH row, head(collect(same)) AS same
            FOREACH (_ IN CASE WHEN same IS NULL THEN [1] ELSE [] END | CREATE (n:Entity:Person) SET n = row.props)
            FOREACH (_ IN CASE WHEN same IS NULL THEN [] ELSE [1] END |
              CREATE (s:Statement)-[:STATES]->(same) SET s = row.props, s.entityId = same.id)
            RETURN row.props.id AS id, coalesce(same.id, row.props.id) AS target""";
    private static final String CREATE_OR_STATE_ADDRESSES = """
            UNWIND $rows AS row
            OPTIONAL MATCH (same:Address {full: row.props.full})
            WITH row, head(collect(same)) AS same
            OPTIONAL MATCH (m:Municipality {name: row.props.city})
            FOREACH (_ IN CASE WHEN same IS NULL THEN [1] ELSE [] END |
              CREATE (n:Entity:Address) SET n = row.props
              FOREACH (_ IN CASE WHEN m IS NULL THEN [] ELSE [1] END |
                CREATE (n)-[r:IN_MUNICIPALITY]->(m) SET r = row.municipalityLink))
            FOREACH (_ IN CASE WHEN same IS NULL THEN [] ELSE [1] END |
              CREATE (s:Statement)-[:STATES]->(same) SET s = row.props, s.entityId = same.id)
            RETURN row.props.id AS id, coalesce(same.id, row.props.id) AS target""";
    private static final String CREATE_LINKS = """
            UNWIND $rows AS row
            MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
            CREATE (a)-[r:$($type)]->(b) SET r = row.props""";

    /**
     * One batch of the plain loader in one transaction: persons and addresses (rows {@code {props}},
     * addresses also {@code municipalityLink}), then links per type (rows {@code {from, to, props}})
     * whose ends are given as row ids and are resolved through the returned map.
     *
     * @param targets row id → id of the node the row landed on, filled in by this call
     */
    public void loadBatch(List<Map<String, Object>> persons, List<Map<String, Object>> addresses,
                          Map<String, List<Map<String, Object>>> linksByType, Map<String, String> targets) {
        runner.write(tx -> {
            for (var row : tx.run(CREATE_OR_STATE_PERSONS, Map.of("rows", persons))) {
                targets.put((String) row.get("id"), (String) row.get("target"));
            }
            for (var row : tx.run(CREATE_OR_STATE_ADDRESSES, Map.of("rows", addresses))) {
                targets.put((String) row.get("id"), (String) row.get("target"));
            }
            linksByType.forEach((type, rows) -> tx.run(CREATE_LINKS, Map.of("type", type, "rows", rows.stream()
                    .map(l -> Map.of("from", targets.getOrDefault((String) l.get("from"), (String) l.get("from")),
                            "to", targets.getOrDefault((String) l.get("to"), (String) l.get("to")),
                            "props", l.get("props"))).toList())));
            return null;
        });
    }
}
