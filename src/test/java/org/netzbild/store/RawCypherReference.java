package org.netzbild.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netzbild.store.cypher.CypherRunner;
import org.netzbild.store.cypher.CypherTx;
import org.netzbild.security.Visibility;

/**
 * The reference the benchmarks compare the port with: the same questions asked in the plain
 * Cypher a developer would write, on the same database, in the same run, without validation,
 * visibility, mapping into domain records or audit. Each read returns the port's answer (the
 * same entity and link ids, the same limit semantics), so that a comparison is about the work
 * and not about a smaller question; {@code ReferencesAnswerAsThePortTest} holds them to that.
 * Test scope: the product has no reader beside the port.
 */
public final class RawCypherReference {

    /** What an expand returned, in ids: the port's {@code Neighbourhood} without the records. */
    public record Neighbourhood(Set<String> entityIds, Set<String> linkIds, boolean truncated, long unshown) {
    }

    /** One path, in walking order. */
    public record Path(List<String> entityIds, List<String> linkIds) {
    }

    // Each statement returns all properties of the nodes and links, as the port's do, so that
    // the comparison is about the work, not about lazily unread records. A reference for a
    // restricted session writes the need-to-know rule inline where a developer would ({@link #seen}).
    private final String centreAndNeighboursQuery;
    private final String centreQuery;
    private final String nextHopQuery;
    private final String linksAmongQuery;
    private final String unshownQuery;
    private final String pathsQuery;

    private final CypherRunner runner;
    private final Visibility visibility;

    RawCypherReference(CypherRunner runner) {
        this(runner, Visibility.everything());
    }

    /** The reference for a session of this visibility: the same filter as the port's, in plain Cypher. */
    RawCypherReference(CypherRunner runner, Visibility visibility) {
        this.runner = runner;
        this.visibility = visibility;
        centreAndNeighboursQuery = """
                MATCH (c:Entity {id: $id}) WHERE %s
                CALL (c) { MATCH (c)-[r]-(b:Entity) WHERE b <> c AND %s AND %s WITH DISTINCT b LIMIT $cap
                           RETURN collect(b) AS ms }
                RETURN c {.*} AS c, [m IN ms | m {.*}] AS ms""".formatted(seen("c"), seen("r"), seen("b"));
        centreQuery = "MATCH (c:Entity {id: $id}) WHERE %s RETURN c {.*} AS c".formatted(seen("c"));
        nextHopQuery = """
                UNWIND $frontier AS fid MATCH (a:Entity {id: fid})-[r]-(b:Entity) WHERE NOT b.id IN $known AND %s AND %s
                WITH DISTINCT b LIMIT $cap RETURN b {.*} AS b""".formatted(seen("r"), seen("b"));
        linksAmongQuery = """
                UNWIND $ids AS aid MATCH (a:Entity {id: aid})-[r]->(b:Entity) WHERE b.id IN $ids AND %s AND %s AND %s
                RETURN r {.*, type: type(r), from: a.id, to: b.id} AS r""".formatted(seen("a"), seen("r"), seen("b"));
        unshownQuery = """
                MATCH (c:Entity {id: $id})-[r]-(b:Entity) WHERE NOT b.id IN $known AND %s AND %s
                RETURN count(DISTINCT b) AS unshown""".formatted(seen("r"), seen("b"));
        pathsQuery = """
                MATCH (a:Entity {id: $from}) WHERE %s MATCH (b:Entity {id: $to}) WHERE %s
                MATCH p = allShortestPaths((a)-[*..6]-(b))
                WHERE all(r IN relationships(p) WHERE %s) AND all(n IN nodes(p) WHERE %s)
                WITH p LIMIT $count
                WITH p ORDER BY [n IN nodes(p) | n.id], [r IN relationships(p) | r.id]
                WITH collect(p) AS ps
                RETURN size(ps) AS found, [q IN ps[0..$maxPaths] |
                       {nodes: [n IN nodes(q) | n {.*}], links: [r IN relationships(q) | r {.*, type: type(r)}]}] AS paths
                """.formatted(seen("a"), seen("b"), seen("r"), seen("n"));
    }

