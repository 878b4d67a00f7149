package org.netzbild.store.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A read of records cannot be written without the visibility rule on every record it binds. */
class SessionReadTest {

    @Test
    void aReadWithTheRuleOnEveryRecordIsExpandedToTheRule() {
        var read = SessionRead.of("MATCH (a:Entity {id: $id})-[r]-(b:Entity) WHERE VISIBLE(a) AND VISIBLE(r) AND VISIBLE(b) RETURN b");

        assertThat(read.cypher()).doesNotContain("VISIBLE(").contains("CASE a.handling WHEN 'OPEN' THEN true", "r.sourceAgency IN $agencies",
                "$user IN coalesce(b.needToKnowUsers, [])", "c IN $cases");
    }

    @Test
    void theRuleLeavesOutEntitiesWhoseReviewDateHasPassedAndTheQueuesRuleFindsOnlyThose() {
        var read = SessionRead.of("MATCH (a:Entity {id: $id})-[r]-(b:Entity) WHERE VISIBLE(a) AND VISIBLE(r) AND VISIBLE(b) RETURN b");
        assertThat(read.cypher()).contains("WHEN a:Entity AND NOT coalesce(a.reviewBy >= $today, a.reviewBy IS NULL) THEN false",
                "WHEN r:Entity AND NOT coalesce(r.reviewBy >= $today, r.reviewBy IS NULL) THEN false");

        var due = SessionRead.of("MATCH (n:Entity) WHERE DUE(n) RETURN n");
        assertThat(due.cypher()).doesNotContain("DUE(").contains("n.reviewBy < $today", "n.sourceAgency IN $agencies")
                .doesNotContain("handling");
        assertThatThrownBy(() -> Bookkeeping.of("MATCH (n:Entity) WHERE DUE(n) SET n.reviewBy = $d"))
                .hasMessageContaining("session read");
    }

    @Test
    void aRecordBoundWithoutTheRuleIsRefused() {
        assertThatThrownBy(() -> SessionRead.of("MATCH (a:Entity {id: $id})-[r]-(b:Entity) WHERE VISIBLE(a) AND VISIBLE(r) RETURN b"))
                .hasMessageContaining("'b'");
        assertThatThrownBy(() -> SessionRead.of("MATCH (a:Entity)-[r]->(b) WHERE VISIBLE(a) AND VISIBLE(b) RETURN r"))
                .hasMessageContaining("'r'");
        assertThatThrownBy(() -> SessionRead.of("MATCH (n:Entity) RETURN count(n)"))
                .hasMessageContaining("without a visibility rule");
    }

    @Test
    void aRuleThatIsNegatedOrOneSideOfAnOrIsRefused() {
        for (String loose : List.of("MATCH (n:Entity) WHERE NOT VISIBLE(n) RETURN n",
                "MATCH (n:Entity) WHERE n.open OR VISIBLE(n) RETURN n",
                "MATCH (n:Entity) WHERE VISIBLE(n) OR n.open RETURN n",
                "MATCH (n:Entity) WHERE NOT (VISIBLE(n)) RETURN n",
                "MATCH (n:Entity) WHERE VISIBLE(n) = false RETURN n",
                "MATCH (n:Entity) WHERE VISIBLE(n) IS NULL RETURN n")) {
            assertThatThrownBy(() -> SessionRead.of(loose)).as(loose).hasMessageContaining("condition that holds");
        }
        assertThat(SessionRead.of("MATCH (n:Entity) WHERE n.open AND (VISIBLE(n)) RETURN n").cypher()).contains("CASE");
    }

    @Test
    void anUnnamedRelationshipOrAnUnfilteredPathIsRefused() {
        assertThatThrownBy(() -> SessionRead.of("MATCH (a:Entity)-[:OWNS]->(b:Entity) WHERE VISIBLE(a) AND VISIBLE(b) RETURN b"))
                .hasMessageContaining("unnamed relationship");
        assertThatThrownBy(() -> SessionRead.of("MATCH p = (a:Entity)-[*..3]-(b:Entity) WHERE VISIBLE(a) AND VISIBLE(b) RETURN p"))
                .hasMessageContaining("variable-length");
        // checked after the search, the paths must not be projected unless the check held
        String checkedAfter = """
                MATCH (a:Entity {id: $from}) WHERE VISIBLE(a) MATCH (b:Entity {id: $to}) WHERE VISIBLE(b)
                MATCH p = allShortestPaths((a)-[*..3]-(b))
                WITH collect(p) AS found
                WITH found, all(q IN found WHERE all(r IN relationships(q) WHERE VISIBLE(r)) AND all(x IN nodes(q) WHERE VISIBLE(x))) AS linksVisible
                RETURN %s AS paths""";
        assertThatThrownBy(() -> SessionRead.of(checkedAfter.formatted("found")))
                .hasMessageContaining("variable-length");
        assertThat(SessionRead.of(checkedAfter.formatted("CASE WHEN linksVisible THEN found ELSE [] END")).cypher())
                .contains("allShortestPaths");
        // a statement's tie to its entity is no record of its own
        assertThat(SessionRead.of("MATCH (s:Statement)-[:STATES]->(e:Entity) WHERE VISIBLE(s) AND VISIBLE(e) RETURN s").cypher())
                .contains("[:STATES]");
    }

    @Test
    void functionCallsAndListsAreNoRecords() {
        assertThat(SessionRead.recordVariables("""
                MATCH (n:Entity) WHERE VISIBLE(n) RETURN count(n), collect(n), [x IN collect(n) | x {.*}], size($ids), key[0]"""))
                .containsExactly("n");
    }

    @Test
    void everyReadOfTheStatementsIsASessionReadAndEveryOtherStatementBookkeeping() throws Exception {
        int reads = 0;
        for (Field field : Statements.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Query.class.isAssignableFrom(field.getType())) {
                Object statement = field.get(null);
                assertThat(statement).as(field.getName()).isInstanceOf(field.getType());
                if (statement instanceof SessionRead read) {
                    reads++;
                    assertThat(read.cypher()).as(field.getName()).doesNotContain("VISIBLE(", "OWN_IMPORT(", "DUE(");
                } else {
                    assertThat(((Bookkeeping) statement).cypher()).as(field.getName()).doesNotContain(" RETURN n {.*}", "AS node");
                }
            }
        }
        assertThat(reads).isGreaterThanOrEqualTo(15);
        for (int hops = 1; hops <= org.netzbild.model.PathRequest.MAX_HOPS; hops++) {
            assertThat(Statements.shortestPaths(hops).cypher()).contains("*.." + hops + "]");
        }
    }
}
