package org.netzbild.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.netzbild.Main;
import org.netzbild.store.embedded.StoreFolders;
import org.netzbild.testsupport.ChildJvm;
import org.netzbild.testsupport.TemplateWorkspace;

/**
 * A desktop logout or a system shutdown ends the program with SIGTERM, where JavaFX calls no
 * {@code stop()}: the desktop closes its workspace all the same. Killed, a store is rebuilt at its next
 * open even when no transaction needs recovery: on a 4.4M-entity workspace that open took 1.9 GB of
 * page cache instead of 0.4 GB (found by issue 22's idle-memory benchmark).
 */
class ClosedOnTerminationTest {

    @TempDir
    Path folder;

    @Test
    void aTerminatedDesktopLeavesItsStoreClosedCleanly() throws Exception {
        Path workspace = TemplateWorkspace.copyTo(folder.resolve("workspace"));
        long asksBefore = asksForAnAccount(workspace);
        long shutdownsBefore = shutdownCheckpoints(workspace);
        assertThat(shutdownsBefore).as("the template was closed cleanly").isPositive();
        // the one child of its main class in the suite: no class data archive to write
        Process desktop = ChildJvm.startOnce(Main.class, List.of("-Dglass.platform=Headless", "-Dprism.order=sw",
                "-XX:TieredStopAtLevel=1"), List.of("--store", workspace.toString()), builder -> builder
                .redirectOutput(folder.resolve("desktop.log").toFile()));
        try {
            // the workspace is open once its gate has asked whether there is an account (the template's
            // own making asked too: counted before)
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (asksForAnAccount(workspace) == asksBefore) {
                assertThat(desktop.isAlive()).as("the desktop ended before its workspace opened").isTrue();
                assertThat(System.nanoTime()).as("the workspace did not open within two minutes").isLessThan(deadline);
                Thread.sleep(200);
            }
            desktop.destroy(); // SIGTERM
            assertThat(desktop.waitFor(60, TimeUnit.SECONDS)).as("ended after SIGTERM").isTrue();
        } finally {
            desktop.destroyForcibly();
        }
        // Neo4j records a clean shutdown as a checkpoint of its own; a killed store has none for its last
        // open, and its next open rebuilds what it could not close (no recovery of transactions is needed
        // for that: a workspace only read from is rebuilt all the same)
        assertThat(shutdownCheckpoints(workspace)).as("checkpoints of a clean shutdown").isEqualTo(shutdownsBefore + 1);
    }

    /** The gate's question in the audit log, counted in its text: the child may be writing its last line. */
    private static long asksForAnAccount(Path workspace) throws java.io.IOException {
        // bytes as Latin-1: a line cut in the middle of a UTF-8 character must not fail the read
        String text = new String(java.nio.file.Files.readAllBytes(workspace.resolve("audit").resolve("audit.log")),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        return java.util.regex.Pattern.compile("\"action\":\"anyAccount\"").matcher(text).results().count();
    }

    private static long shutdownCheckpoints(Path workspace) throws java.io.IOException {
        Path logs = StoreFolders.graph(workspace).resolve("data/transactions").resolve(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        long count = 0;
        try (var files = java.nio.file.Files.list(logs)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("checkpoint")).toList()) {
                String text = new String(java.nio.file.Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
                count += java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(SHUTDOWN)).matcher(text).results().count();
            }
        }
        return count;
    }

    /** The reason Neo4j writes into the checkpoint of a clean shutdown. */
    private static final String SHUTDOWN = "\"Database shutdown\"";
}
