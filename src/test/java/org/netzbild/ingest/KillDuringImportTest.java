package org.netzbild.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.app.Imports;
import org.netzbild.app.Workspace;
import org.netzbild.app.WorkspaceSettings;
import org.netzbild.security.AnalystSession;
import org.netzbild.testsupport.ImportChildMain;

/**
 * The kill -9 harness: an import runs in a child JVM and is killed with SIGKILL at 20 random
 * moments, from before it starts writing to after it is complete, anchored on the child's progress
 * reports so that a slow machine moves the moments with it. After each kill the store is
 * opened again (which rolls back an unfinished import) and must hold either nothing of the import
 * or all of it, never a part. Kill moments are drawn from a fixed seed, so a failure repeats.
 */
class KillDuringImportTest {

    private static final int ROWS = 10_000;
    private static final int KILLS = 20;
    private static final int BULK_KILLS = 12;
    private static final long SEED = 20261127L;

    @TempDir
    Path folder;

    private Path persons() throws IOException {
        Path csv = folder.resolve("personen.csv");
        var text = new StringBuilder("Name,Vorname,Geburtsdatum,Geburtsort,Schreibweisen,Aliasnamen\n");
        for (int i = 0; i < ROWS; i++) {
            text.append("Absturz").append(i).append(",Test,01.01.1970,Essen,Absturz").append(i).append(" T.,\n");
        }
        Files.writeString(csv, text);
        return csv;
    }

    private static final Path SPEC = Path.of("src/test/resources/import/zoll-personen.yaml").toAbsolutePath();

