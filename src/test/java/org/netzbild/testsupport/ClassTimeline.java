package org.netzbild.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Writes when each test class starts and ends, per test JVM, to
 * {@code target/timeline/<pid>.tsv} (milliseconds since the epoch, {@code start} or {@code end},
 * the class): laid beside a per-second sample of the machine's CPU, it shows which classes leave a
 * core idle (waits for a retry window, a child JVM's start). Surefire's reports have each class's
 * length but not when it ran. Registered for every test JVM by {@code META-INF/services}.
 */
public final class ClassTimeline implements TestExecutionListener {

    private final Path file = Path.of("target", "timeline", ProcessHandle.current().pid() + ".tsv");

    @Override
    public void executionStarted(TestIdentifier test) {
        write(test, "start");
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        write(test, "end");
    }

    private void write(TestIdentifier test, String what) {
        if (!(test.getSource().orElse(null) instanceof ClassSource source) || !test.isContainer()) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, System.currentTimeMillis() + "\t" + what + "\t" + source.getClassName() + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
