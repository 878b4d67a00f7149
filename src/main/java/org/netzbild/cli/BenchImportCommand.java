package org.netzbild.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.netzbild.app.ErrorMessages;
import org.netzbild.app.ImportBenchmark;
import org.netzbild.security.AnalystSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench import}: a generated registration office export into an empty store against Neo4j's
 * offline importer, then a second agency's export against a plain UNWIND loader, in one run;
 * prints a Markdown section for {@code docs/benchmarks.md}.
 */
@Command(name = "import", mixinStandardHelpOptions = true, description = "${bundle:command.benchImport}")
final class BenchImportCommand implements Callable<Integer> {

    @Option(names = "--folder", required = true, paramLabel = "DIR", descriptionKey = "option.benchFolder")
    Path folder;

    @Option(names = "--persons", defaultValue = "1000000", descriptionKey = "option.benchPersons")
    int persons;

    @Option(names = "--increment", defaultValue = "100000", descriptionKey = "option.benchIncrement")
    int increment;

    @Option(names = "--overlap", defaultValue = "0.3", descriptionKey = "option.benchOverlap")
    double overlap;

    @Option(names = "--transactional-too", descriptionKey = "option.benchTransactional")
    boolean transactional;

    @Option(names = "--seed", defaultValue = "20261127", descriptionKey = "option.seed")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            new ImportBenchmark(new ImportBenchmark.Settings(folder, persons, increment, overlap, seed,
                    AnalystSession.unrestricted("bench", "Netzbild", "benchmark"), transactional), spec.commandLine().getOut()).run();
            return 0;
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println(ErrorMessages.describe(e));
            return ErrorMessages.exitCode(e);
        }
    }
}
