package org.netzbild.store.cypher;

/**
 * Every Cypher statement the port runs, as constants of one of two kinds: a {@link SessionRead},
 * written with {@code VISIBLE(x)} for every record variable it binds and checked for that when the
 * class is initialised, or {@link Bookkeeping}. Values always arrive as parameters; labels and
 * relationship types use Cypher's dynamic {@code $(...)} form with a parameter whose value the
 * ontology has already vetted.
 */
final class Statements {

    private Statements() {
    }

    static final String LINK_PROJECTION = "{.*, _type: type(%1$s), _from: startNode(%1$s).id, _to: endNode(%1$s).id}";

    static final Bookkeeping SCHEMA_VERSION = Bookkeeping.of("""
            OPTIONAL MATCH (s:NetzbildSchema {id: 'schema'}) RETURN s.version AS version""");

    /**
     * Up to {@code $page} persons and statements about persons written before the name keys (migration
     * V012, ADR 0037), with their spellings; upkeep of the migration, whatever the session may see.
     * Only the store's own migration reads it (it never reaches a user), and it names the node by its
     * element id, not as a record.
     */
    static final Bookkeeping PERSONS_WITHOUT_NAME_KEYS = Bookkeeping.of("""
            MATCH (n) WHERE (n:Entity OR n:Statement) AND n.type = 'Person' AND n.nameKeys IS NULL
            WITH n LIMIT $page
            RETURN elementId(n) AS element, n.name AS name, n.names AS names, n.aliases AS aliases""");

    /** Writes the name keys the migration computed ({@code $rows}: element id and keys). */
    static final Bookkeeping SET_NAME_KEYS = Bookkeeping.of("""
            UNWIND $rows AS row
            MATCH (n) WHERE elementId(n) = row.element
            SET n.nameKeys = row.keys""");

    static final Bookkeeping SET_SCHEMA_VERSION = Bookkeeping.of("""
            MERGE (s:NetzbildSchema {id: 'schema'}) SET s.version = $version, s.migratedAt = datetime()""");

    /** Generous: after a bulk load of millions of records the indexes take minutes to populate. */
    static final Bookkeeping AWAIT_INDEXES = Bookkeeping.of("CALL db.awaitIndexes(3600)");

    /** Whether the database holds nothing but reference data (records of that source, no links, no imports). */
    /**
     * How many of the given ids name an entity, whoever may see it: whether the reference data is
     * all there, asked at every open. Without the visibility rule the statement compiles in a
     * fraction of a read's time (each start of a workspace compiles it anew), and it returns a count.
     */
    static final Bookkeeping ENTITIES_PRESENT = Bookkeeping.of("""
            UNWIND $ids AS wanted MATCH (n:Entity {id: wanted}) RETURN count(DISTINCT n) AS present""");

    static final Bookkeeping HOLDS_ONLY = Bookkeeping.of("""
            CALL () { MATCH (n) WHERE NOT n:NetzbildSchema AND NOT n:NetzbildAccount AND NOT (n:Entity AND n.sourceAgency = $source)
                      RETURN count(n) AS others LIMIT 1 }
            CALL () { MATCH ()-[r]->() RETURN count(r) AS links LIMIT 1 }
            RETURN others = 0 AND links = 0 AS empty""");

    static final Bookkeeping CREATE_ENTITIES = Bookkeeping.of("""
            UNWIND $rows AS row CREATE (n:Entity:$($type)) SET n = row""");

    static final Bookkeeping UPSERT_ENTITIES = Bookkeeping.of("""
            UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n = row SET n:$($type)""");

    static final Bookkeeping CREATE_LINKS = Bookkeeping.of("""
            UNWIND $rows AS row
            MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
            CREATE (a)-[r:$($type)]->(b) SET r = row.props""");

    static final Bookkeeping UPSERT_LINKS = Bookkeeping.of("""
            UNWIND $rows AS row
            MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
            MERGE (a)-[r:$($type) {id: row.props.id}]->(b) SET r = row.props""");

    static final Bookkeeping CREATE_STATEMENTS = Bookkeeping.of("""
            UNWIND $rows AS row MATCH (e:Entity {id: row.entityId})
            CREATE (s:Statement)-[:STATES]->(e) SET s = row""");

    static final Bookkeeping UPSERT_STATEMENTS = Bookkeeping.of("""
            UNWIND $rows AS row MATCH (e:Entity {id: row.entityId})
            MERGE (s:Statement {id: row.id}) SET s = row MERGE (s)-[:STATES]->(e)""");

    /** Which of these ids are taken, seen or not: an upsert must not take over a record the session cannot see. */
    static final Bookkeeping EXISTING_IDS = Bookkeeping.of("""
            UNWIND $ids AS wanted MATCH (n:Entity {id: wanted}) RETURN n.id AS id""");

