package org.netzbild.testsupport;

import java.nio.file.Path;
import java.util.List;
import org.netzbild.app.Imports;
import org.netzbild.app.Workspace;
import org.netzbild.app.WorkspaceSettings;
import org.netzbild.security.AnalystSession;

/**
 * Runs one import in a JVM of its own so that a test can kill it with SIGKILL at any moment.
 * Prints {@code IMPORTING} when the import starts, {@code ROWS n} after each committed batch and
 * {@code DONE id} when the import is complete; a bulk import also {@code STEP name} before each of its steps.
 * Arguments: workspace folder, mapping spec, file, and {@code bulk} for a bulk import.
 */
public final class ImportChildMain {

    private ImportChildMain() {
    }

    public static void main(String[] args) {
        var settings = WorkspaceSettings.embedded(Path.of(args[0]),
                AnalystSession.unrestricted("kill.harness", "Hauptzollamt Duisburg", "Absturztest"));
        try (Workspace workspace = Workspace.open(settings)) {
            var imports = new Imports(workspace);
            var spec = Imports.spec(Path.of(args[1]));
            System.out.println("IMPORTING");
            System.out.flush();
            org.netzbild.ingest.Importer.Progress progress = (done, total) -> {
                System.out.println("ROWS " + done);
                System.out.flush();
            };
            var files = List.of(Path.of(args[2]));
            var summary = args.length > 3 && args[3].equals("bulk")
                    ? imports.runBulk(spec, files, progress, step -> {
                        System.out.println("STEP " + step);
                        System.out.flush();
                    }, () -> false)
                    : imports.run(spec, files, progress, () -> false);
            System.out.println("DONE " + summary.importId());
            System.out.flush();
        }
    }
}
