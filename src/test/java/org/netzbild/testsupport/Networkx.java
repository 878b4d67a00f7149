package org.netzbild.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's networkx ({@code python3-networkx}) as an independent reference for the analysis
 * functions: runs a Python script with {@code /usr/bin/python3} and returns what it prints. When
 * networkx is missing and the tests run as root on Debian, it is installed once with apt-get, so
 * that the README's test command needs nothing installed by hand (as {@code .ci/run} also does).
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
            if (!"root".equals(System.getProperty("user.name")) || !Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
                throw new IllegalStateException("the analysis tests compare with networkx: sudo apt-get install python3-networkx", missing);
            }
            execute(List.of("/usr/bin/apt-get", "install", "-y", "-qq", "python3-networkx"), 600);
            execute(List.of("/usr/bin/python3", "-c", "import networkx"), 60);
        }
        ready = true;
    }

    private static String execute(List<String> command, int seconds) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            process.getOutputStream().close();
            var out = new java.io.ByteArrayOutputStream();
            var err = new java.io.ByteArrayOutputStream();
            Thread pumpOut = Thread.ofVirtual().start(() -> copy(process.getInputStream(), out));
            Thread pumpErr = Thread.ofVirtual().start(() -> copy(process.getErrorStream(), err));
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not end within " + seconds + " s");
            }
            pumpOut.join();
            pumpErr.join();
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + " ended with " + process.exitValue() + ": "
                        + err.toString(StandardCharsets.UTF_8));
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    private static void copy(java.io.InputStream in, java.io.OutputStream out) {
        try (in) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
