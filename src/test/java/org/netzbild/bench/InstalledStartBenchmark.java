package org.netzbild.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cold start of the installed program (the app-image of {@code -Pinstaller}) to its window with the
 * workspace open at its sign-in, against {@link MinimalFxApp} started from the same runtime with the
 * same JavaFX jars, alternating, in one run (issue 22; ADR 0016). Both headless (JavaFX's headless
 * platform, software rendering): the machine has no display. The time is from starting the process
 * to the marker line each prints once its window stands. The figures go to
 * {@code target/screenshots/installed-start.md}.
 *
 * <pre>./mvnw -B -Pinstaller package -Dinstaller.type=app-image
 * ./mvnw -B test -Pbench -Dtest=InstalledStartBenchmark   (-Dbench.starts=5)</pre>
 */
@Tag("bench")
class InstalledStartBenchmark {

    private static final Path IMAGE = Path.of("target/installer/netzbild");

    @TempDir
    Path folder;

    @Test
    void coldStartAgainstAMinimalJavaFxWindow() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(IMAGE.resolve("bin/netzbild")), "build the app-image first (-Pinstaller)");
        int starts = Integer.getInteger("bench.starts", 5);
        Path workspace = Files.createDirectories(folder.resolve("workspace"));
        // a workspace with its first ADMIN, so that every measured start opens an existing store
        run(List.of(IMAGE.resolve("bin/netzbild").toString(), "user", "add", "admin", "--agency", "pp-essen",
                "--role", "ADMIN", "--store", workspace.toString()), "admin");
        String javafx;
        try (Stream<Path> jars = Files.list(IMAGE.resolve("lib/app"))) {
            javafx = String.join(java.io.File.pathSeparator, jars.map(Path::toString)
                    .filter(j -> j.contains("javafx-")).sorted().toList());
        }
        var app = new ArrayList<Long>();
        var appReady = new ArrayList<Long>();
        var minimal = new ArrayList<Long>();
        for (int i = 0; i < starts; i++) {
            // alternating, the reference first every other round, so that neither always has the warmer disk cache
            boolean referenceFirst = i % 2 == 0;
            for (int turn = 0; turn < 2; turn++) {
                if (referenceFirst == (turn == 0)) {
                    minimal.add(run(List.of(IMAGE.resolve("lib/runtime/bin/java").toString(),
                            "-Dglass.platform=Headless", "-Dprism.order=sw",
                            "-cp", "target/test-classes" + java.io.File.pathSeparator + javafx,
                            MinimalFxApp.Main.class.getName()), "window shown, minimal")[0]);
                } else {
                    long[] seen = run(List.of(IMAGE.resolve("bin/netzbild").toString(), "--store", workspace.toString()),
                            "window interactive", "window shown, workspace open");
                    app.add(seen[0]);
                    appReady.add(seen[1]);
                }
            }
        }
        String table = "| start | installed app: window interactive (ms) | installed app: workspace open at its sign-in (ms) "
                + "| minimal JavaFX window (ms) |\n|---|---|---|---|\n"
                + rows(app, appReady, minimal) + "| median | " + median(app) + " | " + median(appReady) + " | "
                + median(minimal) + " |\n\n"
                + String.format(java.util.Locale.ROOT, "window: %.2f x the minimal window; sign-in: %.2f x%n",
                median(app) / (double) median(minimal), median(appReady) / (double) median(minimal));
        Path out = Path.of(System.getProperty("netzbild.screenshots", "target/screenshots"), "installed-start.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
        System.out.println(table);
        assertThat(app).hasSize(starts);
    }

    /** Starts a process headless and returns the milliseconds until it printed each marker; it must end with 0. */
    private static long[] run(List<String> command, String... markers) throws Exception {
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JAVA_TOOL_OPTIONS",
                "-Dglass.platform=Headless -Dprism.order=sw -Dnetzbild.exitWhenReady=true");
        builder.environment().put("NETZBILD_NEW_PASSWORD", "benchmark-admin-1");
        long start = System.nanoTime();
        Process process = builder.start();
        long[] seen = new long[markers.length];
        java.util.Arrays.fill(seen, -1);
        var output = new StringBuilder();
        try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.append(line).append('\n');
                for (int m = 0; m < markers.length; m++) {
                    if (seen[m] < 0 && line.contains(markers[m])) {
                        seen[m] = (System.nanoTime() - start) / 1_000_000;
                    }
                }
            }
        }
        assertThat(process.waitFor()).as(output.toString()).isZero();
        assertThat(seen).as(output.toString()).doesNotContain(-1L);
        return seen;
    }

    private static String rows(List<Long> app, List<Long> appReady, List<Long> minimal) {
        var rows = new StringBuilder();
        for (int i = 0; i < app.size(); i++) {
            rows.append("| ").append(i + 1).append(" | ").append(app.get(i)).append(" | ").append(appReady.get(i))
                    .append(" | ").append(minimal.get(i)).append(" |\n");
        }
        return rows.toString();
    }

    private static long median(List<Long> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