    /** The types of the entities of these ids the session may see: what a write may refer to. */
    static final SessionRead TYPES_OF = SessionRead.of("""
            UNWIND $ids AS wanted MATCH (n:Entity {id: wanted}) WHERE VISIBLE(n) RETURN n.id AS id, n.type AS type""");

    /** The entity's own record and the further statements about it the session may see, oldest first. */
    static final SessionRead STATEMENTS = SessionRead.of("""
            MATCH (e:Entity {id: $id}) WHERE VISIBLE(e)
            OPTIONAL MATCH (s:Statement)-[:STATES]->(e) WHERE VISIBLE(s)
            WITH e, s ORDER BY s.recordedAt, s.id
            RETURN e {.*} AS node, [x IN collect(s) | x {.*}] AS statements""");

    /** {@link #STATEMENTS} for a list of entities at once: one row per visible entity. */
    static final SessionRead STATEMENTS_OF_MANY = SessionRead.of("""
            UNWIND $ids AS wanted MATCH (e:Entity {id: wanted}) WHERE VISIBLE(e)
            OPTIONAL MATCH (s:Statement)-[:STATES]->(e) WHERE VISIBLE(s)
            WITH e, s ORDER BY s.recordedAt, s.id
            RETURN e {.*} AS node, [x IN collect(s) | x {.*}] AS statements""");

    /**
     * The import behind the entity and behind each statement about it and link of it the session may
     * see; a record entered by hand has none and is left out. (A subquery's {@code collect} over no
     * rows is an empty list, so an entity without statements or links still answers.)
     */
    static final SessionRead IMPORTS_BEHIND = SessionRead.of("""
            MATCH (e:Entity {id: $id}) WHERE VISIBLE(e)
            CALL (e) {
              MATCH (s:Statement)-[:STATES]->(e) WHERE VISIBLE(s) AND s.importId IS NOT NULL
              RETURN collect([s.id, s.importId]) AS stated
            }
            CALL (e) {
              MATCH (e)-[r]-(o:Entity) WHERE VISIBLE(r) AND VISIBLE(o) AND r.importId IS NOT NULL
              RETURN collect(DISTINCT [r.id, r.importId]) AS linked
            }
            RETURN e.importId AS own, stated, linked""");

    /**
     * The imports a session may see, with what a record of one needs ({@code $statuses}: the status
     * names): a restricted session sees its own agency's; a node another client gave the label is
     * left out.
     */
    static final SessionRead IMPORTS = SessionRead.of("""
            MATCH (i:NetzbildImport) WHERE OWN_IMPORT(i) AND i.status IN $statuses
              AND i.startedAt IS NOT NULL AND i.records IS NOT NULL
            RETURN i {.*} AS import ORDER BY i.startedAt, i.id""");

    /** Whether the session may see this import (undoing another agency's import answers as a missing one). */
    static final SessionRead OWN_IMPORT_STATE = SessionRead.of("""
            MATCH (i:NetzbildImport {id: $id}) WHERE OWN_IMPORT(i) RETURN i.id AS id""");

    static final Bookkeeping BEGIN_IMPORT = Bookkeeping.of("CREATE (i:NetzbildImport) SET i = $row");

    /**
     * A batch of a running import renews its lease and counts its records, in the batch's own
     * transaction; no row means the import is gone (rolled back or undone) and the batch must fail.
     */
    static final Bookkeeping IMPORT_ALIVE = Bookkeeping.of("""
            MATCH (i:NetzbildImport {id: $id}) WHERE i.status = 'RUNNING'
            SET i.heartbeatAt = $now, i.records = i.records + $records
            RETURN i.id AS id""");

    /** An import's status and last sign of life, for the lease. */
    static final Bookkeeping IMPORT_STATE = Bookkeeping.of("""
            MATCH (i:NetzbildImport {id: $id}) RETURN i.status AS status, i.heartbeatAt AS heartbeatAt""");

    static final Bookkeeping SET_IMPORT_STATUS = Bookkeeping.of("""
            MATCH (i:NetzbildImport {id: $id}) SET i.status = $status, i.records = coalesce($records, i.records)
            RETURN i.id AS id""");

    /**
     * What else hangs on an import's entities: links and statements of other imports (their ids)
     * or entered by hand (the empty string); and later imports that re-sent its records. Undoing
     * the import would take them along.
     */
    static final Bookkeeping IMPORT_DEPENDENTS = Bookkeeping.of("""
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
            RETURN DISTINCT other LIMIT 20""");