    /**
     * Whether the session may see record {@code x}, as {@code Visibility} defines it: open, its own
     * agency's, or need-to-know for its user or case. Nothing for an unrestricted session.
     */
    private String seen(String x) {
        // an entity whose review date has passed is out of every read, as in the port (ADR 0022); the
        // rule is written as the port writes it, one CASE, since the disjunction it stands for makes
        // Neo4j plan three index seeks and a union for each record looked up by id (see
        // StatementCompileBenchmark): the reference should not pay for a form the port has left
        String overdue = "x:Entity AND NOT coalesce(x.reviewBy >= $today, x.reviewBy IS NULL)";
        if (visibility.unrestricted()) {
            return ("NOT (" + overdue + ")").replace("x:", x + ":").replace("x.", x + ".");
        }
        return ("CASE WHEN " + overdue + " THEN false ELSE CASE x.handling WHEN 'OPEN' THEN true"
                + " WHEN 'AGENCY_ONLY' THEN x.sourceAgency IN $agencies"
                + " WHEN 'NEED_TO_KNOW' THEN (x.recordedBy = $user OR $user IN coalesce(x.needToKnowUsers, [])"
                + " OR any(k IN coalesce(x.needToKnowCases, []) WHERE k IN $cases)) ELSE false END END")
                .replace("x:", x + ":").replace("x.", x + ".");
    }

    private Map<String, Object> with(Map<String, Object> parameters) {
        var all = new java.util.HashMap<>(parameters);
        all.put("today", java.time.LocalDate.now(java.time.ZoneOffset.UTC));
        if (visibility.unrestricted()) {
            return all;
        }
        all.put("agencies", List.copyOf(visibility.agencies()));
        all.put("user", visibility.user());
        all.put("cases", List.copyOf(visibility.cases()));
        return all;
    }

    /**
     * The centre, up to {@code limit} other entities within {@code hops} hops (hop by hop, the
     * nearer first, as the port fills its limit), every link among all of them, and how many
     * direct neighbours did not fit. An unknown centre answers with no entities.
     */
    public Neighbourhood expand(String id, int hops, int limit) {
        return runner.read(tx -> hops == 1 ? oneHop(tx, id, limit) : hopByHop(tx, id, hops, limit));
    }

    private Neighbourhood oneHop(CypherTx tx, String id, int limit) {
        var rows = tx.run(centreAndNeighboursQuery, with(Map.of("id", id, "cap", (long) limit + 1)));
        if (rows.isEmpty()) {
            return new Neighbourhood(Set.of(), Set.of(), false, 0);
        }
        var shown = new LinkedHashSet<String>();
        shown.add(idOf(rows.getFirst().get("c")));
        List<?> found = (List<?>) rows.getFirst().get("ms");
        boolean truncated = found.size() > limit;
        found.stream().limit(limit).forEach(m -> shown.add(idOf(m)));
        return answer(tx, id, shown, truncated);
    }

    private Neighbourhood hopByHop(CypherTx tx, String id, int hops, int limit) {
        if (tx.run(centreQuery, with(Map.of("id", id))).isEmpty()) {
            return new Neighbourhood(Set.of(), Set.of(), false, 0);
        }
        var shown = new LinkedHashSet<String>();
        shown.add(id);
        List<String> frontier = List.of(id);
        boolean truncated = false;
        for (int hop = 1; hop <= hops && !frontier.isEmpty() && !truncated; hop++) {
            // one more than fits, so that a full neighbourhood is told apart from a cut one
            long cap = limit + 2L - shown.size();
            var next = new ArrayList<String>();
            for (var row : tx.run(nextHopQuery, with(Map.of("frontier", frontier, "known", List.copyOf(shown), "cap", cap)))) {
                if (shown.size() > limit) {
                    truncated = true;
                    break;
                }
                String neighbour = idOf(row.get("b"));
                shown.add(neighbour);
                next.add(neighbour);
            }
            frontier = next;
        }
        return answer(tx, id, shown, truncated);
    }

    private Neighbourhood answer(CypherTx tx, String centre, Set<String> shown, boolean truncated) {
        var links = new LinkedHashSet<String>();
        for (var row : tx.run(linksAmongQuery, with(Map.of("ids", List.copyOf(shown))))) {
            links.add(idOf(row.get("r")));
        }
        long unshown = !truncated ? 0
                : (Long) tx.run(unshownQuery, with(Map.of("id", centre, "known", List.copyOf(shown)))).getFirst().get("unshown");
        return new Neighbourhood(shown, links, truncated, unshown);
    }

