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
import org.netzbild.testsupport.ChildJvm;
import org.netzbild.testsupport.ImportChildMain;
import org.netzbild.testsupport.TemplateWorkspace;

/**
 * The kill harness: an import runs in a child JVM that stops itself with {@link Runtime#halt} (no
 * shutdown hook, no {@code finally}: what {@code kill -9} leaves) at one checkpoint of the import,
 * and a round does that at every checkpoint in turn: the start, each committed batch, each step of
 * a bulk import, while Neo4j's offline importer runs in its own process, and after the end. The
 * next child's open is the recovery under test: it reports what the store holds after it rolled
 * back its predecessor's remains, and that must be nothing of the import or all of it, never a
 * part. The tests are in {@link KillDuringImportTest}, one round per import path.
 *
 * <p>Kills at random moments between the checkpoints (inside a commit, inside the importer) run
 * on request: {@code ./mvnw -B test -Prandom-kills -Dtest='KillDuring*'}.
 */
final class KillHarness {

    /** Two batches of 1,050 rows: a kill falls between committed batches, and a round stays short. */
    static final int ROWS = 2_100;
    private static final int ROWS_PER_BATCH = 1_050;
    private static final Path SPEC = Path.of("src/test/resources/import/zoll-personen.yaml").toAbsolutePath();
    private static final Path VORGANG = Path.of("src/test/resources/import/vorgang").toAbsolutePath();

    /**
     * What a round imports: a spec, its files, how many records (entities and links) a complete
     * import adds, and the rows per batch that make its checkpoints.
     */
    record Load(Path spec, List<Path> files, long records, int rowsPerBatch) {
    }

    private final Path folder;

    KillHarness(Path folder) {
        this.folder = folder;
    }

    record Round(List<String> haltedAt, List<String> outcomes) {
        String outcomeAfter(String checkpoint) {
            return outcomes.get(haltedAt.indexOf(checkpoint));
        }
    }

    /**
     * One child per checkpoint, halting there: halt at 0, at 1, and so on until a child halts at
     * "done", which proves that the import runs to the end and names every checkpoint. Each child
     * first reports what the previous one left; a last child only recovers and reports.
     */
    Round killAtEveryCheckpoint(String mode) throws Exception {
        return killAtEveryCheckpoint(mode, persons());
    }

    Round killAtEveryCheckpoint(String mode, Load load) throws Exception {
        long copying = System.nanoTime();
        Path store = TemplateWorkspace.copyTo(folder.resolve(mode + "-workspace"));
        var log = new ArrayList<String>();
        log.add(String.format(java.util.Locale.ROOT, "workspace: %.1f s", (System.nanoTime() - copying) / 1e9));
        long baseline = -1;
        List<String> checkpoints = List.of();
        var outcomes = new ArrayList<String>();
        boolean last = false;
        for (int k = 0; !last; k++) {
            last = !checkpoints.isEmpty() && checkpoints.getLast().equals("done");
            assertThat(k).as("a round ends at 'done'; checkpoints so far: " + checkpoints).isLessThan(50);
            long complete = baseline < 0 ? -1 : baseline + load.records();
            long started = System.nanoTime();
            var child = runChild(store, load, last ? "recover" : mode, last ? -1 : k, complete);
            String took = String.format(java.util.Locale.ROOT, " [child %d: %.1f s]", k, (System.nanoTime() - started) / 1e9);
            if (k == 0) {
                baseline = child.found(); // the untouched store
                log.add("the untouched store" + took);
            } else {
                long records = child.found();
                String outcome = records == baseline ? "nothing" : records == complete ? "complete" : "PART " + records;
                outcomes.add(outcome);
                log.add("halt at " + (k - 1) + " (" + checkpoints.get(k - 1) + "): " + outcome + took);
                assertThat(outcome).as(String.join("\n", log) + "\n" + child.output()).isIn("nothing", "complete");
            }
            if (!last) {
                assertThat(child.exitCode()).as("halted at checkpoint " + k + ":\n" + child.output()).isEqualTo(137);
                assertThat(child.checkpoints()).as("halted at the k-th checkpoint").hasSize(k + 1);
                assertThat(child.checkpoints().subList(0, k)).as("the same checkpoints in the same order as the child before")
                        .isEqualTo(checkpoints);
                if (child.checkpoints().getLast().equals("done")) {
                    assertThat(child.done()).as("the import ran to the end:\n" + child.output()).isTrue();
                }
                checkpoints = child.checkpoints();
            }
            long checking = System.nanoTime();
            assertImporterStopped(child);
            assertNoLoadFolderLeftBut(store, last ? 0 : 1, log);
            double checked = (System.nanoTime() - checking) / 1e9;
            if (checked >= 0.5) {
                // the wait for the offline importer of a child halted while it ran
                log.add(String.format(java.util.Locale.ROOT, "  (checks after child %d: %.1f s)", k, checked));
            }
        }
        System.out.println(mode + ":\n" + String.join("\n", log));
        return new Round(checkpoints, outcomes);
    }

