package org.netzbild.cli;

import java.util.concurrent.Callable;
import org.netzbild.app.Benchmark;
import org.netzbild.app.ErrorMessages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures demo generation, store opening, and expand and path latency through the port against
 * raw Cypher in the same run; prints a Markdown section for {@code docs/benchmarks.md}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "${bundle:command.bench}",
        subcommands = BenchImportCommand.class)
final class BenchCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--scale", defaultValue = "100000", paramLabel = "PERSONS", descriptionKey = "option.scale")
    int persons;

    @Option(names = "--seed", defaultValue = "20261127", descriptionKey = "option.seed")
    long seed;

    @Option(names = "--repeat", defaultValue = "200", descriptionKey = "option.repeat")
    int repeat;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            new Benchmark(new Benchmark.Settings(storeOptions.settings(), persons, seed, repeat),
                    spec.commandLine().getOut()).run();
            return 0;
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println(ErrorMessages.describe(e));
            return ErrorMessages.exitCode(e);
        }
    }
}
