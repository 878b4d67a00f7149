package org.netzbild.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.netzbild.store.embedded.OfflineImporter;

/**
 * Starts a main class of the tests in a JVM of its own, for harnesses that kill processes. Such a
 * harness starts dozens of short-lived JVMs that each open an embedded Neo4j, so their start is
 * made cheaper: the serial collector (no GC threads to start for a small heap), and one class data
 * archive (AppCDS) per main class that the first child writes and the others map, which halves the
 * time to an open store on this machine kind (14 s → 7 s, measured under load on 2 cores). The
 * archive needs a class path of jars, so the test's class folders are packed into jars once per
 * test JVM. Short-lived children may add {@code -XX:TieredStopAtLevel=1} (C1 only).
 *
 * <p>A child that runs a bulk import starts Neo4j's offline importer in a JVM of its own
 * ({@code OfflineImporter}); the child passes that JVM the same cheaper start, through the
 * importer's options setting: the test JVM's options (C1, the serial collector, set in the build)
 * and, since the child's class path is one of jars, an archive of the importer's classes.
 */
public final class ChildJvm {

    private static Path folder;
    private static String classPath;
    private static final long MAKER_SECONDS = 30;
    /** The child that writes a main class's archive, while it runs. */
    private static final Map<Class<?>, Process> makers = new HashMap<>();
    /** First children that outlived the wait: later children start beside them without the archive. */
    private static final Set<Process> outlived = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private ChildJvm() {
    }

    /**
     * Starts {@code main} with {@code arguments}, after {@code setUp} has adjusted the process builder
     * (its output and errors are merged unless {@code setUp} says otherwise).
     *
     * <p>The first child of a main class writes its archive when it exits, which costs it seconds. A
     * child started while that one still runs waits for it (up to {@value #MAKER_SECONDS} s), then
     * maps the archive: started beside it, it would load every class itself and write an archive of
     * its own into the same file. Rounds that start children side by side (the kill harness's two
     * rounds, a concurrency test's clients) so pay for one archive, not for one each. A child that
     * outlives the wait (a server) leaves the others to start without the archive.
     */
    public static Process start(Class<?> main, List<String> jvmOptions, List<String> arguments,
                                UnaryOperator<ProcessBuilder> setUp) throws IOException {
        return start(main, jvmOptions, arguments, setUp, true);
    }

    /**
     * {@link #start} for the one child of its main class in the suite: no class data archive is
     * written, since writing it costs that child seconds and no later child would map it.
     */
    public static Process startOnce(Class<?> main, List<String> jvmOptions, List<String> arguments,
                                    UnaryOperator<ProcessBuilder> setUp) throws IOException {
        return start(main, jvmOptions, arguments, setUp, false);
    }

    private static Process start(Class<?> main, List<String> jvmOptions, List<String> arguments,
                                 UnaryOperator<ProcessBuilder> setUp, boolean withArchive) throws IOException {
        Process maker;
        synchronized (ChildJvm.class) {
            if (classPath == null) {
                prepare();
            }
            maker = makers.get(main);
        }
        if (maker != null && !outlived.contains(maker)) {
            try {
                if (!maker.waitFor(MAKER_SECONDS, TimeUnit.SECONDS)) {
                    // a long-running first child: the others no longer wait for it
                    outlived.add(maker);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while the first child wrote its archive", e);
            }
        }
        synchronized (ChildJvm.class) {
            Path archive = folder.resolve(main.getSimpleName() + ".jsa");
            maker = makers.get(main);
            // without an archive of its own the child starts as one beside the archive's maker would
            boolean beingMade = !withArchive || maker != null && maker.isAlive();
            var command = new ArrayList<String>();
            command.add(ProcessHandle.current().info().command().orElse("java"));
            command.add("-XX:+UseSerialGC");
            if (!beingMade) {
                command.add("-XX:+AutoCreateSharedArchive");
                // one archive per main class: a dynamic archive holds the classes one program loaded
                command.add("-XX:SharedArchiveFile=" + archive);
                command.add("-Xlog:cds=off");
                command.add("-Xlog:cds+dynamic=off");
            }
            command.addAll(jvmOptions);
            command.add("-D" + OfflineImporter.JVM_OPTIONS + "=" + importerOptions());
            command.add("-cp");
            command.add(classPath);
            command.add("-Dlogback.configurationFile=logback-test.xml");
            command.add(main.getName());
            command.addAll(arguments);
            Process process = setUp.apply(new ProcessBuilder(command).redirectErrorStream(true)).start();
            if (!beingMade && !Files.exists(archive)) {
                makers.put(main, process);
            }
            return process;
        }
    }

    /** This JVM's options for the offline importer's JVM, and the importer's class data archive. */
    private static String importerOptions() {
        return String.join(" ", System.getProperty(OfflineImporter.JVM_OPTIONS, ""),
                "-XX:+AutoCreateSharedArchive",
                "-XX:SharedArchiveFile=" + folder.resolve(OfflineImporter.class.getSimpleName() + ".jsa"),
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off").strip();
    }

    private static void prepare() {
        try {
            folder = FastTempDirs.newFolder("netzbild-child-jvm");
            var entries = new ArrayList<String>();
            int jars = 0;
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                Path path = Path.of(entry);
                if (Files.isDirectory(path)) {
                    Path jar = folder.resolve("classes-" + jars++ + ".jar");
                    pack(path, jar);
                    entries.add(jar.toString());
                } else {
                    entries.add(entry);
                }
            }
            classPath = String.join(java.io.File.pathSeparator, entries);
            Runtime.getRuntime().addShutdownHook(new Thread(ChildJvm::deleteFolder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pack(Path classes, Path jar) throws IOException {
        try (var out = new JarOutputStream(Files.newOutputStream(jar)); var files = Files.walk(classes)) {
            // folders as entries too: resources may be listed by folder (the schema's migrations)
            for (Path file : files.filter(f -> !f.equals(classes)).toList()) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                boolean isFolder = Files.isDirectory(file);
                out.putNextEntry(new JarEntry(isFolder ? name + "/" : name));
                if (!isFolder) {
                    Files.copy(file, (OutputStream) out);
                }
                out.closeEntry();
            }
        }
    }

    private static void deleteFolder() {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
