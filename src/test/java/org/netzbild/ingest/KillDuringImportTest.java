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
 * moments, from before it starts writing to after it is complete. After each kill the store is
 * opened again (which rolls back an unfinished import) and must hold either nothing of the import
 * or all of it, never a part. Kill moments are drawn from a fixed seed, so a failure repeats.
 */
class KillDuringImportTest {

    private static final int ROWS = 10_000;
    private static final int KILLS = 20;
    private static final long SEED = 20261127L;

    @TempDir
    Path folder;

    @Test
    void everyKillEndsInNothingOrTheCompleteImportNeverInAPart() throws Exception {
        Path csv = folder.resolve("personen.csv");
        var text = new StringBuilder("Name,Vorname,Geburtsdatum,Geburtsort,Schreibweisen,Aliasnamen\n");
        for (int i = 0; i < ROWS; i++) {
            text.append("Absturz").append(i).append(",Test,01.01.1970,Essen,Absturz").append(i).append(" T.,\n");
        }
        Files.writeString(csv, text);
        Path spec = Path.of("src/test/resources/import/zoll-personen.yaml").toAbsolutePath();
        Path store = folder.resolve("workspace");
        long baseline = persons(store);

        var random = new Random(SEED);
        var outcomes = new ArrayList<String>();
        long importMillis = 4_000;
        int killedMidway = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            long delay = (long) (random.nextDouble() * importMillis * 1.3);
            var run = runAndKill(store, spec, csv, delay);
            if (run.done()) {
                importMillis = Math.max(1_000, run.importMillis());
            }
            long persons = persons(store);
            String outcome = persons == baseline ? "nothing" : persons == baseline + ROWS ? "complete" : "PART " + persons;
            outcomes.add("kill " + kill + " after " + delay + " ms, batches seen " + run.batches() + ": " + outcome);
            assertThat(outcome).as(String.join("\n", outcomes)).isIn("nothing", "complete");
            if (outcome.equals("nothing") && run.batches() > 0) {
                killedMidway++;
            }
            if (outcome.equals("complete")) {
                undoAll(store);
            }
        }
        System.out.println(String.join("\n", outcomes));
        // the harness proved something only if some kills hit an import with batches already committed
        assertThat(killedMidway).as(String.join("\n", outcomes)).isGreaterThan(0);
    }

    private record Run(boolean done, int batches, long importMillis) {
    }

    private static Run runAndKill(Path store, Path spec, Path csv, long delayMillis) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        var command = List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "-Dlogback.configurationFile=logback-test.xml", ImportChildMain.class.getName(),
                store.toString(), spec.toString(), csv.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        var state = new int[] {0};
        var done = new boolean[] {false};
        var started = new long[] {0};
        var finished = new long[] {0};
        var importing = new java.util.concurrent.CountDownLatch(1);
        Thread reader = new Thread(() -> lines.lines().forEach(line -> {
            if (line.equals("IMPORTING")) {
                started[0] = System.nanoTime();
                importing.countDown();
            } else if (line.startsWith("ROWS ")) {
                state[0]++;
            } else if (line.startsWith("DONE ")) {
                done[0] = true;
                finished[0] = System.nanoTime();
            }
        }), "import-child-output");
        reader.setDaemon(true);
        reader.start();
        if (!importing.await(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the import child did not start");
        }
        Thread.sleep(delayMillis);
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        reader.join(5_000);
        return new Run(done[0], state[0], done[0] ? (finished[0] - started[0]) / 1_000_000 : 0);
    }

    private static long persons(Path store) {
        try (var workspace = Workspace.open(settings(store))) {
            return workspace.store().statistics().entitiesByType().getOrDefault("Person", 0L);
        }
    }

    private static void undoAll(Path store) {
        try (var workspace = Workspace.open(settings(store))) {
            var imports = new Imports(workspace);
            imports.list().forEach(i -> imports.undo(i.id(), true));
        }
    }

    private static WorkspaceSettings settings(Path store) {
        return WorkspaceSettings.embedded(store, AnalystSession.unrestricted("kill.check", "Hauptzollamt Duisburg", "Absturztest"));
    }
}
