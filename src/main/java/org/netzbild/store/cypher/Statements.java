package org.netzbild.store.cypher;

/**
 * Every Cypher statement the port runs, as constants. Values always arrive as parameters; labels
 * and relationship types use Cypher's dynamic {@code $(...)} form with a parameter whose value the
 * ontology has already vetted. {@code VISIBLE(x)} stands for the session's visibility rule and is
 * expanded once, at class initialisation, from the constant {@link #visible(String)}.
 */
final class Statements {

    private Statements() {
    }

    /**
     * The visibility rule for a node or relationship variable; parameters {@code $unrestricted},
     * {@code $agencies}. It also keeps out what Netzbild did not write: on a shared server another
     * client can create nodes and links with plain Cypher, even with Netzbild's labels; a record
     * without an id or the agency that stated it is not one of ours and is never read.
     */
    static String visible(String variable) {
        return "(" + variable + ".id IS NOT NULL AND " + variable + ".sourceAgency IS NOT NULL AND ($unrestricted OR "
                + variable + ".handling = 'OPEN' OR " + variable + ".sourceAgency IN $agencies))";
    }

    static final String LINK_PROJECTION = "{.*, _type: type(%1$s), _from: startNode(%1$s).id, _to: endNode(%1$s).id}";

    static final String SCHEMA_VERSION = """
            OPTIONAL MATCH (s:NetzbildSchema {id: 'schema'}) RETURN s.version AS version""";

    static final String SET_SCHEMA_VERSION = """
            MERGE (s:NetzbildSchema {id: 'schema'}) SET s.version = $version, s.migratedAt = datetime()""";

    /** Generous: after a bulk load of millions of records the indexes take minutes to populate. */
    static final String AWAIT_INDEXES = "CALL db.awaitIndexes(3600)";

    /** Whether the database holds nothing but reference data (records of that source, no links, no imports). */
    static final String HOLDS_ONLY = """
            CALL () { MATCH (n) WHERE NOT n:NetzbildSchema AND NOT n:NetzbildAccount AND NOT (n:Entity AND n.sourceAgency = $source)
                      RETURN count(n) AS others LIMIT 1 }
            CALL () { MATCH ()-[r]->() RETURN count(r) AS links LIMIT 1 }
            RETURN others = 0 AND links = 0 AS empty""";

    static final String TYPES_OF = """
            UNWIND $ids AS wanted MATCH (n:Entity {id: wanted}) RETURN n.id AS id, n.type AS type""";

    static final String CREATE_ENTITIES = """
            UNWIND $rows AS row CREATE (n:Entity:$($type)) SET n = row""";

    static final String UPSERT_ENTITIES = """
            UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n = row SET n:$($type)""";

    static final String CREATE_LINKS = """
            UNWIND $rows AS row
            MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
            CREATE (a)-[r:$($type)]->(b) SET r = row.props""";

    static final String UPSERT_LINKS = """
            UNWIND $rows AS row
            MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
            MERGE (a)-[r:$($type) {id: row.props.id}]->(b) SET r = row.props""";

    static final String CREATE_STATEMENTS = """
            UNWIND $rows AS row MATCH (e:Entity {id: row.entityId})
            CREATE (s:Statement)-[:STATES]->(e) SET s = row""";

    static final String UPSERT_STATEMENTS = """
            UNWIND $rows AS row MATCH (e:Entity {id: row.entityId})
            MERGE (s:Statement {id: row.id}) SET s = row MERGE (s)-[:STATES]->(e)""";

    /** The entity's own record and the further statements about it the session may see, oldest first. */
    static final String STATEMENTS = "MATCH (e:Entity {id: $id}) WHERE " + visible("e") + """

            OPTIONAL MATCH (s:Statement)-[:STATES]->(e) WHERE\s""" + visible("s") + """

            WITH e, s ORDER BY s.recordedAt, s.id
            RETURN e {.*} AS node, [x IN collect(s) | x {.*}] AS statements""";

