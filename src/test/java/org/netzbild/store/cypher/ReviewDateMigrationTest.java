package org.netzbild.store.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.model.Entity;
import org.netzbild.schema.Migrations;
import org.netzbild.schema.Ontology;
import org.netzbild.security.Visibility;
import org.netzbild.store.embedded.EmbeddedRunner;
import org.netzbild.store.embedded.StoreFolders;
import org.netzbild.testsupport.TemplateWorkspace;

/**
 * Migration V009 on a store written before review dates existed: every record gets one from the
 * latest event about it (its own recording or a later statement) and the shipped period; reference
 * data gets none; a record whose date has thereby passed goes to the review queue.
 */
class ReviewDateMigrationTest {

    @TempDir
    Path folder;

    @Test
    void recordsWithoutAReviewDateGetOneFromTheirLatestEventAndReferenceDataGetsNone() {
        Path workspace = TemplateWorkspace.copyTo(folder.resolve("ws"));
        try (var runner = EmbeddedRunner.open(StoreFolders.graph(workspace))) {
            runner.write(tx -> tx.run("""
                    CREATE (a:Entity:Person {id: 'alt-1', type: 'Person', name: 'Alt Eins', sourceAgency: 'pp-essen',
                            recordedAt: datetime('2018-05-01T10:00:00Z'), recordedBy: 'x', nature: 'FACT', handling: 'OPEN'})
                    CREATE (s:Statement {id: 'alt-1-zoll', entityId: 'alt-1', type: 'Person', sourceAgency: 'hza-duisburg',
                            recordedAt: datetime('2021-02-01T08:00:00Z'), recordedBy: 'y', nature: 'FACT', handling: 'OPEN'})
                    CREATE (s)-[:STATES]->(a)
                    CREATE (:Entity:Person {id: 'alt-2', type: 'Person', name: 'Alt Zwei', sourceAgency: 'pp-essen',
                            recordedAt: datetime('2010-01-01T10:00:00Z'), recordedBy: 'x', nature: 'FACT', handling: 'OPEN'})
                    WITH 1 AS one MATCH (v:NetzbildSchema) SET v.version = 8""", Map.of()));

            var store = new CypherGraphStore(runner, Ontology.standard(), Visibility.everything());
            assertThat(store.migrate(Migrations.standard())).isEqualTo(Migrations.latestVersion());

            assertThat(reviewBy(runner, "alt-1")).isEqualTo(LocalDate.of(2031, 2, 1));
            assertThat(reviewBy(runner, "alt-2")).isEqualTo(LocalDate.of(2020, 1, 1));
            assertThat(reviewBy(runner, "mun-essen")).isNull();
            assertThat(store.entity("alt-2")).isEmpty();
            assertThat(store.dueForReview(10_000)).extracting(Entity::id).contains("alt-2").doesNotContain("alt-1");
        }
    }

    private static LocalDate reviewBy(EmbeddedRunner runner, String id) {
        List<Map<String, Object>> rows = runner.read(tx -> tx.run("MATCH (n:Entity {id: $id}) RETURN n.reviewBy AS reviewBy",
                Map.of("id", id)));
        assertThat(rows).as(id).hasSize(1);
        return (LocalDate) rows.getFirst().get("reviewBy");
    }
}
