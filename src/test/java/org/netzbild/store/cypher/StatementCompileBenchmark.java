package org.netzbild.store.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.graphdb.GraphDatabaseService;
import org.netzbild.testsupport.TemplateWorkspace;

/**
 * What Neo4j takes to compile the store's reads, with the visibility rule as one {@code CASE}
 * ({@link SessionRead#visible}, ours) against the same rule as the disjunction it was written as
 * before (the reference): every session read of {@link Statements} (the expands among them), the
 * path read and a duplicate match, each compiled by {@code EXPLAIN} with a fresh comment so that the query cache never answers, ours
 * and the reference alternating which goes first, after a third of the rounds as warm-up, on a
 * migrated workspace. A workspace compiles each statement anew at every start of the program (and
 * the test suite starts about 300 of them), so this is the cost of a first search, expand or
 * import after the start.
 *
 * <p>A third column: each read in the form an unrestricted session runs ({@code SessionRead.cypher(true)}:
 * the rule without its restricted branches), compiled the same way after the pair.
 *
 * <p>Both forms must keep the same records: each read also runs in both forms on a restricted
 * session and must return the same rows (the rule itself, record by record, is {@link VisibilityRuleTest}).
 *
 * <p>Not part of the normal build: {@code ./mvnw -B test -Pbench -Dtest=StatementCompileBenchmark}
 * ({@code -Dbench.rounds=} changes the rounds). The table goes to
 * {@code target/screenshots/statement-compile.md}. No timing is asserted.
 */
