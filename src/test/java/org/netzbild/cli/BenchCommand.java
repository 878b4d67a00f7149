package org.netzbild.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.netzbild.app.ErrorMessages;
import org.netzbild.app.I18n;
import org.netzbild.bench.StoreBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./netzbild bench}: demo generation, store opening, and expand and path latency through
 * the port against plain Cypher in the same run; prints a Markdown section for
 * {@code docs/benchmarks.md}. Test scope, with the benchmarks it runs: the product ships no
 * benchmark (the launcher script runs this from the test class path). It takes the product's
 * store options, so it opens a workspace as every other command does.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures generation, opening, expand and paths against plain Cypher in the same run.",
        subcommands = BenchImportCommand.class)
public final class BenchCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--scale", defaultValue = "100000", paramLabel = "PERSONS", description = "Persons to generate into an empty store.")
    int persons;

    @Option(names = "--seed", defaultValue = "20261127", description = "Seed of the demo data and the random path pairs.")
    long seed;

    @Option(names = "--repeat", defaultValue = "200", description = "Measured calls per query.")
    int repeat;

    @Spec
    CommandSpec spec;

    /** Runs {@code bench ARGS} and returns its exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        // the store options' help texts come from the product's bundle
        return new CommandLine(new BenchCommand()).setResourceBundle(I18n.bundle()).setOut(out).setErr(err)
                .execute(args);
    }

    @Override
    public Integer call() {
        try {
            // the benchmark measures the port, not the sign-in: it works as the store's own unrestricted session
            var address = storeOptions.address(Environment.ofProcess());
            var settings = new org.netzbild.app.WorkspaceSettings(address.folder(), address.location(),
                    org.netzbild.security.AnalystSession.unrestricted("bench", "pp-essen",
                            new org.netzbild.security.Purpose("benchmark", "Messung der Port-Latenz")));
            new StoreBenchmark(new StoreBenchmark.Settings(settings, persons, seed, repeat),
                    spec.commandLine().getOut()).run();
            return 0;
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println(ErrorMessages.describe(e));
            return ErrorMessages.exitCode(e);
        }
    }
}
