package org.netzbild.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
        org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
        org.slf4j.bridge.SLF4JBridgeHandler.install();
        var out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        var err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(BenchCommand.execute(out, err, args));
    }
}