@Tag("bench")
class StatementCompileBenchmark {

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 9);
    private static final String MARK = "x9q";

    @TempDir
    Path folder;

    @Test
    void compilingTheReadsWithTheRuleAsOneCaseAgainstTheDisjunction() throws Exception {
        Map<String, String> ours = reads(false);
        Map<String, String> reference = new java.util.LinkedHashMap<>();
        ours.forEach((name, cypher) -> reference.put(name, disjunctive(cypher)));
        reference.forEach((name, cypher) -> assertThat(cypher).as(name).doesNotContain("THEN false WHEN $unrestricted"));

        Path workspace = TemplateWorkspace.copyTo(folder.resolve("workspace"));
        var service = org.netzbild.store.embedded.EmbeddedDatabase.open(org.netzbild.store.embedded.StoreFolders.graph(workspace));
        try {
            GraphDatabaseService database = service.database("neo4j");
            var parameters = Map.<String, Object>of("unrestricted", false, "today", java.time.LocalDate.now(),
                    "agencies", List.of(TemplateWorkspace.AGENCY), "user", TemplateWorkspace.ANALYST, "cases", List.of("EK-1"));
            var samePlan = new java.util.HashMap<String, Boolean>();
            var plans = new StringBuilder();
            for (String name : ours.keySet()) {
                assertThat(answer(database, ours.get(name), parameters)).as(name)
                        .isEqualTo(answer(database, reference.get(name), parameters));
                String oursPlan = plan(database, ours.get(name));
                String referencePlan = plan(database, reference.get(name));
                samePlan.put(name, oursPlan.equals(referencePlan));
                if (!oursPlan.equals(referencePlan)) {
                    plans.append("\n- `").append(name).append("`: ours ").append(oursPlan).append(", reference ").append(referencePlan);
                }
            }

            long[] oursNanos = new long[ours.size()];
            long[] referenceNanos = new long[ours.size()];
            long[] unrestrictedNanos = new long[ours.size()];
            Map<String, String> unrestricted = reads(true);
            int salt = 0;
            int warmUp = ROUNDS / 3;
            var names = List.copyOf(ours.keySet());
            for (int round = 0; round < ROUNDS; round++) {
                for (int i = 0; i < names.size(); i++) {
                    for (int turn = 0; turn < 2; turn++) {
                        boolean oursNow = (round + i + turn) % 2 == 0;
                        String cypher = (oursNow ? ours : reference).get(names.get(i));
                        long took = explain(database, cypher, salt++);
                        if (round >= warmUp) {
                            (oursNow ? oursNanos : referenceNanos)[i] += took;
                        }
                    }
                    // the form an unrestricted session runs (SessionRead.visibleToAll), after the two
                    long took = explain(database, unrestricted.get(names.get(i)), salt++);
                    if (round >= warmUp) {
                        unrestrictedNanos[i] += took;
                    }
                }
            }
            write(names, oursNanos, referenceNanos, unrestrictedNanos, ROUNDS - warmUp, samePlan, plans);
        } finally {
            service.shutdown();
        }
    }

    /**
     * Every session read of the store's statements by field name, plus the path and match reads, in
     * the form a restricted or an unrestricted session runs.
     */
    private static Map<String, String> reads(boolean unrestricted) throws IllegalAccessException {
        var reads = new java.util.LinkedHashMap<String, String>();
        for (Field field : Statements.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Query.class.isAssignableFrom(field.getType())) {
                field.setAccessible(true);
                if (field.get(null) instanceof SessionRead read) {
                    reads.put(field.getName(), read.cypher(unrestricted));
                }
            }
        }
        reads.put("shortestPaths(3)", Statements.shortestPaths(3).cypher(unrestricted));
        reads.put("matching(Person)", Statements.matching("Person", List.of("name", "birthDate"), java.util.Set.of())
                .cypher(unrestricted));
        assertThat(reads).hasSizeGreaterThanOrEqualTo(15);
        return reads;
    }

    /** The rule as it was written before: the same conditions as a disjunction of conjunctions. */
    static String disjunctive(String cypher) {
        String[] parts = SessionRead.visible(MARK).split(MARK, -1);
        var pattern = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            pattern.append(Pattern.quote(parts[i]));
            if (i < parts.length - 1) {
                pattern.append(i == 0 ? "(\\w+)" : "\\1");
            }
        }
        Matcher matcher = Pattern.compile(pattern.toString()).matcher(cypher);
        return matcher.replaceAll(match -> Matcher.quoteReplacement(before(match.group(1))));
    }

    private static String before(String x) {
        return "(" + x + ".id IS NOT NULL AND " + x + ".sourceAgency IS NOT NULL AND (NOT " + x + ":Entity OR " + x
                + ".reviewBy IS NULL OR " + x + ".reviewBy >= $today) AND ($unrestricted OR "
                + x + ".handling = 'OPEN' OR (" + x + ".handling = 'AGENCY_ONLY' AND " + x + ".sourceAgency IN $agencies)"
                + " OR (" + x + ".handling = 'NEED_TO_KNOW' AND (" + x + ".recordedBy = $user OR $user IN coalesce("
                + x + ".needToKnowUsers, []) OR any(c IN coalesce(" + x + ".needToKnowCases, []) WHERE c IN $cases)))))";
    }

    /** The rows of a read with every parameter it names given (an empty list or nothing where the rule's are not). */
    private static List<Map<String, Object>> answer(GraphDatabaseService database, String cypher, Map<String, Object> rule) {
        var parameters = new java.util.HashMap<String, Object>(rule);
        Matcher names = Pattern.compile("\\$(\\w+)").matcher(cypher);
        while (names.find()) {
            if (!parameters.containsKey(names.group(1))) {
                parameters.put(names.group(1), guess(names.group(1)));
            }
        }
        try (var tx = database.beginTx(); var result = tx.execute(cypher, parameters)) {
            var rows = new ArrayList<Map<String, Object>>();
            result.forEachRemaining(rows::add);
            return rows.stream().map(Object::toString).sorted().map(row -> Map.<String, Object>of("row", row)).toList();
        }
    }

    /** The operators of the plan Neo4j chose, without their expressions: the same shape reads the same records. */
    private static String plan(GraphDatabaseService database, String cypher) {
        try (var tx = database.beginTx(); var result = tx.execute("EXPLAIN " + cypher)) {
            return shape(result.getExecutionPlanDescription());
        }
    }

    private static String shape(org.neo4j.graphdb.ExecutionPlanDescription plan) {
        return plan.getName() + plan.getChildren().stream().map(StatementCompileBenchmark::shape).toList();
    }

    private static Object guess(String name) {
        return switch (name) {
            case "limit", "fetch", "cap", "page", "together", "maxPaths", "batch", "count" -> 50L;
            case "type" -> "Person";
            case "query", "nameKeys" -> "essen";
            case "ids", "known", "linkTypes", "types", "frontier", "statuses", "keys", "rows", "labels", "entities",
                 "links", "statements", "moves", "records" -> List.of();
            case "after" -> null;
            default -> "";
        };
    }

    private static long explain(GraphDatabaseService database, String cypher, int salt) {
        long start = System.nanoTime();
        try (var tx = database.beginTx(); var result = tx.execute("EXPLAIN " + cypher + "\n// " + salt)) {
            result.resultAsString();
        }
        return System.nanoTime() - start;
    }

    private static void write(List<String> names, long[] ours, long[] reference, long[] unrestricted, int rounds,
                              Map<String, Boolean> samePlan, CharSequence plans) throws IOException {
        var table = new StringBuilder("| read | ours (one CASE) ms | reference (disjunction) ms | ratio | same plan"
                + " | unrestricted form ms | its ratio to ours |\n|---|---|---|---|---|---|---|\n");
        long oursTotal = 0;
        long referenceTotal = 0;
        long unrestrictedTotal = 0;
        for (int i = 0; i < names.size(); i++) {
            table.append(String.format(Locale.ROOT, "| `%s` | %.1f | %.1f | %.2f | %s | %.1f | %.2f |%n", names.get(i),
                    ours[i] / 1e6 / rounds, reference[i] / 1e6 / rounds, (double) ours[i] / reference[i],
                    samePlan.get(names.get(i)) ? "yes" : "**no**", unrestricted[i] / 1e6 / rounds, (double) unrestricted[i] / ours[i]));
            oursTotal += ours[i];
            referenceTotal += reference[i];
            unrestrictedTotal += unrestricted[i];
        }
        table.append(String.format(Locale.ROOT, "| **all %d reads** | **%.0f** | **%.0f** | **%.2f** | | **%.0f** | **%.2f** |%n",
                names.size(), oursTotal / 1e6 / rounds, referenceTotal / 1e6 / rounds, (double) oursTotal / referenceTotal,
                unrestrictedTotal / 1e6 / rounds, (double) unrestrictedTotal / oursTotal));
        if (!plans.isEmpty()) {
            table.append("\nThe plans that differ (operators only):\n").append(plans).append('\n');
        }
        Path out = Path.of("target/screenshots/statement-compile.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
        System.out.println(table);
    }
}