    /**
     * Adds to a running import's {@code reliesOn} the imports that wrote the records it re-sends:
     * the entities, its own agency's statements about them, and the links (found from their start
     * node, which the id constraint indexes). Records entered by hand have no import and add nothing.
     */
    static final Bookkeeping RELY_ON = Bookkeeping.of("""
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
                CASE WHEN other IS NULL OR other = i.id OR other IN acc THEN acc ELSE acc + other END)""");

    static final Bookkeeping DELETE_IMPORT_STATEMENTS = Bookkeeping.of("""
            MATCH (s:Statement {importId: $id}) WITH s LIMIT $batch DETACH DELETE s RETURN count(*) AS deleted""");

    /** Per link type, with the type written out so that the type's importId index serves the match. */
    static Bookkeeping deleteImportLinks(String type) {
        return Bookkeeping.of("MATCH ()-[r:" + identifier(type) + " {importId: $id}]->() WITH r LIMIT $batch DELETE r"
                + " RETURN count(*) AS deleted");
    }

    static final Bookkeeping DELETE_IMPORT_ENTITIES = Bookkeeping.of("""
            MATCH (n:Entity {importId: $id}) WITH n LIMIT $batch
            OPTIONAL MATCH (s:Statement)-[:STATES]->(n)
            WITH n, collect(s) AS statements
            FOREACH (s IN statements | DETACH DELETE s)
            DETACH DELETE n RETURN count(*) AS deleted""");

    static final Bookkeeping DELETE_IMPORT = Bookkeeping.of("MATCH (i:NetzbildImport {id: $id}) DELETE i");

    /**
     * Visible entities of one type whose identity key equals one of {@code $keys} (a list property
     * matches when it contains the value). The type and property names come from the ontology,
     * checked to be plain identifiers, never from user input; the values are parameters.
     */
    static SessionRead matching(String type, java.util.List<String> properties, java.util.Set<String> listProperties) {
        var conditions = new StringBuilder();
        for (int i = 0; i < properties.size(); i++) {
            String property = identifier(properties.get(i));
            conditions.append(listProperties.contains(property)
                    ? "key[" + i + "] IN n." + property : "n." + property + " = key[" + i + "]").append(" AND ");
        }
        return SessionRead.of("UNWIND $keys AS key MATCH (n:" + identifier(type) + ") WHERE " + conditions
                + "VISIBLE(n) RETURN DISTINCT n {.*} AS node");
    }