    /**
     * The bulk import (ADR 0011) killed at 12 moments: while it checks and writes the importer's
     * input, while Neo4j's importer runs in its own process, while the indexes are built, around
     * the switch to the new database, and after it is done. The kill takes the main process only,
     * as {@code kill -9} would; the importer's process notices and stops itself.
     */
    @Test
    void everyKillOfABulkImportEndsInNothingOrTheCompleteImport() throws Exception {
        Path csv = persons();
        Path store = folder.resolve("bulk-workspace");
        long baseline = persons(store);
        var random = new Random(SEED + 1);
        var outcomes = new ArrayList<String>();
        int killedWhileLoading = 0;
        for (int kill = 0; kill < BULK_KILLS; kill++) {
            // anchors: 0 the start, 1-6 the rows written as importer input (five batches and the end),
            // 7 the importer starts, 8 the indexes are built, 9 the switch, 10 done; the importer and
            // the index build take seconds, so the delays after their anchors are longer
            int afterReports = random.nextInt(11);
            long delay = random.nextInt(afterReports >= 7 && afterReports <= 9 ? 4_000 : 400);
            var run = runAndKill(store, csv, true, afterReports, delay);
            long persons = personsThenUndo(store, baseline + ROWS);
            String outcome = persons == baseline ? "nothing" : persons == baseline + ROWS ? "complete" : "PART " + persons;
            outcomes.add("kill " + kill + " after " + afterReports + " reports + " + delay + " ms, last seen " + run.last()
                    + ": " + outcome);
            assertThat(outcome).as(String.join("\n", outcomes)).isIn("nothing", "complete");
            if (outcome.equals("nothing") && (run.last().equals("STEP IMPORTING") || run.last().equals("STEP INDEXING"))) {
                killedWhileLoading++;
            }
            Path pointer = store.resolve("graph.current");
            String current = Files.exists(pointer) ? Files.readString(pointer).strip() : "graph";
            try (var entries = Files.list(store)) {
                assertThat(entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("graph.bulk-")).toList())
                        .as("folders of a load that never switched are gone after the reopen: " + outcomes.getLast())
                        .allMatch(current::equals);
            }
        }
        System.out.println(String.join("\n", outcomes));
        assertThat(killedWhileLoading).as("some kills hit the importer or the index build: " + String.join("\n", outcomes))
                .isGreaterThan(0);
    }

    @Test
    void everyKillEndsInNothingOrTheCompleteImportNeverInAPart() throws Exception {
        Path csv = persons();
        Path store = folder.resolve("workspace");
        long baseline = persons(store);

        var random = new Random(SEED);
        var outcomes = new ArrayList<String>();
        int killedMidway = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            // kill moments anchored on the child's own progress, so a slow machine shifts them with
            // it: after 0 to 6 progress reports (0: while it still checks the file; 6: just before it
            // completes) or 7: once it says it is done, plus a random delay of up to 400 ms
            int afterReports = random.nextInt(8);
            long delay = random.nextInt(400);
            var run = runAndKill(store, csv, false, afterReports, delay);
            long persons = personsThenUndo(store, baseline + ROWS);
            String outcome = persons == baseline ? "nothing" : persons == baseline + ROWS ? "complete" : "PART " + persons;
            outcomes.add("kill " + kill + " after " + afterReports + " progress reports + " + delay + " ms, batches seen "
                    + run.batches() + (run.done() ? ", done" : "") + ": " + outcome);
            assertThat(outcome).as(String.join("\n", outcomes)).isIn("nothing", "complete");
            if (outcome.equals("nothing") && run.batches() > 0) {
                killedMidway++;
            }
        }
        System.out.println(String.join("\n", outcomes));
        // the harness proved something only if some kills hit an import with batches already committed
        assertThat(killedMidway).as(String.join("\n", outcomes)).isGreaterThan(0);
    }

    private record Run(boolean done, int batches, String last) {
    }

    private static Run runAndKill(Path store, Path csv, boolean bulk, int afterReports, long delayMillis)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        // batches of 2,000 rows, so that the 10,000 rows are five batches to be killed between
        var command = List.of(java, "-Xmx512m", "-Dnetzbild.import.rowsPerBatch=2000", "-cp", System.getProperty("java.class.path"),
                "-Dlogback.configurationFile=logback-test.xml", ImportChildMain.class.getName(),
                store.toString(), SPEC.toString(), csv.toString(), bulk ? "bulk" : "transactional");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        var reports = new java.util.concurrent.atomic.AtomicInteger();
        var done = new java.util.concurrent.atomic.AtomicBoolean();
        var last = new java.util.concurrent.atomic.AtomicReference<>("nothing");
        var reached = new java.util.concurrent.CountDownLatch(1);
        Thread reader = new Thread(() -> {
            lines.lines().forEach(line -> {
                if (line.equals("IMPORTING") || line.startsWith("ROWS ") || line.startsWith("STEP ") || line.startsWith("DONE ")) {
                    last.set(line.startsWith("DONE ") ? "DONE" : line.startsWith("ROWS ") ? "ROWS" : line);
                }
                if (line.equals("IMPORTING") && afterReports == 0) {
                    reached.countDown();
                } else if ((line.startsWith("ROWS ") || line.startsWith("STEP ")) && reports.incrementAndGet() >= afterReports) {
                    reached.countDown();
                } else if (line.startsWith("DONE ")) {
                    done.set(true);
                    reached.countDown();
                }
            });
            reached.countDown();
        }, "import-child-output");
        reader.setDaemon(true);
        reader.start();
        if (!reached.await(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the import child reported no progress");
        }
        Thread.sleep(delayMillis);
        var importers = process.descendants().toList();
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        for (ProcessHandle importer : importers) {
            // the offline importer's own process must not outlive the import it worked for
            try {
                importer.onExit().get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                importer.destroyForcibly();
                throw new IllegalStateException("the importer process " + importer.pid() + " outlived its parent", e);
            }
        }
        reader.join(5_000);
        return new Run(done.get(), reports.get(), last.get());
    }

    private static long persons(Path store) {
        try (var workspace = Workspace.open(settings(store))) {
            return workspace.store().statistics().entitiesByType().getOrDefault("Person", 0L);
        }
    }

    /**
     * Opens the store (which rolls back an unfinished import), counts the persons and, when the
     * import is complete, undoes it for the next round: one open instead of two, per kill.
     */
    private static long personsThenUndo(Path store, long complete) {
        try (var workspace = Workspace.open(settings(store))) {
            long persons = workspace.store().statistics().entitiesByType().getOrDefault("Person", 0L);
            if (persons == complete) {
                var imports = new Imports(workspace);
                imports.list().forEach(i -> imports.undo(i.id(), true));
            }
            return persons;
        }
    }

    private static WorkspaceSettings settings(Path store) {
        return WorkspaceSettings.embedded(store, AnalystSession.unrestricted("kill.check", "Hauptzollamt Duisburg", "Absturztest"));
    }
}
