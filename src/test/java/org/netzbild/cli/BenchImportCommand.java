package org.netzbild.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.netzbild.app.ErrorMessages;
import org.netzbild.bench.ImportBenchmark;
import org.netzbild.security.AnalystSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./netzbild bench import}: a generated registration office export into an empty store
 * against Neo4j's offline importer, then a second agency's export against a plain UNWIND loader,
 * in one run; prints a Markdown section for {@code docs/benchmarks.md}. Test scope.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Measures the import of a generated registration file into an empty store against Neo4j's "
                + "offline importer, and a further import against a plain UNWIND loader, in the same run.")
final class BenchImportCommand implements Callable<Integer> {

    @Option(names = "--folder", required = true, paramLabel = "DIR",
            description = "Folder for the generated files and stores (some GB at a million persons); its subfolders are overwritten.")
    Path folder;

    @Option(names = "--persons", defaultValue = "1000000", description = "Persons of the first file (empty store).")
    int persons;

    @Option(names = "--increment", defaultValue = "100000", description = "Persons of the second file (import into the filled store).")
    int increment;

    @Option(names = "--overlap", defaultValue = "0.3", description = "Share of the second file's households the first already holds (0 to 1).")
    double overlap;

    @Option(names = "--transactional-too",
            description = "Also time the import without --bulk into the empty store (a quarter of an hour more at a million persons).")
    boolean transactional;

    @Option(names = "--seed", defaultValue = "20261127", description = "Seed of the generated files.")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            new ImportBenchmark(new ImportBenchmark.Settings(folder, persons, increment, overlap, seed,
                    AnalystSession.unrestricted("bench", "pp-essen", new org.netzbild.security.Purpose("benchmark", "Test")), transactional), spec.commandLine().getOut()).run();
            return 0;
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println(ErrorMessages.describe(e));
            return ErrorMessages.exitCode(e);
        }
    }
}