    /**
     * The first {@code maxPaths} shortest paths of up to six hops, ordered by the entity ids along
     * the path and then the link ids, as the port orders them; a path from an entity to itself is
     * the entity.
     */
    public List<Path> paths(String from, String to, int maxPaths) {
        return runner.read(tx -> {
            if (from.equals(to)) {
                var only = tx.run(centreQuery, with(Map.of("id", from)));
                return only.isEmpty() ? List.<Path>of() : List.of(new Path(List.of(idOf(only.getFirst().get("c"))), List.of()));
            }
            var rows = tx.run(pathsQuery, with(Map.of("from", from, "to", to, "maxPaths", (long) maxPaths, "count", PATHS_COUNTED)));
            var paths = new ArrayList<Path>();
            if (rows.isEmpty()) {
                return paths;
            }
            for (var path : (List<?>) rows.getFirst().get("paths")) {
                var map = (Map<?, ?>) path;
                paths.add(new Path(((List<?>) map.get("nodes")).stream().map(RawCypherReference::idOf).toList(),
                        ((List<?>) map.get("links")).stream().map(RawCypherReference::idOf).toList()));
            }
            return paths;
        });
    }

    /** How many shortest paths of up to six hops there are, counted as the port counts them (up to its limit plus one). */
    public int pathCount(String from, String to) {
        return runner.read(tx -> {
            if (from.equals(to)) {
                return tx.run(centreQuery, with(Map.of("id", from))).isEmpty() ? 0 : 1;
            }
            var rows = tx.run(pathsQuery, with(Map.of("from", from, "to", to, "maxPaths", 0L, "count", PATHS_COUNTED)));
            return rows.isEmpty() ? 0 : ((Number) rows.getFirst().get("found")).intValue();
        });
    }

    /** The port counts up to its limit and one more, to tell "more than". */
    private static final long PATHS_COUNTED = org.netzbild.model.ShortestPaths.COUNT_LIMIT + 1L;

    private static String idOf(Object record) {
        return (String) ((Map<?, ?>) record).get("id");
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
     * whose ends are given as row ids and are resolved through the returned map. Persons come in
     * two lists: {@code laterTwins} are rows whose identity key an earlier row of the same batch
     * has; they are written after {@code persons}, so that they find the node that row made (one
     * {@code UNWIND} does not see its own writes). {@code repeats} are rows {@code {props, first}}
     * that repeat an earlier row of the batch (key and values): they go where that row landed, and
     * become a statement only if it landed on a stored node (as the import does, which merges them
     * in memory with a row of its batch but states them again on a stored entity).
     *
     * @param targets row id → id of the node the row landed on, filled in by this call
     * @return how many statements were written (rows that landed on another node)
     */
    public long loadBatch(List<Map<String, Object>> persons, List<Map<String, Object>> laterTwins,
                          List<Map<String, Object>> repeats, List<Map<String, Object>> addresses,
                          Map<String, List<Map<String, Object>>> linksByType, Map<String, String> targets) {
        return runner.write(tx -> {
            long statements = 0;
            for (var rows : List.of(persons, laterTwins)) {
                statements += state(tx, CREATE_OR_STATE_PERSONS, rows, targets);
            }
            var onStored = new java.util.ArrayList<Map<String, Object>>();
            for (var repeat : repeats) {
                String first = (String) repeat.get("first");
                if (first.equals(targets.get(first))) {
                    targets.put((String) ((Map<?, ?>) repeat.get("props")).get("id"), first);
                } else {
                    onStored.add(repeat);
                }
            }
            statements += state(tx, CREATE_OR_STATE_PERSONS, onStored, targets);
            statements += state(tx, CREATE_OR_STATE_ADDRESSES, addresses, targets);
            linksByType.forEach((type, rows) -> tx.run(CREATE_LINKS, Map.of("type", type, "rows", rows.stream()
                    .map(l -> Map.of("from", targets.getOrDefault((String) l.get("from"), (String) l.get("from")),
                            "to", targets.getOrDefault((String) l.get("to"), (String) l.get("to")),
                            "props", l.get("props"))).toList())));
            return statements;
        });
    }

    /** Writes rows as new nodes or statements; returns how many became statements. */
    private static long state(CypherTx tx, String statement, List<Map<String, Object>> rows, Map<String, String> targets) {
        long stated = 0;
        for (var row : tx.run(statement, Map.of("rows", rows))) {
            String id = (String) row.get("id");
            String target = (String) row.get("target");
            targets.put(id, target);
            if (!id.equals(target)) {
                stated++;
            }
        }
        return stated;
    }
}
