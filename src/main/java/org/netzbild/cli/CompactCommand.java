package org.netzbild.cli;

import java.io.PrintWriter;
import org.netzbild.app.Erasure;
import org.netzbild.app.I18n;
import org.netzbild.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Rebuilds the store from what it holds, so that what was deleted or undone is gone from the disk. */
@Command(name = "compact", mixinStandardHelpOptions = true, description = "${bundle:command.compact}")
final class CompactCommand extends StoreCommand {

    @Option(names = "--reason", required = true, paramLabel = "TEXT", descriptionKey = "erase.reason")
    String reason;

    @Override
    int run(Workspace workspace, PrintWriter out) {
        var kept = new Erasure(workspace).compact(reason);
        out.println(I18n.text("compact.done", kept.nodes(), kept.links()));
        return 0;
    }
}
