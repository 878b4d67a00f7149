package org.netzbild.bench;

import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * The reference of the idle-memory benchmark ({@code installer/idle-memory.sh}, issue 22): a bare
 * embedded Neo4j on a workspace's database folder, nothing else — no window, no audit, no
 * accounts. Its settings are the workspace's (store.embedded.EmbeddedDatabase): no Bolt, no usage
 * reports, no debug or query log, a page cache of a quarter of the heap (64 MiB to 2 GiB). It counts
 * the nodes once, as the workspace's figures do, prints a marker and waits until it is killed.
 *
 * <p>With {@code --window} it also shows the least JavaFX window ({@link MinimalFxApp}'s: one label,
 * 1280×800) in the same JVM: the floor of any desktop program over an embedded Neo4j, against which
 * the program's own share of its memory shows.
 *
 * <pre>java -cp … org.netzbild.bench.BareNeo4jMain WORKSPACE/graph [--window]</pre>
 */
public final class BareNeo4jMain {

    private BareNeo4jMain() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]).toAbsolutePath().normalize();
        long pageCache = Math.clamp(Runtime.getRuntime().maxMemory() / 4, 64L << 20, 2L << 30);
        var dbms = new DatabaseManagementServiceBuilder(folder)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseInternalSettings.udc_network_enabled, false)
                .setConfig(BoltConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.debug_log_enabled, false)
                .setConfig(GraphDatabaseSettings.log_queries, GraphDatabaseSettings.LogQueryLevel.OFF)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .build();
        var db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        long nodes = db.executeTransactionally("MATCH (n) RETURN count(n) AS nodes", java.util.Map.of(),
                result -> (Long) result.next().get("nodes"));
        if (java.util.Arrays.asList(args).contains("--window")) {
            var shown = new java.util.concurrent.CountDownLatch(1);
            javafx.application.Platform.startup(() -> {
                var stage = new javafx.stage.Stage();
                stage.setScene(new javafx.scene.Scene(new javafx.scene.control.Label("Netzbild"), 1280, 800));
                stage.show();
                shown.countDown();
            });
            shown.await();
        }
        System.out.println("bare neo4j: open, " + nodes + " nodes");
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));
        Thread.sleep(Long.MAX_VALUE);
    }
}
