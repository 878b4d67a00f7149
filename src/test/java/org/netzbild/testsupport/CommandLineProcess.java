package org.netzbild.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One {@code netzbild} command in a JVM of its own ({@link CommandLineChildMain}), for faults where a
 * process must be able to die or hang without taking the test JVM along: its terminal output (stdout
 * and stderr apart), its exit code, and how long it took to answer.
 */
public final class CommandLineProcess {

    /** How a command ended: exit code, what it printed, and when. */
    public record Ended(int exitCode, String out, String err, long endedAtNanos) {

        /** The time from {@code sinceNanos} (a {@link System#nanoTime()}) to the command's end. */
        public Duration since(long sinceNanos) {
            return Duration.ofNanos(endedAtNanos - sinceNanos);
        }
    }

    private final Process process;
    private final StringBuffer out = new StringBuffer();
    private final StringBuffer err = new StringBuffer();
    private final List<Thread> readers = new ArrayList<>();

    private CommandLineProcess(Process process) {
        this.process = process;
        readers.add(drain(process.getInputStream(), out));
        readers.add(drain(process.getErrorStream(), err));
    }

    /**
     * Starts {@code netzbild arguments…} with {@code environment} added (e.g. {@code NETZBILD_PASSWORD})
     * and {@code systemProperties} as {@code -D} options (e.g. a smaller import batch).
     */
    public static CommandLineProcess start(List<String> arguments, Map<String, String> environment,
                                           Map<String, String> systemProperties) throws IOException {
        var options = new ArrayList<>(List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow", "--add-opens=java.base/java.nio=ALL-UNNAMED"));
        systemProperties.forEach((name, value) -> options.add("-D" + name + "=" + value));
        return new CommandLineProcess(ChildJvm.start(CommandLineChildMain.class, options, arguments, builder -> {
            builder.redirectErrorStream(false);
            builder.environment().remove("NETZBILD_PASSWORD");
            builder.environment().putAll(environment);
            return builder;
        }));
    }

    private static Thread drain(InputStream stream, StringBuffer into) {
        return Thread.ofPlatform().daemon().name("command-output").start(() -> {
            byte[] buffer = new byte[8192];
            try (stream) {
                int read;
                while ((read = stream.read(buffer)) > 0) {
                    into.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // the process is gone
            }
        });
    }

    /** What the command has printed on stderr so far (progress, messages). */
    public String errSoFar() {
        return err.toString();
    }

    /**
     * Waits until the command ends, at most {@code seconds}: a hang guard, not a speed goal. A command
     * that has not ended by then is killed and reported as hanging, with what it printed.
     */
    public Ended awaitEnd(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            throw new AssertionError("the command did not answer within " + seconds + " s (killed); it printed:\n"
                    + out + "\n--- stderr ---\n" + err);
        }
        long ended = System.nanoTime();
        for (Thread reader : readers) {
            reader.join(10_000);
        }
        return new Ended(process.exitValue(), out.toString(), err.toString(), ended);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
}
