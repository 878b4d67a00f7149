package org.netzbild.cli;

import java.io.PrintWriter;
import org.netzbild.app.Erasure;
import org.netzbild.app.I18n;
import org.netzbild.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Erases an entity: deletes it with its links and statements, then rebuilds the store so no trace stays on disk. */
@Command(name = "erase", mixinStandardHelpOptions = true, description = "${bundle:command.erase}")
final class EraseCommand extends StoreCommand {

    @Parameters(paramLabel = "ID", descriptionKey = "erase.id")
    String entityId;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", descriptionKey = "erase.reason")
    String reason;

    @Override
    int run(Workspace workspace, PrintWriter out) {
        var kept = new Erasure(workspace).erase(entityId, reason);
        out.println(I18n.text("erase.done", entityId, kept.nodes(), kept.links()));
        return 0;
    }
}
