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
 * same JavaFX jars, and against the same minimal window with a start cache of its own (ADR 0038: the
 * program carries one, so the fair floor has one too), in turn, in one run (issue 22; ADR 0016). Both headless (JavaFX's headless
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
        // in a jar of its own: a start cache takes no classes from a folder on the class path
        Path minimalJar = folder.resolve("minimal.jar");
        try (var jar = new java.util.jar.JarOutputStream(Files.newOutputStream(minimalJar))) {
            for (Class<?> type : List.of(MinimalFxApp.class, MinimalFxApp.Main.class)) {
                String entry = type.getName().replace('.', '/') + ".class";
                jar.putNextEntry(new java.util.jar.JarEntry(entry));
                jar.write(Files.readAllBytes(Path.of("target/test-classes").resolve(entry)));
                jar.closeEntry();
            }
        }
        List<String> minimalCommand = List.of(IMAGE.resolve("lib/runtime/bin/java").toString(),
                "-Dglass.platform=Headless", "-Dprism.order=sw",
                "-cp", minimalJar + java.io.File.pathSeparator + javafx, MinimalFxApp.Main.class.getName());
        // the minimal window with a start cache of its own, trained as build.sh trains the program's (ADR 0038)
        Path minimalCache = folder.resolve("minimal.aot");
        var training = new ArrayList<>(minimalCommand);
        training.add(1, "-XX:AOTCacheOutput=" + minimalCache);
        run(training, "window shown, minimal");
        var cached = new ArrayList<>(minimalCommand);
        cached.add(1, "-XX:AOTCache=" + minimalCache);
        boolean programCached = Files.exists(IMAGE.resolve("lib/app/netzbild.aot"));

        var app = new ArrayList<Long>();
        var appReady = new ArrayList<Long>();
        var minimal = new ArrayList<Long>();
        var minimalCached = new ArrayList<Long>();
        for (int i = 0; i < starts; i++) {
            // the three in turn, each round starting with the next, so that none always has the warmest disk cache
            for (int turn = 0; turn < 3; turn++) {
                switch ((i + turn) % 3) {
                    case 0 -> minimal.add(run(minimalCommand, "window shown, minimal")[0]);
                    case 1 -> minimalCached.add(run(cached, "window shown, minimal")[0]);
                    default -> {
                        long[] seen = run(List.of(IMAGE.resolve("bin/netzbild").toString(), "--store", workspace.toString()),
                                "window interactive", "window shown, workspace open");
                        app.add(seen[0]);
                        appReady.add(seen[1]);
                    }
                }
            }
        }
        String table = "| start | installed app" + (programCached ? " (with its start cache)" : "")
                + ": window interactive (ms) | installed app: workspace open at its sign-in (ms) "
                + "| minimal JavaFX window (ms) | minimal JavaFX window with a start cache of its own (ms) |\n|---|---|---|---|---|\n"
                + rows(app, appReady, minimal, minimalCached) + "| median | " + median(app) + " | " + median(appReady) + " | "
                + median(minimal) + " | " + median(minimalCached) + " |\n\n"
                + String.format(java.util.Locale.ROOT, "window: %.2f x the minimal window, %.2f x the minimal window with its"
                        + " cache; sign-in: %.2f x the minimal window%n",
                median(app) / (double) median(minimal), median(app) / (double) median(minimalCached),
                median(appReady) / (double) median(minimal));
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

    private static String rows(List<Long> app, List<Long> appReady, List<Long> minimal, List<Long> minimalCached) {
        var rows = new StringBuilder();
        for (int i = 0; i < app.size(); i++) {
            rows.append("| ").append(i + 1).append(" | ").append(app.get(i)).append(" | ").append(appReady.get(i))
                    .append(" | ").append(minimal.get(i)).append(" | ").append(minimalCached.get(i)).append(" |\n");
        }
        return rows.toString();
    }

    private static long median(List<Long> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
