package org.netzbild.cli;

import java.io.PrintWriter;
import org.netzbild.app.DemoData;
import org.netzbild.app.I18n;
import org.netzbild.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Generates the deterministic demo data set into an empty store, with progress on stderr. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "${bundle:command.demo}")
final class DemoCommand extends StoreCommand {

    @Override
    boolean createsWorkspace() {
        return true;
    }

    @Option(names = "--scale", defaultValue = "5000", paramLabel = "PERSONS", descriptionKey = "option.scale")
    int persons;

    @Option(names = "--seed", defaultValue = "20261127", descriptionKey = "option.seed")
    long seed;

    @Override
    int run(Workspace workspace, PrintWriter out) {
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        var lastShown = new long[] {0};
        var summary = DemoData.generate(workspace, persons, seed, (done, total, message) -> {
            long now = System.nanoTime();
            if (now - lastShown[0] > 2_000_000_000L || done == total) {
                err.print("\r" + message);
                err.flush();
                lastShown[0] = now;
            }
        }, () -> false);
        err.println();
        out.println(I18n.text("demo.done", summary.entities(), summary.links(), (System.nanoTime() - start) / 1e9));
        return 0;
    }
}
