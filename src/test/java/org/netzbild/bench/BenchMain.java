package org.netzbild.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.netzbild.cli.BenchCommand;

/**
 * Entry point of {@code ./netzbild bench …}: the launcher script runs it from the test class path
 * (the benchmarks, their references and the Gephi toolkit are test scope, never in the product).
 * Arguments are those after {@code bench}: {@code --scale 100000 --store DIR}, or {@code import …}.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) {
        // before the first logger: the product's log configuration (a file under the store's folder),
        // not the tests' console log, which would mix with the Markdown on standard output
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback.xml");
        }
        if (System.getProperty("netzbild.log.dir") == null) {
            System.setProperty("netzbild.log.dir", logFolder(args));
        }
        org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
        org.slf4j.bridge.SLF4JBridgeHandler.install();
        var out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        var err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(BenchCommand.execute(out, err, args));
    }

    /** {@code logs} in the folder the benchmark works in ({@code --store} or {@code --folder}). */
    private static String logFolder(String[] args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--store") || args[i].equals("--folder")) {
                return Path.of(args[i + 1], "logs").toAbsolutePath().toString();
            }
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "netzbild-bench-logs").toString();
    }
}
