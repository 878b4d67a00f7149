package org.netzbild.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.netzbild.app.Charts;
import org.netzbild.app.Explorer;
import org.netzbild.app.Imports;
import org.netzbild.app.WorkspaceAddress;
import org.netzbild.app.WorkspaceGate;
import org.netzbild.audit.AuditVerifier;
import org.netzbild.app.WorkspaceSettings;
import org.netzbild.chart.ChartState;
import org.netzbild.security.Purpose;
import org.netzbild.testsupport.NetworkGuard;
import org.netzbild.testsupport.TemplateWorkspace;

/**
 * The offline guarantee (issue 22): the main flows — open a workspace and sign in, import a small
 * file, search, expand, find a path, save and reopen a chart, verify the audit log — try to reach
 * no other machine. {@link NetworkGuard} records (and refuses) every host name looked up and every
 * connection a proxy selector is asked about. The guard is shown to catch what it is for: a name
 * lookup, a socket to an address of the documentation range, and Neo4j's own usage reporting,
 * switched on here, which {@link EmbeddedDatabase} switches off.
 */
class OfflineTest {

    private static final Purpose PURPOSE = new Purpose("ST/0418822/2025", "Offline-Prüfung");

    @TempDir
    Path folder;

    @AfterEach
    void disarm() {
        NetworkGuard.disarm();
    }

    @Test
    void theMainFlowsReachNoOtherMachine() throws Exception {
        Path workspaceFolder = TemplateWorkspace.copyTo(folder.resolve("akte"));
        NetworkGuard.arm();

        try (var gate = WorkspaceGate.open(WorkspaceAddress.embedded(workspaceFolder));
             var workspace = gate.enter(gate.signIn(TemplateWorkspace.EDITOR, TemplateWorkspace.PASSWORD.toCharArray()),
                     PURPOSE)) {
            Path spec = Path.of("src/test/resources/import/gewerbeamt-essen.yaml");
            var imported = new Imports(workspace).run(Imports.spec(spec),
                    List.of(Path.of("src/test/resources/import/gewerbeamt-essen.csv")), (done, total) -> { }, () -> false);
            assertThat(imported.newEntities()).isPositive();

            var explorer = new Explorer(workspace);
            var hits = explorer.search("Shisha Lounge", 10);
            assertThat(hits).isNotEmpty();
            var neighbourhood = explorer.expand(hits.getFirst().entity().id(), 1, Set.of(), 100);
            assertThat(neighbourhood.entities()).hasSizeGreaterThan(1);
            var far = neighbourhood.entities().stream().filter(e -> !e.id().equals(neighbourhood.centreId()))
                    .findFirst().orElseThrow();
            assertThat(explorer.paths(neighbourhood.centreId(), far.id(), 4, Set.of(), 5).paths()).isNotEmpty();

            var charts = new Charts(workspace);
            charts.save("Offline", ChartState.EMPTY.with(neighbourhood.entities(), neighbourhood.links()), Map.of(), "type");
            assertThat(charts.open("Offline").state().entities()).hasSameSizeAs(neighbourhood.entities());
        }
        assertThat(AuditVerifier.verify(WorkspaceSettings.auditFile(workspaceFolder)).intact()).isTrue();

        assertThat(NetworkGuard.disarm()).as("attempts to reach another machine").isEmpty();
    }

    @Test
    void theGuardCatchesALookupASocketAndNeo4jsUsageReportingWhenItIsOn() throws Exception {
        NetworkGuard.arm();
        assertThatThrownBy(() -> InetAddress.getByName("updates.example.org")).isInstanceOf(UnknownHostException.class);
        try (var socket = new Socket()) {
            // 192.0.2.0/24 is reserved for documentation: nothing answers, and the guard sees the attempt first
            socket.connect(new InetSocketAddress(InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 1}), 9), 200);
        } catch (java.io.IOException expected) {
            // unreachable, as it should be
        }
        // Neo4j with its usage reporting on (as without Netzbild's settings), reporting at once
        var service = new DatabaseManagementServiceBuilder(folder.resolve("neo4j-defaults"))
                .setConfig(GraphDatabaseSettings.udc_enabled, true)
                .setConfig(GraphDatabaseInternalSettings.udc_network_enabled, true)
                .setConfig(GraphDatabaseInternalSettings.udc_initial_delay_ms, 100L)
                .build();
        List<String> attempts;
        try {
            service.database("neo4j").executeTransactionally("RETURN 1");
            attempts = waitForAReport();
        } finally {
            service.shutdown();
        }

        assertThat(attempts).contains("lookup updates.example.org", "connect socket://192.0.2.1:9")
                .anySatisfy(attempt -> assertThat(attempt).containsIgnoringCase("neo4j"));
    }

    /** Polls the guard until Neo4j's reporter tried (bounded: a reporter that never tries fails the test). */
    private static List<String> waitForAReport() throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            var seen = NetworkGuard.attempts();
            if (seen.stream().anyMatch(a -> a.toLowerCase(java.util.Locale.ROOT).contains("neo4j"))) {
                return seen;
            }
            Thread.sleep(100);
        }
        return NetworkGuard.attempts();
    }
}