    /** {@link #STATEMENTS} for a list of entities at once: one row per visible entity. */
    static final String STATEMENTS_OF_MANY = "UNWIND $ids AS wanted MATCH (e:Entity {id: wanted}) WHERE " + visible("e") + """

            OPTIONAL MATCH (s:Statement)-[:STATES]->(e) WHERE\s""" + visible("s") + """

            WITH e, s ORDER BY s.recordedAt, s.id
            RETURN e {.*} AS node, [x IN collect(s) | x {.*}] AS statements""";

    static final String BEGIN_IMPORT = "CREATE (i:NetzbildImport) SET i = $row";

    /**
     * A batch of a running import renews its lease and counts its records, in the batch's own
     * transaction; no row means the import is gone (rolled back or undone) and the batch must fail.
     */
    static final String IMPORT_ALIVE = """
            MATCH (i:NetzbildImport {id: $id}) WHERE i.status = 'RUNNING'
            SET i.heartbeatAt = $now, i.records = i.records + $records
            RETURN i.id AS id""";

    /** An import's status and last sign of life, for the lease. */
    static final String IMPORT_STATE = """
            MATCH (i:NetzbildImport {id: $id}) RETURN i.status AS status, i.heartbeatAt AS heartbeatAt""";

    static final String SET_IMPORT_STATUS = """
            MATCH (i:NetzbildImport {id: $id}) SET i.status = $status, i.records = coalesce($records, i.records)
            RETURN i.id AS id""";

    /**
     * Imports with what a record of one needs ({@code $statuses}: the status names); a node another
     * client gave the label is left out.
     */
    static final String IMPORTS = """
            MATCH (i:NetzbildImport) WHERE i.id IS NOT NULL AND i.status IN $statuses
              AND i.startedAt IS NOT NULL AND i.records IS NOT NULL
            RETURN i {.*} AS import ORDER BY i.startedAt, i.id""";

    /**
     * What else hangs on an import's entities: links and statements of other imports (their ids)
     * or entered by hand (the empty string); and later imports that re-sent its records. Undoing
     * the import would take them along.
     */
    static final String IMPORT_DEPENDENTS = """
            CALL () {
              MATCH (n:Entity {importId: $id})
              CALL (n) {
                MATCH (n)-[r]-(:Entity) WHERE r.importId IS NULL OR r.importId <> $id
                RETURN coalesce(r.importId, '') AS other
                UNION
                MATCH (s:Statement)-[:STATES]->(n) WHERE s.importId IS NULL OR s.importId <> $id
                RETURN coalesce(s.importId, '') AS other
              }
              RETURN other
              UNION
              MATCH (later:NetzbildImport) WHERE $id IN later.reliesOn
              RETURN later.id AS other
            }
            RETURN DISTINCT other LIMIT 20""";

    /**
     * Adds to a running import's {@code reliesOn} the imports that wrote the records it re-sends:
     * the entities, its own agency's statements about them, and the links (found from their start
     * node, which the id constraint indexes). Records entered by hand have no import and add nothing.
     */
    static final String RELY_ON = """
            MATCH (i:NetzbildImport {id: $id})
            CALL (i) {
              UNWIND $entities AS entityId
              MATCH (n:Entity {id: entityId})
              RETURN n.importId AS other
              UNION
              UNWIND $entities AS entityId
              MATCH (s:Statement)-[:STATES]->(:Entity {id: entityId}) WHERE s.sourceAgency = i.agency
              RETURN s.importId AS other
              UNION
              UNWIND $links AS link
              MATCH (:Entity {id: link.from})-[r]->() WHERE r.id = link.id
              RETURN r.importId AS other
            }
            WITH i, collect(DISTINCT other) AS others
            SET i.reliesOn = reduce(acc = coalesce(i.reliesOn, []), other IN others |
                CASE WHEN other IS NULL OR other = i.id OR other IN acc THEN acc ELSE acc + other END)""";

