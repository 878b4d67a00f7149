package org.netzbild.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    private ChildJvm() {
    }

    /** A process builder for {@code main} with {@code arguments}, its output and errors merged. */
    public static synchronized ProcessBuilder of(Class<?> main, List<String> jvmOptions, List<String> arguments) {
        if (classPath == null) {
            prepare();
        }
        var command = new ArrayList<String>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-XX:+UseSerialGC");
        command.add("-XX:+AutoCreateSharedArchive");
        // one archive per main class: a dynamic archive holds the classes one program loaded
        command.add("-XX:SharedArchiveFile=" + folder.resolve(main.getSimpleName() + ".jsa"));
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        command.addAll(jvmOptions);
        command.add("-D" + OfflineImporter.JVM_OPTIONS + "=" + importerOptions());
        command.add("-cp");
        command.add(classPath);
        command.add("-Dlogback.configurationFile=logback-test.xml");
        command.add(main.getName());
        command.addAll(arguments);
        return new ProcessBuilder(command).redirectErrorStream(true);
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
            folder = Files.createTempDirectory("netzbild-child-jvm");
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
