package org.netzbild.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The outside programs some tests compare with ({@link Networkx}, {@link Poppler}): runs them, and
 * installs a missing Debian package when the tests run as root, so that the README's test command
 * needs nothing installed by hand on a fresh machine (as {@code .ci/run} also does).
 *
 * <p>The two test JVMs may install at the same moment; apt-get then waits for dpkg's lock instead of
 * failing at once, and a machine whose package lists were never fetched gets them fetched once.
 */
public final class DebianPackages {

    private static final Path APT_GET = Path.of("/usr/bin/apt-get");
    private static final String LOCK_WAIT = "DPkg::Lock::Timeout=600";

    private DebianPackages() {
    }

    /** Installs {@code name} with apt-get, or says how to when the tests may not ({@code why} names the tests' need). */
    public static void install(String name, String why) {
        if (!"root".equals(System.getProperty("user.name")) || !Files.isExecutable(APT_GET)) {
            throw new IllegalStateException(why + ": sudo apt-get install " + name);
        }
        var command = List.of(APT_GET.toString(), "-o", LOCK_WAIT, "install", "-y", "-qq", "--no-install-recommends", name);
        try {
            run(command, 900);
        } catch (IllegalStateException unknownHere) {
            // a fresh machine may hold no package lists yet
            run(List.of(APT_GET.toString(), "-o", LOCK_WAIT, "update", "-qq"), 900);
            run(command, 900);
        }
    }

    /** Runs {@code command} to its end within {@code seconds} and returns its standard output; another exit than 0 throws with its error output. */
    public static String run(List<String> command, int seconds) {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(command)).start();
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
                        + err.toString(StandardCharsets.UTF_8) + out.toString(StandardCharsets.UTF_8));
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