    static final String DELETE_IMPORT_STATEMENTS = """
            MATCH (s:Statement {importId: $id}) WITH s LIMIT $batch DETACH DELETE s RETURN count(*) AS deleted""";

    /** Per link type, with the type written out so that the type's importId index serves the match. */
    static String deleteImportLinks(String type) {
        return "MATCH ()-[r:" + identifier(type) + " {importId: $id}]->() WITH r LIMIT $batch DELETE r"
                + " RETURN count(*) AS deleted";
    }

    static final String DELETE_IMPORT_ENTITIES = """
            MATCH (n:Entity {importId: $id}) WITH n LIMIT $batch
            OPTIONAL MATCH (s:Statement)-[:STATES]->(n)
            WITH n, collect(s) AS statements
            FOREACH (s IN statements | DETACH DELETE s)
            DETACH DELETE n RETURN count(*) AS deleted""";

    static final String DELETE_IMPORT = "MATCH (i:NetzbildImport {id: $id}) DELETE i";

    /**
     * Visible entities of one type whose identity key equals one of {@code $keys} (a list property
     * matches when it contains the value). The type and property names come from the ontology,
     * checked to be plain identifiers, never from user input; the values are parameters.
     */
    static String matching(String type, java.util.List<String> properties, java.util.Set<String> listProperties) {
        var conditions = new StringBuilder();
        for (int i = 0; i < properties.size(); i++) {
            String property = identifier(properties.get(i));
            conditions.append(listProperties.contains(property)
                    ? "key[" + i + "] IN n." + property : "n." + property + " = key[" + i + "]").append(" AND ");
        }
        return "UNWIND $keys AS key MATCH (n:" + identifier(type) + ") WHERE " + conditions + visible("n")
                + " RETURN DISTINCT n {.*} AS node";
    }

