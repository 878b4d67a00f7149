package org.netzbild.cli;

import java.io.PrintWriter;
import org.netzbild.app.DemoAccounts;
import org.netzbild.app.DemoData;
import org.netzbild.app.I18n;
import org.netzbild.app.Workspace;
import org.netzbild.app.WorkspaceGate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Generates the deterministic demo data set and the demo accounts into a new workspace, with
 * progress on stderr; no sign-in, since a new workspace has no accounts yet.
 */
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
    int enter(WorkspaceGate gate, Environment environment, PrintWriter out) {
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        var lastShown = new long[] {0};
        var summary = DemoData.fill(gate, persons, seed, (done, total, message) -> {
            long now = System.nanoTime();
            if (now - lastShown[0] > 2_000_000_000L || done == total) {
                err.print("\r" + message);
                err.flush();
                lastShown[0] = now;
            }
        }, () -> false);
        err.println();
        out.println(I18n.text("demo.done", summary.entities(), summary.links(), (System.nanoTime() - start) / 1e9));
        out.println(I18n.text("demo.accounts", DemoAccounts.PASSWORD));
        DemoAccounts.ALL.forEach(a -> out.printf("  %-18s %-14s %s%n", a.name(), a.agency(), a.role()));
        return 0;
    }

    @Override
    int run(Workspace workspace, PrintWriter out) {
        throw new IllegalStateException("the demo fills a workspace before anyone signs in");
    }
}
