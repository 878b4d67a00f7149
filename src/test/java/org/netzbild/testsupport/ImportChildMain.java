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
 * {@code DONE id} when the import is complete. Arguments: workspace folder, mapping spec, file.
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
            var summary = imports.run(spec, List.of(Path.of(args[2])), (done, total) -> {
                System.out.println("ROWS " + done);
                System.out.flush();
            }, () -> false);
            System.out.println("DONE " + summary.importId());
            System.out.flush();
        }
    }
}