    /** The offline importer's own process must not outlive the import it worked for. */
    private static void assertImporterStopped(Child child) throws Exception {
        for (long pid : child.importers()) {
            var importer = ProcessHandle.of(pid);
            if (importer.isPresent()) {
                try {
                    importer.get().onExit().get(60, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    importer.get().destroyForcibly();
                    throw new AssertionError("the importer process " + pid + " outlived its parent", e);
                }
            }
        }
    }

    /**
     * A load folder that was never switched in is deleted by the next open; only the one the halted
     * child was writing may still stand (and none after the last recovery).
     */
    private static void assertNoLoadFolderLeftBut(Path store, int allowed, List<String> log) throws IOException {
        if (!Files.isDirectory(store)) {
            return;
        }
        Path pointer = store.resolve("graph.current");
        String current = Files.exists(pointer) ? Files.readString(pointer).strip() : "graph";
        try (var entries = Files.list(store)) {
            // a load is its database folder and the ".input" folder beside it
            assertThat(entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("graph.bulk-"))
                    .map(n -> n.replaceFirst("\\.input$", "")).filter(n -> !n.equals(current)).distinct().toList())
                    .as("load folders that never switched: " + String.join("\n", log)).hasSizeLessThanOrEqualTo(allowed);
        }
    }

    /** The customs office's persons, one file, 2,100 rows in two batches: 2,100 persons, no links. */
    Load persons() throws IOException {
        return new Load(SPEC, List.of(personsFile()), ROWS, ROWS_PER_BATCH);
    }

    /**
     * The police's normalised export, nine files in one import (src/test/resources/import/vorgang):
     * 40 rows in batches of 15 that cross from file to file; 16 entities and 26 links.
     */
    static Load vorgang() throws IOException {
        try (var files = Files.list(VORGANG)) {
            return new Load(VORGANG.resolve("pp-essen-vorgang.yaml"),
                    files.filter(f -> f.toString().endsWith(".csv")).sorted().toList(), 16 + 26, 15);
        }
    }

    private Path personsFile() throws IOException {
        Path csv = folder.resolve("personen.csv");
        if (Files.exists(csv)) {
            return csv;
        }
        var text = new StringBuilder("Name,Vorname,Geburtsdatum,Geburtsort,Schreibweisen,Aliasnamen\n");
        for (int i = 0; i < ROWS; i++) {
            text.append("Absturz").append(i).append(",Test,01.01.1970,Essen,Absturz").append(i).append(" T.,\n");
        }
        Files.writeString(csv, text);
        return csv;
    }

    /** What one child said and how it ended. */
    private record Child(int exitCode, long found, List<String> checkpoints, List<Long> importers, boolean done,
                         String output) {
    }

