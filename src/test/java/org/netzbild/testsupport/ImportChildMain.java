package org.netzbild.testsupport;

import java.nio.file.Path;
import java.util.List;
import org.netzbild.app.Imports;
import org.netzbild.app.Workspace;
import org.netzbild.app.WorkspaceSettings;
import org.netzbild.security.AnalystSession;

/**
 * Runs one import in a JVM of its own for the kill harness. It first opens the workspace, which
 * rolls back whatever a killed predecessor left, and reports {@code FOUND n} (the entities and links
 * the store holds after that recovery); when the store holds the complete import it undoes it, so that every
 * round starts from the same store. Then it imports and stops itself with {@link Runtime#halt} —
 * no shutdown hook, no {@code finally}, as {@code kill -9} — at the checkpoint numbered
 * {@code haltAt} (see {@link ImportCheckpoints}), or runs to the end when that is {@code -1}.
 *
 * <p>Arguments: workspace folder, mapping spec, the files (separated by the path separator), mode ({@code transactional}, {@code bulk},
 * or {@code recover} to only open, report and undo), the checkpoint to halt at, and the number of
 * entities and links a complete import leaves in the store. Prints {@code IMPORTING} when the import starts,
 * {@code ROWS n} after each batch, {@code STEP name} before each step of a bulk import,
 * {@code CHECKPOINT n what} at each checkpoint, {@code IMPORTER pid} when the offline importer's
 * process runs, and {@code DONE id} when the import is complete.
 */
public final class ImportChildMain {

    private ImportChildMain() {
    }

    public static void main(String[] args) {
        Path store = Path.of(args[0]);
        String mode = args[3];
        int haltAt = args.length > 4 ? Integer.parseInt(args[4]) : -1;
        long complete = args.length > 5 ? Long.parseLong(args[5]) : -1;
        var settings = WorkspaceSettings.embedded(store,
                AnalystSession.unrestricted("kill.harness", "hza-duisburg", new org.netzbild.security.Purpose("Absturztest", "Test")));
        try (Workspace workspace = Workspace.open(settings)) {
            var imports = new Imports(workspace);
            var statistics = workspace.store().statistics();
            long records = statistics.entityCount() + statistics.linkCount();
            say("FOUND " + records);
            if (records == complete) {
                imports.list().forEach(i -> imports.undo(i.id(), true));
            }
            if (mode.equals("recover")) {
                return;
            }
            var checkpoints = new ImportCheckpoints(haltAt);
            var spec = Imports.spec(Path.of(args[1]));
            var files = java.util.Arrays.stream(args[2].split(java.io.File.pathSeparator)).map(Path::of).toList();
            say("IMPORTING");
            checkpoints.pass("started");
            org.netzbild.ingest.Importer.Progress progress = (done, total) -> {
                say("ROWS " + done);
                checkpoints.pass("rows " + done);
            };
            var summary = mode.equals("bulk")
                    ? imports.runBulk(spec, files, progress, step -> {
                        checkpoints.awaitImporterSeen();
                        say("STEP " + step);
                        checkpoints.pass("before " + step);
                        if (step == Imports.BulkStep.IMPORTING) {
                            checkpoints.passWhenImporterRuns();
                        }
                    }, () -> false)
                    : imports.run(spec, files, progress, () -> false);
            checkpoints.awaitImporterSeen();
            say("DONE " + summary.importId());
            checkpoints.pass("done");
        }
    }

    static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
