package org.netzbild.store.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.model.SearchHit;
import org.netzbild.model.SearchRequest;
import org.netzbild.schema.Migrations;
import org.netzbild.schema.Ontology;
import org.netzbild.security.Visibility;
import org.netzbild.store.StoreLocation;
import org.netzbild.store.bolt.BoltRunner;
import org.netzbild.store.embedded.EmbeddedRunner;
import org.netzbild.testsupport.LocalBoltServer;

/**
 * Migration V012 on a store written before the name keys (ADR 0037), on both adapters: the persons
 * and the statements about persons written at version 11 get their keys, a record of another type
 * gets none, and search then finds a person by a spelling only the keys join (Mohamed Hasan: Muhammad
 * El Hassan).
 */
class NameKeysMigrationTest {

    @TempDir
    Path folder;

    @Test
    void anEmbeddedStoreOfVersion11GetsTheKeysOfItsPersons() {
        try (var runner = EmbeddedRunner.open(folder.resolve("graph"))) {
            personsWrittenAtVersion11ThenMigrated(runner);
        }
    }

    @Test
    void aServerOverBoltOfVersion11GetsTheKeysOfItsPersons() throws Exception {
        try (var server = LocalBoltServer.start(folder.resolve("server"))) {
            var runner = BoltRunner.connect(new StoreLocation.Remote(URI.create(server.uri()), "neo4j", "unused".toCharArray(), null));
            try {
                personsWrittenAtVersion11ThenMigrated(runner);
            } finally {
                runner.close();
            }
        }
    }

    private static void personsWrittenAtVersion11ThenMigrated(CypherRunner runner) {
        var store = new CypherGraphStore(runner, Ontology.standard(), Visibility.everything());
        assertThat(store.migrate(Migrations.standard().subList(0, 11))).isEqualTo(11);
        runner.write(tx -> tx.run("""
                CREATE (a:Entity:Person {id: 'alt-1', type: 'Person', name: 'Muhammad El Hassan', sourceAgency: 'pp-essen',
                        recordedAt: datetime('2024-05-01T10:00:00Z'), recordedBy: 'x', nature: 'FACT', handling: 'OPEN',
                        reviewBy: date('2099-01-01'), searchText: 'Muhammad El Hassan'})
                CREATE (:Entity:Business {id: 'alt-2', type: 'Business', name: 'Hasan Imbiss', sourceAgency: 'pp-essen',
                        recordedAt: datetime('2024-05-01T10:00:00Z'), recordedBy: 'x', nature: 'FACT', handling: 'OPEN',
                        reviewBy: date('2099-01-01'), searchText: 'Hasan Imbiss'})
                CREATE (b:Entity:Person {id: 'alt-3', type: 'Person', name: 'Brigitte Sommer', sourceAgency: 'pp-essen',
                        recordedAt: datetime('2024-05-01T10:00:00Z'), recordedBy: 'x', nature: 'FACT', handling: 'OPEN',
                        reviewBy: date('2099-01-01'), searchText: 'Brigitte Sommer'})
                CREATE (s:Statement {id: 'alt-3-zoll', entityId: 'alt-3', type: 'Person', sourceAgency: 'hza-duisburg',
                        names: ['Birgit Sommer-Yilmaz'], recordedAt: datetime('2025-02-01T08:00:00Z'), recordedBy: 'y',
                        nature: 'FACT', handling: 'OPEN', reviewBy: date('2099-01-01'), searchText: 'Birgit Sommer-Yilmaz'})
                CREATE (s)-[:STATES]->(b)""", Map.of()));

        assertThat(store.migrate(Migrations.standard())).isEqualTo(Migrations.latestVersion()).isEqualTo(12);

        assertThat(keys(runner, "alt-1")).contains("cmhmd", "chsn");
        assertThat(keys(runner, "alt-2")).isNull();
        assertThat(keys(runner, "alt-3")).contains("cbrgt");
        assertThat(keys(runner, "alt-3-zoll")).contains("cbrgt", "cylmz");
        // the full-text index cannot find Muhammad El Hassan for Mohamed Hasan; the filled keys do
        var hits = search(store, "Mohamed Hasan");
        assertThat(hits).extracting(h -> h.entity().id()).containsExactly("alt-1");
        assertThat(hits.getFirst().reason()).isEqualTo("Mohamed Hasan ~ Muhammad El Hassan: 0.95");
        // run again, the migration finds nothing left to fill
        assertThat(store.migrate(Migrations.standard())).isEqualTo(12);
    }

    private static List<SearchHit> search(CypherGraphStore store, String text) {
        return store.search(SearchRequest.of(text)).stream().filter(h -> h.entity().id().startsWith("alt-")).toList();
    }

    private static String keys(CypherRunner runner, String id) {
        List<Map<String, Object>> rows = runner.read(tx -> tx.run("MATCH (n {id: $id}) RETURN n.nameKeys AS keys", Map.of("id", id)));
        assertThat(rows).as(id).hasSize(1);
        return (String) rows.getFirst().get("keys");
    }
}