    private static Process startChild(Path store, Load load, String mode, int haltAt, long complete) throws IOException {
        String files = String.join(java.io.File.pathSeparator, load.files().stream().map(Path::toString).toList());
        return ChildJvm.start(ImportChildMain.class, List.of("-Xmx512m", "-XX:TieredStopAtLevel=1",
                        "-Dnetzbild.import.rowsPerBatch=" + load.rowsPerBatch()),
                List.of(store.toString(), load.spec().toString(), files, mode, Integer.toString(haltAt),
                        Long.toString(complete)), builder -> builder);
    }

    private static Child runChild(Path store, Load load, String mode, int haltAt, long complete)
            throws IOException, InterruptedException {
        Process process = startChild(store, load, mode, haltAt, complete);
        var lines = new ArrayList<String>();
        try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().forEach(lines::add);
        }
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the import child did not end:\n" + String.join("\n", lines));
        }
        return parse(process.exitValue(), lines);
    }

    private static Child parse(int exitCode, List<String> lines) {
        long found = -1;
        var checkpoints = new ArrayList<String>();
        var importers = new ArrayList<Long>();
        boolean done = false;
        for (String line : lines) {
            if (line.startsWith("FOUND ")) {
                found = Long.parseLong(line.substring(6));
            } else if (line.startsWith("CHECKPOINT ")) {
                checkpoints.add(line.substring(line.indexOf(' ', 11) + 1));
            } else if (line.startsWith("IMPORTER ") && !line.equals("IMPORTER unseen")) {
                importers.add(Long.parseLong(line.substring(9)));
            } else if (line.startsWith("DONE ")) {
                done = true;
            }
        }
        String output = String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        if (found < 0) {
            throw new IllegalStateException("the import child could not open the store (exit " + exitCode + "):\n" + output);
        }
        return new Child(exitCode, found, checkpoints, importers, done, output);
    }

    /**
     * SIGKILL from outside, after a random number of the child's checkpoints plus a random delay
     * (longer around the bulk import's importer and index build, which take seconds); the next
     * child's open reports the outcome.
     */
    void randomKills(String mode, int kills, Random random) throws Exception {
        Load load = persons();
        Path store = TemplateWorkspace.copyTo(folder.resolve(mode + "-random"));
        var full = runChild(store, load, mode, -1, -1);
        long baseline = full.found();
        long complete = baseline + load.records();
        int checkpoints = full.checkpoints().size();
        var log = new ArrayList<String>();
        for (int kill = 0; kill < kills; kill++) {
            int after = random.nextInt(checkpoints);
            String at = full.checkpoints().get(after);
            long delay = random.nextInt(at.startsWith("before") || at.equals("importer runs") ? 4_000 : 400);
            Process process = startChild(store, load, mode, -1, complete);
            var lines = new java.util.concurrent.CopyOnWriteArrayList<String>();
            var reached = new java.util.concurrent.CountDownLatch(1);
            Thread reader = Thread.ofPlatform().daemon().start(() -> {
                try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    in.lines().forEach(line -> {
                        lines.add(line);
                        if (line.startsWith("CHECKPOINT " + after + " ")) {
                            reached.countDown();
                        }
                    });
                } catch (IOException e) {
                    // the child is gone
                }
                reached.countDown();
            });
            reached.await(180, TimeUnit.SECONDS);
            Thread.sleep(delay);
            var importers = process.descendants().toList();
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            reader.join(5_000);
            var killed = parse(137, List.copyOf(lines));
            for (ProcessHandle importer : importers) {
                assertImporterStopped(new Child(137, 0, List.of(), List.of(importer.pid()), false, ""));
            }
            var next = runChild(store, load, "recover", -1, complete);
            String outcome = next.found() == baseline ? "nothing" : next.found() == complete ? "complete" : "PART " + next.found();
            log.add("kill " + kill + " after checkpoint " + after + " (" + at + ") + " + delay + " ms, last checkpoint seen "
                    + killed.checkpoints().size() + ": " + outcome);
            assertThat(outcome).as(String.join("\n", log)).isIn("nothing", "complete");
            assertNoLoadFolderLeftBut(store, 0, log);
        }
        System.out.println(String.join("\n", log));
    }
}