    private static String identifier(String name) {
        if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain ontology name: " + name);
        }
        return name;
    }

    static final String UPDATE_ENTITY = """
            MATCH (n:Entity {id: $id}) SET n = $row RETURN n.id AS id""";

    static final String ENTITY = "MATCH (n:Entity {id: $id}) WHERE " + visible("n") + " RETURN n {.*} AS node";

    static final String LINK = "MATCH (a:Entity)-[r:$($type) {id: $id}]->(b:Entity) WHERE " + visible("r")
            + " AND " + visible("a") + " AND " + visible("b") + " RETURN r " + LINK_PROJECTION.formatted("r") + " AS link";

    /** Deletes an entity with its links and every statement about it. */
    static final String DELETE_ENTITY = """
            MATCH (n:Entity {id: $id})
            OPTIONAL MATCH (s:Statement)-[:STATES]->(n)
            WITH n, n.id AS id, collect(s) AS statements
            FOREACH (s IN statements | DETACH DELETE s)
            DETACH DELETE n RETURN id""";

    /**
     * Full-text search over the entities' own search text and over what further statements say
     * (another agency's spelling of a name finds the person); an entity found both ways counts once
     * with its better score. A statement counts only if the session may see it.
     */
    static final String SEARCH = """
            CALL () {
              CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $fetch}) YIELD node, score
              RETURN node AS hit, score
              UNION ALL
              CALL db.index.fulltext.queryNodes('statement_search', $query, {limit: $fetch}) YIELD node, score
              WHERE\s""" + visible("node") + """

              MATCH (node)-[:STATES]->(e:Entity)
              RETURN e AS hit, score
            }
            WITH hit, max(score) AS score
            WHERE (size($types) = 0 OR hit.type IN $types) AND\s""" + visible("hit") + """
            \sWITH hit, score ORDER BY score DESC, hit.id LIMIT $limit
            RETURN hit {.*} AS node, score,
                   [(s:Statement)-[:STATES]->(hit) WHERE\s""" + visible("s") + """
             | s.sourceAgency] AS stating
            ORDER BY score DESC, node.id""";

    /**
     * The centre and up to {@code $cap} new neighbours in one statement; the links among them follow
     * with {@link #LINKS_AMONG}, whose id list is a parameter that Cypher turns into a set once
     * (a list built inside the query was searched element by element for every candidate link,
     * which made hubs slow: measured in docs/benchmarks.md).
     */
    static final String EXPAND_ONE_HOP = "MATCH (c:Entity {id: $id}) WHERE " + visible("c") + """

            CALL (c) {
              MATCH (c)-[r]-(b:Entity)
              WHERE (size($linkTypes) = 0 OR type(r) IN $linkTypes) AND NOT b.id IN $known AND\s"""
            + visible("r") + " AND " + visible("b") + """

              WITH DISTINCT b LIMIT $cap
              RETURN collect(b) AS neighbours
            }
            RETURN c {.*} AS node, [n IN neighbours | n {.*}] AS neighbours""";

    /** One hop outwards from a frontier, distinct new neighbours only, capped. */
    static final String NEIGHBOURS = """
            UNWIND $frontier AS fid
            MATCH (a:Entity {id: fid})-[r]-(b:Entity)
            WHERE (size($linkTypes) = 0 OR type(r) IN $linkTypes) AND NOT b.id IN $known AND\s"""
            + visible("r") + " AND " + visible("b") + """
            \sWITH DISTINCT b LIMIT $cap RETURN b {.*} AS node""";

    /** How many direct neighbours of a centre are not yet known. */
    static final String UNSHOWN_NEIGHBOURS = """
            MATCH (a:Entity {id: $id})-[r]-(b:Entity)
            WHERE (size($linkTypes) = 0 OR type(r) IN $linkTypes) AND NOT b.id IN $known AND\s"""
            + visible("r") + " AND " + visible("b") + """
            \sRETURN count(DISTINCT b) AS unshown""";

    static final String ENTITIES = """
            UNWIND $ids AS wanted MATCH (n:Entity {id: wanted}) WHERE\s""" + visible("n") + """
            \sRETURN n {.*} AS node""";

    /** The links among a set of shown entities. */
    static final String LINKS_AMONG = """
            UNWIND $ids AS aid
            MATCH (a:Entity {id: aid})-[r]->(b:Entity)
            WHERE b.id IN $ids AND (size($linkTypes) = 0 OR type(r) IN $linkTypes) AND\s""" + visible("r") + """
            \sRETURN r""" + " " + LINK_PROJECTION.formatted("r") + " AS link";

    static final String ENTITY_COUNTS = "MATCH (n:Entity) WHERE " + visible("n")
            + " RETURN n.type AS type, count(*) AS count";

    static final String LINK_COUNTS = "MATCH (a:Entity)-[r]->(b:Entity) WHERE " + visible("r") + " AND "
            + visible("a") + " AND " + visible("b") + " RETURN type(r) AS type, count(*) AS count";

    /**
     * Shortest paths need the length bound as a literal (Cypher does not take a parameter there),
     * so there is one statement per allowed bound, made here from the integer constants 1..max.
     */
    static String shortestPaths(int maxHops) {
        return "MATCH (a:Entity {id: $from}) MATCH (b:Entity {id: $to})\n"
                + "MATCH p = allShortestPaths((a)-[*.." + maxHops + "]-(b))\n"
                + "WHERE all(r IN relationships(p) WHERE (size($linkTypes) = 0 OR type(r) IN $linkTypes) AND "
                + visible("r") + ")\n"
                + "  AND all(x IN nodes(p) WHERE " + visible("x") + ")\n"
                + "RETURN [x IN nodes(p) | x {.*}] AS nodes, [r IN relationships(p) | r "
                + LINK_PROJECTION.formatted("r") + "] AS links LIMIT $maxPaths";
    }
}
