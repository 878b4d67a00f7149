package org.netzbild.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's networkx ({@code python3-networkx}) as an independent reference for the analysis
 * functions: runs a Python script with {@code /usr/bin/python3} and returns what it prints. When
 * networkx is missing, {@link DebianPackages} installs it.
 */
public final class Networkx {

    private static boolean ready;

    private Networkx() {
    }

    /** Runs {@code script} (Python 3, networkx imported as nx) and returns its standard output. */
    public static String run(String script) {
        ensureInstalled();
        try {
            Path file = Files.createTempFile("networkx-", ".py");
            try {
                Files.writeString(file, "import json\nimport networkx as nx\n" + script, StandardCharsets.UTF_8);
                return execute(List.of("/usr/bin/python3", file.toString()), 300);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run networkx", e);
        }
    }

    /** Makes sure {@code /usr/bin/python3} imports networkx, installing it where the tests may (see the class comment). */
    public static synchronized void ensureInstalled() {
        if (ready) {
            return;
        }
        try {
            execute(List.of("/usr/bin/python3", "-c", "import networkx"), 60);
        } catch (IllegalStateException missing) {
            DebianPackages.install("python3-networkx", "the analysis tests compare with networkx");
            execute(List.of("/usr/bin/python3", "-c", "import networkx"), 60);
        }
        ready = true;
    }

    private static String execute(List<String> command, int seconds) {
        return DebianPackages.run(command, seconds);
    }
}
