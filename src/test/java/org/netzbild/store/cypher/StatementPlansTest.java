package org.netzbild.store.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.ExecutionPlanDescription;
import org.neo4j.graphdb.GraphDatabaseService;
import org.netzbild.store.embedded.EmbeddedDatabase;
import org.netzbild.store.embedded.StoreFolders;
import org.netzbild.testsupport.TemplateWorkspace;

/**
 * The plans Neo4j makes for the store's statements on a new, empty workspace, which is where every
 * user starts: a first import or the demo data is written with the plans made then, and Neo4j keeps
 * a plan until its statistics have moved far enough. On an empty store every scan costs nothing, so
 * the planner may prefer one to the id's unique index; a statement that finds a node by its id then
 * reads the whole index (or label) once per row, and a first import slows down with every batch.
 * (The review-date move did that: on an empty workspace it scanned every entity's review date for
 * each link it wrote, which made the 500-person demo data take 30 s instead of 5.)
 *
 * <p>So every statement that names a node by its id must seek that id in the unique index, on the
 * empty store as on a full one.
 */
class StatementPlansTest {

    /** {@code (n:Entity {id: $id})}: a node found by its id, with its variable and label. */
    private static final Pattern BY_ID = Pattern.compile("\\((\\w+):(\\w+) \\{id: [^}]+}\\)");
    /** The index a seek reads, from its details: {@code UNIQUE n:Entity(id) WHERE …} gives {@code n:Entity(id)}. */
    private static final Pattern INDEX_READ = Pattern.compile("^(?:UNIQUE |RANGE |TEXT |POINT )?(?:INDEX )?(\\w+:\\w+\\(\\w+\\))");
    private static final List<Class<?>> HOLDERS = List.of(Statements.class, CypherAccountStore.class,
            CypherAuditTrail.class, CypherGraphStore.class);

    @TempDir
    static Path folder;
    private static DatabaseManagementService service;
    private static GraphDatabaseService database;

    @BeforeAll
    static void aNewWorkspace() {
        service = EmbeddedDatabase.open(StoreFolders.graph(TemplateWorkspace.copyTo(folder.resolve("workspace"))));
        database = service.database("neo4j");
    }

    @AfterAll
    static void close() {
        service.shutdown();
    }

    @Test
    void everyNodeNamedByItsIdIsSoughtInTheUniqueIndexOnANewWorkspace() throws IllegalAccessException {
        var unique = labelsWithAUniqueId();
        assertThat(unique).contains("Entity", "Statement", "NetzbildImport");
        var checked = new ArrayList<String>();
        var misplanned = new ArrayList<String>();
        statements().forEach((name, cypher) -> {
            Matcher byId = BY_ID.matcher(cypher);
            var reads = new ArrayList<String>();
            collect(plan(cypher), reads);
            while (byId.find()) {
                String variable = byId.group(1);
                String wanted = variable + ":" + byId.group(2) + "(id)";
                // MERGE finds its node inside its own operator; a label without a unique id has no index to seek
                if (cypher.startsWith("MERGE ", Math.max(0, byId.start() - 6)) || !unique.contains(byId.group(2))) {
                    continue;
                }
                checked.add(name + " " + wanted);
                boolean sought = reads.contains(wanted);
                boolean expandedTo = reads.stream().anyMatch(r -> r.startsWith("Expand ") && r.contains("(" + variable + ")"));
                if (!sought && !expandedTo) {
                    misplanned.add(name + ": " + wanted + " is neither sought by its id nor reached from a node that was;"
                            + " the plan reads: " + reads);
                }
            }
        });
        assertThat(checked).as("statements that find a node by its id").hasSizeGreaterThan(30)
                .contains("Statements.MOVE_REVIEW_DATES n:Entity(id)", "Statements.DUE_ENTITY n:Entity(id)");
        assertThat(misplanned).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Set<String> labelsWithAUniqueId() {
        try (var tx = database.beginTx()) {
            var labels = new java.util.HashSet<String>();
            tx.execute("SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' AND properties = ['id']"
                    + " RETURN labelsOrTypes").forEachRemaining(row -> labels.addAll((List<String>) row.get("labelsOrTypes")));
            return labels;
        }
    }

    /** The statements as the store runs them: its own (session reads expanded), and the ones built per call. */
    private static Map<String, String> statements() throws IllegalAccessException {
        var statements = new LinkedHashMap<String, String>();
        for (Class<?> holder : HOLDERS) {
            for (Field field : holder.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && Query.class.isAssignableFrom(field.getType())) {
                    field.setAccessible(true);
                    Query query = (Query) field.get(null);
                    put(statements, holder.getSimpleName() + "." + field.getName(), query);
                }
            }
        }
        put(statements, "shortestPaths(3)", Statements.shortestPaths(3));
        put(statements, "shortestPathsLinksCheckedAfter(3)", Statements.shortestPathsLinksCheckedAfter(3));
        put(statements, "shortestPathsCheckedAfter(3)", Statements.shortestPathsCheckedAfter(3));
        put(statements, "matching(Person)", Statements.matching("Person", List.of("name", "birthDate"), Set.of()));
        put(statements, "deleteImportLinks(KNOWS)", Statements.deleteImportLinks("KNOWS"));
        return statements;
    }

    /** A statement as a restricted session runs it, and a session read also in an unrestricted session's form. */
    private static void put(Map<String, String> statements, String name, Query query) {
        statements.put(name, query.cypher());
        if (query instanceof SessionRead read) {
            statements.put(name + " (unrestricted)", read.cypher(true));
        }
    }

    private static ExecutionPlanDescription plan(String cypher) {
        try (var tx = database.beginTx()) {
            return tx.execute("EXPLAIN " + cypher, new HashMap<>()).getExecutionPlanDescription();
        }
    }

    /** How the plan reads nodes: "n:Entity(id)" for a seek in that index, "Expand (a)-[r]->(b)", or the operator. */
    private static void collect(ExecutionPlanDescription plan, List<String> reads) {
        String operator = plan.getName();
        Object details = plan.getArguments().get("Details");
        if (operator.startsWith("NodeUniqueIndexSeek") || operator.startsWith("NodeIndexSeek")) {
            Matcher index = INDEX_READ.matcher(String.valueOf(details));
            reads.add(index.find() ? index.group(1) : operator + " " + details);
        } else if (operator.contains("Scan") || operator.contains("Seek")) {
            reads.add(operator + " " + details);
        } else if (operator.contains("Expand")) {
            reads.add("Expand " + details);
        }
        plan.getChildren().forEach(child -> collect(child, reads));
    }
}
