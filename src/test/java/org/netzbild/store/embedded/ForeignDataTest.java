package org.netzbild.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.model.ExpandRequest;
import org.netzbild.model.SearchRequest;
import org.netzbild.security.AnalystSession;
import org.netzbild.store.GraphStore;
import org.netzbild.store.StoreConnection;
import org.netzbild.store.StoreLocation;
import org.netzbild.testsupport.RecordingAuditSink;
import org.netzbild.testsupport.TemplateWorkspace;

/**
 * Records that Netzbild did not write: on a shared server any client with the server's password
 * can create nodes and links with plain Cypher, without ids, provenance or known labels. They are
 * not Netzbild's to show, but they must never break a read of what is.
 */
class ForeignDataTest {

    private static final AnalystSession ANALYST = AnalystSession.unrestricted("analyst.a", "pp-essen", new org.netzbild.security.Purpose("AZ 1", "Test"));

    @TempDir
    static Path folder;
    private static StoreConnection connection;
    private static GraphStore store;

    @BeforeAll
    static void aStoreWithRecordsOfAnotherClient() {
        TemplateWorkspace.copyTo(folder);
        writeForeignRecords(folder);
        var audit = new RecordingAuditSink();
        connection = StoreConnection.open(new StoreLocation.Embedded(folder), ANALYST, audit);
        store = connection.session(ANALYST, audit);
    }

    private static void writeForeignRecords(Path workspace) {
        var database = EmbeddedDatabase.open(StoreFolders.graph(workspace));
        try {
            var graph = database.database("neo4j");
            graph.executeTransactionally("""
                    CREATE ()
                    CREATE ()-[:X]->()
                    CREATE (:Entity)
                    CREATE (:Entity:Person {name: 'Bochum Halbfremd'})
                    CREATE (:NetzbildImport)
                    CREATE (:NetzbildAccount {name: 'fremd', roles: 'ADMIN', password: 'klartext'})
                    CREATE (:Statement)
                    CREATE (:Person)
                    CREATE (:Person {name: 'Ohne Kennung'})
                    CREATE (:Ausserirdisch {id: 'ufo-1', name: 'Bochum Fremdling'})
                    WITH 1 AS one
                    MATCH (m:Municipality {id: 'mun-bochum'})
                    CREATE (:Person)-[:RESIDES_AT]->(m)
                    CREATE (:Entity)-[:RESIDES_AT]->(m)
                    CREATE (m)-[:IN_MUNICIPALITY]->(:Entity {id: 'fremd-2'})
                    CREATE (m)-[:FREMDE_KANTE]->(:Etwas)
                    """);
        } finally {
            database.shutdown();
        }
    }

    @AfterAll
    static void close() {
        connection.close();
    }

    @Test
    void statisticsCountNetzbildsRecordsWithoutFailing() {
        var statistics = store.statistics();

        assertThat(statistics.entitiesByType()).containsEntry("Municipality", 53L);
    }

    @Test
    void searchFindsNetzbildsRecordsAndSkipsForeignOnes() {
        var hits = store.search(new SearchRequest("Bochum", Set.of(), 50));

        assertThat(hits).extracting(h -> h.entity().id()).contains("mun-bochum").doesNotContain("ufo-1");
    }

    @Test
    void expandShowsNetzbildsNeighboursAndSkipsForeignOnes() {
        var neighbourhood = store.expand(new ExpandRequest("mun-bochum", Set.of(), 1, 500));

        assertThat(neighbourhood.entities()).allSatisfy(e -> assertThat(e.id()).isNotNull());
        assertThat(neighbourhood.links()).allSatisfy(l -> assertThat(l.id()).isNotNull());
    }

    @Test
    void everyCommandOfTheCommandLineWorksBesideForeignRecords(@TempDir Path other) {
        TemplateWorkspace.copyTo(other);
        writeForeignRecords(other);
        for (String[] command : new String[][] {{"info"}, {"search", "Bochum"}, {"expand", "mun-bochum"},
                {"path", "mun-bochum", "mun-herne"}, {"import", "--list"}, {"audit", "verify"}}) {
            var out = new java.io.StringWriter();
            var err = new java.io.StringWriter();
            var arguments = new java.util.ArrayList<>(java.util.List.of(command));
            arguments.addAll(java.util.List.of("--store", other.toString()));
            if (!command[0].equals("audit")) {
                arguments.addAll(java.util.List.of("--as", TemplateWorkspace.ANALYST, "--case", "AZ 1", "--purpose", "Prüfung"));
            }

            int code = org.netzbild.cli.NetzbildCommand.execute(new java.io.PrintWriter(out, true),
                    new java.io.PrintWriter(err, true), java.util.Map.of("NETZBILD_ACCOUNT_PASSWORD", TemplateWorkspace.PASSWORD),
                    arguments.toArray(String[]::new));

            assertThat(code).as(String.join(" ", command) + ": " + err).isIn(0, 3);
        }
    }

    @Test
    void theServerReadsBesideForeignRecordsToo(@TempDir Path other) throws Exception {
        TemplateWorkspace.copyTo(other);
        writeForeignRecords(other);
        var audit = new RecordingAuditSink();
        try (var server = org.netzbild.testsupport.LocalBoltServer.start(StoreFolders.graph(other));
             var remote = StoreConnection.open(new StoreLocation.Remote(java.net.URI.create(server.uri()), "neo4j",
                     "unused".toCharArray(), null), ANALYST, audit)) {
            var session = remote.session(ANALYST, audit);

            assertThat(session.statistics().entitiesByType()).containsEntry("Municipality", 53L);
            assertThat(session.search(new SearchRequest("Bochum", Set.of(), 50))).extracting(h -> h.entity().id())
                    .contains("mun-bochum").doesNotContain("ufo-1");
            assertThat(session.expand(new ExpandRequest("mun-bochum", Set.of(), 1, 500)).entities())
                    .allSatisfy(e -> assertThat(e.id()).isNotNull());
        }
    }
}
