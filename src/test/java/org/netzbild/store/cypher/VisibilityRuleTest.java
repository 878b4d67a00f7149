package org.netzbild.store.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.store.embedded.EmbeddedRunner;

/**
 * The visibility rule as Cypher ({@link SessionRead#visible}) against the rule as written in
 * {@link org.netzbild.security.Visibility} and ADR 0022, on every combination of what decides it:
 * id, stating agency, handling (the three, none, and foreign values), review date (none, passed,
 * today, ahead, not a date), entity or not, recorder, named users and named cases, for an
 * unrestricted and a restricted session. Each record gets a number; the records a read through the
 * rule returns must be exactly those the rule below admits.
 */
class VisibilityRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final String USER = "analyst.essen";
    private static final String AGENCY = "pp-essen";
    private static final String CASE = "EK-Clan-2026";

    @TempDir
    Path folder;

    @Test
    void theRuleInCypherKeepsExactlyTheRecordsTheRuleAdmits() {
        List<Map<String, Object>> records = everyCombination();
        try (var runner = EmbeddedRunner.open(folder.resolve("graph"))) {
            write(runner, records);
            var read = SessionRead.of("MATCH (x:Rule) WHERE VISIBLE(x) RETURN x.number AS number");

            for (boolean unrestricted : new boolean[] {true, false}) {
                var parameters = Map.<String, Object>of("unrestricted", unrestricted, "today", TODAY,
                        "agencies", List.of(AGENCY), "user", USER, "cases", List.of(CASE));
                var seen = numbers(runner, read.cypher(), parameters);
                // the form an unrestricted session runs (SessionRead.visibleToAll) keeps the same records
                assertThat(numbers(runner, read.cypher(unrestricted), parameters)).as("the session's form").isEqualTo(seen);

                var admitted = new TreeSet<Long>();
                records.stream().filter(record -> admits(record, unrestricted))
                        .forEach(record -> admitted.add((Long) properties(record).get("number")));
                assertThat(seen).as(unrestricted ? "unrestricted" : "restricted").isEqualTo(admitted);
                assertThat(admitted).as("the table has records on both sides").isNotEmpty().hasSizeLessThan(records.size());
            }
        }
    }

    /**
     * The review queue's rule and the imports' rule in the form an unrestricted session runs keep
     * what the whole rule keeps with {@code $unrestricted} true; a restricted session runs the whole rule.
     */
    @Test
    void theUnrestrictedFormsOfTheReviewAndImportRulesKeepWhatTheWholeRulesKeep() {
        List<Map<String, Object>> records = everyCombination();
        try (var runner = EmbeddedRunner.open(folder.resolve("graph"))) {
            write(runner, records);
            var parameters = Map.<String, Object>of("unrestricted", true, "today", TODAY,
                    "agencies", List.of(AGENCY), "user", USER, "cases", List.of(CASE));
            for (String template : List.of("MATCH (x:Rule) WHERE DUE(x) RETURN x.number AS number",
                    "MATCH (x:Rule) WHERE OWN_IMPORT(x) RETURN x.number AS number")) {
                var read = SessionRead.of(template);
                var whole = numbers(runner, read.cypher(), parameters);
                assertThat(read.cypher(true)).as(template).isNotEqualTo(read.cypher());
                assertThat(numbers(runner, read.cypher(true), parameters)).as(template).isEqualTo(whole);
                assertThat(whole).as("records on both sides").isNotEmpty().hasSizeLessThan(records.size());
                assertThat(read.cypher(false)).isEqualTo(read.cypher());
            }
        }
    }

    /**
     * Each record as a {@code Rule} node ({@code Entity} too where it is one), its stating agency and
     * recorder also under the names an import's bookkeeping node uses ({@code agency}, {@code user}).
     */
    private static void write(EmbeddedRunner runner, List<Map<String, Object>> records) {
        runner.write(tx -> tx.run("""
                UNWIND $records AS record
                CREATE (n:Rule) SET n = record.properties, n.agency = n.sourceAgency, n.user = n.recordedBy
                WITH n, record WHERE record.entity SET n:Entity
                """, Map.of("records", records)));
    }

    private static TreeSet<Long> numbers(EmbeddedRunner runner, String cypher, Map<String, Object> parameters) {
        var seen = new TreeSet<Long>();
        runner.read(tx -> tx.run(cypher, parameters)).forEach(row -> seen.add((Long) row.get("number")));
        return seen;
    }

    /** The rule as its documentation states it, in plain Java. */
    private static boolean admits(Map<String, Object> record, boolean unrestricted) {
        Map<String, Object> p = properties(record);
        if (p.get("id") == null || p.get("sourceAgency") == null) {
            return false; // not one of ours
        }
        Object reviewBy = p.get("reviewBy");
        boolean ahead = reviewBy == null || reviewBy instanceof LocalDate date && !date.isBefore(TODAY);
        if ((Boolean) record.get("entity") && !ahead) {
            return false; // storage limitation: up for review
        }
        if (unrestricted) {
            return true;
        }
        Object handling = p.get("handling");
        if ("OPEN".equals(handling)) {
            return true;
        }
        if ("AGENCY_ONLY".equals(handling)) {
            return AGENCY.equals(p.get("sourceAgency"));
        }
        if ("NEED_TO_KNOW".equals(handling)) {
            return USER.equals(p.get("recordedBy")) || contains(p.get("needToKnowUsers"), USER)
                    || contains(p.get("needToKnowCases"), CASE);
        }
        return false;
    }

    private static boolean contains(Object list, String value) {
        return list instanceof String[] values && Arrays.asList(values).contains(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> record) {
        return (Map<String, Object>) record.get("properties");
    }

    private static List<Map<String, Object>> everyCombination() {
        var records = new ArrayList<Map<String, Object>>();
        long number = 0;
        for (Object id : values("r", null)) {
            for (Object agency : values(AGENCY, "zoll-essen", null)) {
                for (Object handling : values("OPEN", "AGENCY_ONLY", "NEED_TO_KNOW", null, "SECRET", 3L)) {
                    for (Object reviewBy : values(null, TODAY.minusDays(1), TODAY, TODAY.plusYears(1), "2099-01-01")) {
                        for (boolean entity : new boolean[] {true, false}) {
                            for (Object recordedBy : values(USER, "other.user", null)) {
                                for (Object users : values(null, new String[] {USER}, new String[] {"other.user"})) {
                                    for (Object cases : values(null, new String[] {CASE}, new String[] {"EK-Other"})) {
                                        var properties = new HashMap<String, Object>();
                                        properties.put("number", number++);
                                        put(properties, "id", id == null ? null : id + Long.toString(number));
                                        put(properties, "sourceAgency", agency);
                                        put(properties, "handling", handling);
                                        put(properties, "reviewBy", reviewBy);
                                        put(properties, "recordedBy", recordedBy);
                                        put(properties, "needToKnowUsers", users);
                                        put(properties, "needToKnowCases", cases);
                                        records.add(Map.of("entity", entity, "properties", properties));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return records;
    }

    private static List<Object> values(Object... values) {
        return Arrays.asList(values);
    }

    private static void put(Map<String, Object> properties, String key, Object value) {
        if (!Objects.isNull(value)) {
            properties.put(key, value);
        }
    }
}