    private static String identifier(String name) {
        if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain ontology name: " + name);
        }
        return name;
    }

    /** Replaces an entity's record; the port has looked it up through {@link #TYPES_OF} in the same transaction. */
    static final Bookkeeping UPDATE_ENTITY = Bookkeeping.of("""
            MATCH (n:Entity {id: $id}) SET n = $row RETURN n.id AS id""");

    /**
     * A new event about an entity (a link to it, a statement about it) moves its review date on to
     * the event's, never back; reference data, which has none, keeps none (ADR 0022). The port has
     * looked the entities up through {@link #TYPES_OF} in the same transaction.
     *
     * <p>The index hint (here and wherever a review date is compared beside an id) keeps Neo4j from
     * planning, on a new and empty workspace, a scan of the review-date index per row, which it then
     * keeps for the whole first import ({@code StatementPlansTest}).
     */
    static final Bookkeeping MOVE_REVIEW_DATES = Bookkeeping.of("""
            UNWIND $moves AS move MATCH (n:Entity {id: move.id}) USING INDEX n:Entity(id)
            WHERE n.reviewBy IS NOT NULL AND n.reviewBy < move.reviewBy
            SET n.reviewBy = move.reviewBy""");

    /** The review queue: entities of the session's agencies whose review date has passed, earliest first. */
    static final SessionRead DUE_FOR_REVIEW = SessionRead.of("""
            MATCH (n:Entity) WHERE DUE(n) RETURN n {.*} AS node ORDER BY n.reviewBy, n.id LIMIT $limit""");

    // ---------------------------------------------------------------- duplicates (issue 20, ADR 0031)

    /** The visible persons, counted up to a limit (whether the duplicate hint runs at all). */
    static final SessionRead PERSON_COUNT = SessionRead.of("""
            MATCH (p:Person) WHERE VISIBLE(p)
            WITH p LIMIT $limit
            RETURN count(p) AS persons""");

    /**
     * What the duplicate matcher needs of the visible persons, a page at a time in id order: the
     * record's names and birth date, what the visible statements about it say of them, and the
     * visible addresses, identifiers and vehicles linked to it by visible links.
     */
    static final SessionRead PERSON_FACTS = SessionRead.of("""
            MATCH (p:Person) WHERE ($after IS NULL OR p.id > $after) AND VISIBLE(p)
            WITH p ORDER BY p.id LIMIT $limit
            CALL (p) {
              MATCH (s:Statement)-[:STATES]->(p) WHERE VISIBLE(s)
              WITH s ORDER BY s.recordedAt, s.id
              RETURN collect(s {.name, .names, .aliases, .birthDate, .sourceAgency}) AS stated
            }
            CALL (p) {
              MATCH (p)-[r]-(x:Entity) WHERE type(r) IN ['RESIDES_AT', 'USES', 'OWNS'] AND VISIBLE(r) AND VISIBLE(x)
              RETURN collect(DISTINCT CASE WHEN x.type = 'Address' THEN 'ADDRESS:' + x.full
                                           WHEN x.type = 'Identifier' THEN x.kind + ':' + x.value
                                           WHEN x.type = 'Vehicle' AND x.plate IS NOT NULL THEN 'PLATE:' + x.plate END) AS linked
            }
            RETURN p {.id, .name, .names, .aliases, .birthDate, .sourceAgency, .nationalIdNumbers, .passportNumbers} AS person,
                   stated, linked
            ORDER BY p.id""");

    /** The rejected pairs whose both entities the session may see. */
    static final SessionRead REJECTED_PAIRS = SessionRead.of("""
            MATCH (j:NetzbildRejection) WHERE VISIBLE(j)
            MATCH (a:Entity {id: j.first}) WHERE VISIBLE(a)
            MATCH (b:Entity {id: j.second}) WHERE VISIBLE(b)
            RETURN j.first AS first, j.second AS second""");

    /** Remembers a rejected pair; the port has looked both entities up through {@link #TYPES_OF}. */
    static final Bookkeeping REJECT_PAIR = Bookkeeping.of("""
            MERGE (j:NetzbildRejection {id: $row.id}) SET j = $row""");

    /** The statements about the absorbed entity now speak of the kept one; their ids, for the merge's record. */
    static final Bookkeeping MERGE_MOVE_STATEMENTS = Bookkeeping.of("""
            MATCH (a:Entity {id: $absorbed}) MATCH (k:Entity {id: $kept})
            CALL (a, k) {
              MATCH (s:Statement)-[st:STATES]->(a)
              DELETE st
              CREATE (s)-[:STATES]->(k) SET s.entityId = $kept
              RETURN collect(s.id) AS moved
            }
            RETURN moved""");

    /**
     * Every link of an entity to be absorbed, seen or not (none may stay on a node that is no longer an
     * entity): type, id and whether the entity is its start, its end or both.
     */
    static final Bookkeeping LINKS_OF = Bookkeeping.of("""
            MATCH (a:Entity {id: $id})-[r]-() WHERE type(r) <> 'STATES'
            RETURN DISTINCT type(r) AS type, r.id AS id, startNode(r) = a AS start, endNode(r) = a AS end""");

    /**
     * Moves the listed links' ends ({@code start}, {@code end}, both) to the entity {@code $target}.
     * Neo4j cannot move a relationship's end, so each is deleted and made anew with its type and
     * properties, its id among them, found by the id index of its type.
     */
    static final Bookkeeping MOVE_LINKS = Bookkeeping.of("""
            MATCH (t:Entity {id: $target})
            UNWIND $links AS l
            MATCH (s)-[r:$(l.type) {id: l.id}]->(e)
            WITH t, l, s, e, r, properties(r) AS p
            DELETE r
            WITH t, l, p, CASE WHEN l.start THEN t ELSE s END AS s2, CASE WHEN l.end THEN t ELSE e END AS e2
            CREATE (s2)-[n:$(l.type)]->(e2) SET n = p
            RETURN count(*) AS moved""");

    /**
     * The absorbed entity becomes a statement about the kept one, its properties untouched; returns its
     * labels before and the review dates, for the merge's record.
     */
    static final Bookkeeping MERGE_ABSORB = Bookkeeping.of("""
            MATCH (a:Entity {id: $absorbed}) MATCH (k:Entity {id: $kept})
            WITH a, k, labels(a) AS labels, k.reviewBy AS keptReviewBy, a.reviewBy AS absorbedReviewBy
            REMOVE a:$(labels)
            SET a:Statement, a.entityId = $kept, a.mergedInto = $merge
            MERGE (a)-[:STATES]->(k)
            SET k.reviewBy = CASE WHEN keptReviewBy IS NOT NULL AND absorbedReviewBy IS NOT NULL AND absorbedReviewBy > keptReviewBy
                                  THEN absorbedReviewBy ELSE keptReviewBy END
            RETURN labels, keptReviewBy, k.reviewBy AS mergedReviewBy, labels(k) AS keptLabels,
                   properties(k) AS keptProperties, properties(a) AS absorbedProperties""");

    static final Bookkeeping CREATE_MERGE = Bookkeeping.of("CREATE (m:NetzbildMerge) SET m = $row");

    /** A merge the session may undo: its record, the kept entity and the absorbed record visible to it. */
    static final SessionRead MERGE_RECORD = SessionRead.of("""
            MATCH (m:NetzbildMerge {id: $id}) WHERE VISIBLE(m)
            MATCH (k:Entity {id: m.kept}) WHERE VISIBLE(k)
            MATCH (s:Statement {id: m.absorbed}) WHERE VISIBLE(s) AND s.mergedInto = m.id
            RETURN m {.*} AS merge""");

    /** The merges the session may see and undo, oldest first, with what the kept and absorbed records are called. */
    static final SessionRead MERGES = SessionRead.of("""
            MATCH (m:NetzbildMerge) WHERE VISIBLE(m)
            MATCH (k:Entity {id: m.kept}) WHERE VISIBLE(k)
            MATCH (s:Statement {id: m.absorbed}) WHERE VISIBLE(s) AND s.mergedInto = m.id
            RETURN m {.*} AS merge, labels(k) AS keptLabels, properties(k) AS keptProperties,
                   properties(s) AS absorbedProperties
            ORDER BY m.recordedAt, m.id""");

    /** The absorbed record is an entity again, with the labels it had; the port has read the merge's record. */
    static final Bookkeeping UNMERGE_RESTORE = Bookkeeping.of("""
            MATCH (s:Statement {id: $absorbed}) WHERE s.mergedInto = $merge
            MATCH (s)-[st:STATES]->(:Entity {id: $kept})
            DELETE st
            REMOVE s:Statement, s.entityId, s.mergedInto
            SET s:$($labels)
            RETURN s.id AS id""");

    /** The statements that spoke of the absorbed entity speak of it again. */
    static final Bookkeeping UNMERGE_STATEMENTS = Bookkeeping.of("""
            MATCH (a:Entity {id: $absorbed})
            UNWIND $statements AS statementId
            MATCH (s:Statement {id: statementId})-[st:STATES]->(k:Entity {id: $kept})
            DELETE st
            CREATE (s)-[:STATES]->(a) SET s.entityId = $absorbed""");

    /** The kept entity's review date goes back unless something moved it since the merge. */
    static final Bookkeeping UNMERGE_REVIEW_DATE = Bookkeeping.of("""
            MATCH (k:Entity {id: $kept}) USING INDEX k:Entity(id) WHERE k.reviewBy = $mergedReviewBy SET k.reviewBy = $keptReviewBy""");

    static final Bookkeeping DELETE_MERGE = Bookkeeping.of("MATCH (m:NetzbildMerge {id: $id}) DELETE m");

    /** Whether this entity is in the session's review queue: what keeping, restricting and erasing it need. */
    static final SessionRead DUE_ENTITY = SessionRead.of("""
            MATCH (n:Entity {id: $id}) USING INDEX n:Entity(id) WHERE DUE(n) RETURN n.id AS id""");

    /** A reviewed entity is kept until a new date; the port has checked it through {@link #DUE_ENTITY}. */
    static final Bookkeeping KEEP = Bookkeeping.of("""
            MATCH (n:Entity {id: $id}) SET n.reviewBy = $reviewBy RETURN n.id AS id""");

    /**
     * A reviewed entity is kept until a new date for fewer eyes: its agency alone, or need-to-know
     * (the users and cases it names already, else its recorder alone).
     */
    static final Bookkeeping RESTRICT = Bookkeeping.of("""
            MATCH (n:Entity {id: $id})
            SET n.reviewBy = $reviewBy, n.handling = $handling,
                n.needToKnowUsers = CASE WHEN $handling = 'NEED_TO_KNOW' THEN n.needToKnowUsers END,
                n.needToKnowCases = CASE WHEN $handling = 'NEED_TO_KNOW' THEN n.needToKnowCases END
            RETURN n.id AS id""");

    static final SessionRead ENTITY = SessionRead.of("""
            MATCH (n:Entity {id: $id}) WHERE VISIBLE(n) RETURN n {.*} AS node""");

    static final SessionRead LINK = SessionRead.of("""
            MATCH (a:Entity)-[r:$($type) {id: $id}]->(b:Entity) WHERE VISIBLE(r) AND VISIBLE(a) AND VISIBLE(b)
            RETURN r""" + " " + LINK_PROJECTION.formatted("r") + " AS link");

    /**
     * Deletes an entity with its links and every statement about it; the port has looked it up
     * through {@link #TYPES_OF} in the same transaction.
     */
    static final Bookkeeping DELETE_ENTITY = Bookkeeping.of("""
            MATCH (n:Entity {id: $id})
            OPTIONAL MATCH (s:Statement)-[:STATES]->(n)
            WITH n, n.id AS id, collect(s) AS statements
            FOREACH (s IN statements | DETACH DELETE s)
            DETACH DELETE n RETURN id""");

    /**
     * Full-text search over the entities' own search text and over what further statements say
     * (another agency's spelling of a name finds the person); an entity found both ways counts once
     * with its better score. A statement counts only if the session may see it.
     */
    static final SessionRead SEARCH = SessionRead.of("""
            CALL () {
              CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $fetch}) YIELD node, score
              RETURN node AS hit, score
              UNION ALL
              CALL db.index.fulltext.queryNodes('statement_search', $query, {limit: $fetch}) YIELD node, score
              WHERE VISIBLE(node)
              MATCH (node)-[:STATES]->(e:Entity) WHERE VISIBLE(e)
              RETURN e AS hit, score
            }
            WITH hit, max(score) AS score
            WHERE (size($types) = 0 OR hit.type IN $types) AND VISIBLE(hit)
            WITH hit, score ORDER BY score DESC, hit.id LIMIT $limit
            RETURN hit {.*} AS node, score,
                   [(s:Statement)-[:STATES]->(hit) WHERE VISIBLE(s) | s.sourceAgency] AS stating
            ORDER BY score DESC, node.id""");

    /**
     * The persons whose name keys (ADR 0037) match {@code $nameKeys}, found by their own record or by a
     * visible statement about them (another agency's spelling, a merged record), with the spellings
     * that matched, so that the port can rank them by how alike the names are and say why.
     */
    static final SessionRead SEARCH_BY_NAME_KEYS = SessionRead.of("""
            CALL db.index.fulltext.queryNodes('name_keys', $nameKeys, {limit: $fetch}) YIELD node
            WHERE VISIBLE(node)
            OPTIONAL MATCH (node)-[:STATES]->(stated:Entity) WHERE VISIBLE(stated)
            WITH node, CASE WHEN node:Entity THEN node ELSE stated END AS hit
            WHERE hit IS NOT NULL AND (size($types) = 0 OR hit.type IN $types) AND VISIBLE(hit)
            WITH hit, collect(node {.name, .names, .aliases}) AS spellings
            ORDER BY hit.id LIMIT $fetch
            RETURN hit {.*} AS node, spellings,
                   [(s:Statement)-[:STATES]->(hit) WHERE VISIBLE(s) | s.sourceAgency] AS stating""");

    /** The centre, visible, and up to {@code $cap} of its new visible neighbours: the start of both one-hop statements. */
    private static final String CENTRE_AND_NEIGHBOURS = """
            MATCH (c:Entity {id: $id}) WHERE VISIBLE(c)
            CALL (c) {
              MATCH (c)-[r]-(b:Entity)
              WHERE (size($linkTypes) = 0 OR type(r) IN $linkTypes) AND NOT b.id IN $known
                AND VISIBLE(r) AND VISIBLE(b)
              WITH DISTINCT b LIMIT $cap
              RETURN collect(b) AS neighbours
            }
            """;

    /**
     * The whole one-hop answer of a small neighbourhood in one statement: the centre, its new
     * neighbours (up to {@code $cap}) and, when all of them fit and they are at most
     * {@code $together}, the links among them and the centre; otherwise {@code links} is null and
     * the port asks again with {@link #EXPAND_ONE_HOP} and {@link #LINKS_AMONG}. The links are
     * matched against a list built inside the query, searched element by element, which is cheap
     * for a few dozen entities and slow for hubs (measured in docs/benchmarks.md); over Bolt the one
     * statement saves the round trips of a second statement and of a commit.
     */
    static final SessionRead EXPAND_SMALL_NEIGHBOURHOOD = SessionRead.of(CENTRE_AND_NEIGHBOURS + """
            WITH c, neighbours, size(neighbours) < $cap AND size(neighbours) < $together AS small
            CALL (c, neighbours, small) {
              WITH [c] + neighbours AS shown WHERE small
              UNWIND shown AS a
              MATCH (a)-[l]->(e:Entity)
              WHERE e IN shown AND (size($linkTypes) = 0 OR type(l) IN $linkTypes)
                AND VISIBLE(a) AND VISIBLE(l) AND VISIBLE(e)
              RETURN collect(l""" + " " + LINK_PROJECTION.formatted("l") + """
            ) AS among
            }
            RETURN c {.*} AS node, [n IN neighbours | n {.*}] AS neighbours, CASE WHEN small THEN among END AS links""");

    /**
     * The centre and up to {@code $cap} new neighbours in one statement; the links among them follow
     * with {@link #LINKS_AMONG}, whose id list is a parameter that Cypher turns into a set once
     * (a list built inside the query was searched element by element for every candidate link,
     * which made hubs slow: measured in docs/benchmarks.md).
     */
    static final SessionRead EXPAND_ONE_HOP = SessionRead.of(CENTRE_AND_NEIGHBOURS + """
            RETURN c {.*} AS node, [n IN neighbours | n {.*}] AS neighbours""");

    /** One hop outwards from a frontier, distinct new neighbours only, capped. */
    static final SessionRead NEIGHBOURS = SessionRead.of("""
            UNWIND $frontier AS fid
            MATCH (a:Entity {id: fid})-[r]-(b:Entity)
            WHERE (size($linkTypes) = 0 OR type(r) IN $linkTypes) AND NOT b.id IN $known
              AND VISIBLE(a) AND VISIBLE(r) AND VISIBLE(b)
            WITH DISTINCT b LIMIT $cap RETURN b {.*} AS node""");

    /** How many direct neighbours of a centre are not yet known. */
    static final SessionRead UNSHOWN_NEIGHBOURS = SessionRead.of("""
            MATCH (a:Entity {id: $id})-[r]-(b:Entity)
            WHERE (size($linkTypes) = 0 OR type(r) IN $linkTypes) AND NOT b.id IN $known
              AND VISIBLE(a) AND VISIBLE(r) AND VISIBLE(b)
            RETURN count(DISTINCT b) AS unshown""");

    static final SessionRead ENTITIES = SessionRead.of("""
            UNWIND $ids AS wanted MATCH (n:Entity {id: wanted}) WHERE VISIBLE(n)
            RETURN n {.*} AS node""");

    /** The links among a set of entities: both ends and the link itself must be visible. */
    static final SessionRead LINKS_AMONG = SessionRead.of("""
            UNWIND $ids AS aid
            MATCH (a:Entity {id: aid})-[r]->(b:Entity)
            WHERE b.id IN $ids AND (size($linkTypes) = 0 OR type(r) IN $linkTypes)
              AND VISIBLE(a) AND VISIBLE(r) AND VISIBLE(b)
            RETURN r""" + " " + LINK_PROJECTION.formatted("r") + " AS link");

    /**
     * What an analysis reads of one entity (model.GraphSlice): who recorded it, its grading, the
     * agencies that state it too, what its type adds (a municipality's police authority, an
     * agency's kind, an incident's category and first day), and its visible outgoing links of
     * {@code $linkTypes} (all when empty) to visible entities.
     */
    private static final String SLICE_ROW = """
            n.id AS id, n.type AS type, n.sourceAgency AS agency,
            n.gradingScheme AS scheme, n.gradingSource AS source, n.gradingInformation AS information,
            CASE n.type WHEN 'Municipality' THEN n.policeAuthority WHEN 'Agency' THEN n.kind
              WHEN 'Incident' THEN n.category END AS detail,
            CASE n.type WHEN 'Incident' THEN n.dateFrom END AS date,
            [(s:Statement)-[:STATES]->(n) WHERE VISIBLE(s) | s.sourceAgency] AS stating,
            [(n)-[r]->(b:Entity) WHERE (size($linkTypes) = 0 OR type(r) IN $linkTypes) AND VISIBLE(r) AND VISIBLE(b)
              | [r.id, type(r), b.id, r.sourceAgency, r.gradingScheme, r.gradingSource, r.gradingInformation]] AS out""";

    /** One page of the whole store for an analysis, in id order after {@code $after} (the id index serves both). */
    static final SessionRead SLICE_PAGE = SessionRead.of("""
            MATCH (n:Entity) WHERE n.id > $after AND VISIBLE(n)
            WITH n ORDER BY n.id LIMIT $page
            RETURN
            """ + SLICE_ROW);

    /** The chosen entities for an analysis; links to entities outside the choice are dropped by the port. */
    static final SessionRead SLICE_OF = SessionRead.of("""
            UNWIND $ids AS wanted MATCH (n:Entity {id: wanted}) WHERE VISIBLE(n)
            RETURN
            """ + SLICE_ROW);

    static final SessionRead ENTITY_COUNTS = SessionRead.of("""
            MATCH (n:Entity) WHERE VISIBLE(n) RETURN n.type AS type, count(*) AS count""");

    static final SessionRead LINK_COUNTS = SessionRead.of("""
            MATCH (a:Entity)-[r]->(b:Entity) WHERE VISIBLE(r) AND VISIBLE(a) AND VISIBLE(b)
            RETURN type(r) AS type, count(*) AS count""");

    /**
     * Shortest paths need the length bound as a literal (Cypher does not take a parameter there),
     * so there is one statement per allowed bound, made here from the integer constants 1..max. The
     * filter on every node and relationship of the path is applied during the search, so the paths
     * found are the shortest among those the session may see. Up to {@code $count} paths are taken
     * (the count limit plus one, to tell "more than"), put in a fixed order — the entity ids along
     * the path, then the link ids — and the first {@code $maxPaths} returned with how many there were.
     */
    static SessionRead shortestPaths(int maxHops) {
        return shortestPaths(maxHops, Checked.DURING_THE_SEARCH);
    }

    /** Where a path statement checks the visibility of the records it walks through (ADR 0043). */
    private enum Checked { DURING_THE_SEARCH, LINKS_AFTER, ENTITIES_AND_LINKS_AFTER }

    /**
     * {@link #shortestPaths(int)} with the links' visibility checked after the search instead of at
     * every step: the breadth-first search crosses any link of the wanted types between visible
     * entities, and {@code linksVisible} says whether every link of every path found is visible. When
     * it is (and no more than {@code $count − 1} paths were found), these are exactly the paths the
     * strict statement finds: the strict search's graph is part of this one, so its shortest paths
     * cannot be shorter, and these are in it. Otherwise the port runs the strict statement, and no
     * path of this one is projected. Checking a link's visibility reads its properties, which on a
     * store of millions of links the search would do for every link it crosses: at 1M persons the
     * strict statement took 2.4× as long (see {@code docs/benchmarks.md}; ADR 0043).
     */
    static SessionRead shortestPathsLinksCheckedAfter(int maxHops) {
        return shortestPaths(maxHops, Checked.LINKS_AFTER);
    }

    /**
     * {@link #shortestPathsLinksCheckedAfter} with the entities in between checked after the search
     * too: the search walks through any node (no property read; links join only entities), and
     * {@code linksVisible} says whether every entity and link of every path found is visible; the same
     * argument makes these the strict statement's paths when it is. For a session that sees every
     * agency's records an entity is hidden only when its review date has passed, so the first try
     * nearly always holds; checking the entities during the search read three properties of every
     * entity it reached (at 1M persons the search took 1.8× plain Cypher's time with them; ADR 0043).
     */
    static SessionRead shortestPathsCheckedAfter(int maxHops) {
        return shortestPaths(maxHops, Checked.ENTITIES_AND_LINKS_AFTER);
    }

    private static SessionRead shortestPaths(int maxHops, Checked checked) {
        String linksDuring = checked == Checked.DURING_THE_SEARCH ? " AND VISIBLE(r)" : "";
        // with no condition on the nodes the searched graph holds the strict one whatever is in the store
        String entitiesDuring = checked == Checked.ENTITIES_AND_LINKS_AFTER ? "" : "\n  AND all(x IN nodes(p) WHERE VISIBLE(x))";
        String search = "MATCH (a:Entity {id: $from}) WHERE VISIBLE(a) MATCH (b:Entity {id: $to}) WHERE VISIBLE(b)\n"
                + "MATCH p = allShortestPaths((a)-[*.." + maxHops + "]-(b))\n"
                + "WHERE all(r IN relationships(p) WHERE (size($linkTypes) = 0 OR type(r) IN $linkTypes)" + linksDuring + ")"
                + entitiesDuring + "\n"
                + "WITH p LIMIT $count\n"
                + "WITH p ORDER BY [x IN nodes(p) | x.id], [r IN relationships(p) | r.id]\n"
                + "WITH collect(p) AS found\n";
        String projected = "[q IN found[0..$maxPaths] | {nodes: [x IN nodes(q) | x {.*}], links: [r IN relationships(q) | r "
                + LINK_PROJECTION.formatted("r") + "]}]";
        if (checked == Checked.DURING_THE_SEARCH) {
            return SessionRead.of(search + "RETURN size(found) AS found, " + projected + " AS paths");
        }
        String after = "all(r IN relationships(q) WHERE VISIBLE(r))"
                + (checked == Checked.ENTITIES_AND_LINKS_AFTER ? " AND all(x IN nodes(q) WHERE VISIBLE(x))" : "");
        // nothing of a path is projected unless every record of every path found is visible
        return SessionRead.of(search + "WITH found, all(q IN found WHERE " + after + ") AS linksVisible\n"
                + "RETURN size(found) AS found, linksVisible, CASE WHEN linksVisible THEN " + projected + " ELSE [] END AS paths");
    }
}
