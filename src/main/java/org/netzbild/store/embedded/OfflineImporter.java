package org.netzbild.store.embedded;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.netzbild.store.OfflineImporterException;
import org.netzbild.store.StoreException;
import picocli.CommandLine;

/**
 * Neo4j's offline importer ({@code neo4j-admin database import full}) run in this JVM, into the
 * database folder an embedded store of {@code home} opens ({@code home/data/databases/neo4j}).
 * The bulk import (ADR 0011) runs it in a child process ({@link #importInChildProcess}); the import
 * benchmark (test scope) also in this JVM, as its reference. The input is Neo4j's own CSV
 * format: node files with {@code :ID} and {@code :LABEL} columns, relationship files with
 * {@code :START_ID}, {@code :END_ID} and {@code :TYPE}. The JVM needs
 * {@code --add-opens=java.base/java.nio=ALL-UNNAMED} (the launcher script passes it).
 *
 * <p>The child JVM runs with the JVM's defaults (the C2 compiler, the default collector), which a
 * real first import of millions of rows needs. The system property {@value #JVM_OPTIONS} adds
 * options of its own, separated by spaces: the tests, whose imports are a few thousand rows and
 * whose time goes into the JVM's start, ask for {@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}
 * and a class data archive there.
 */
public final class OfflineImporter {

    /** The system property with further options for the importer's JVM, separated by spaces. */
    public static final String JVM_OPTIONS = "netzbild.offlineImporter.jvmOptions";

    private OfflineImporter() {
    }

    /** Runs the importer's command in this JVM; returns its exit code. The child process's body. */
    static int run(Path home, List<String> arguments, Path log) {
        try {
            Files.createDirectories(home);
            try (var out = new PrintStream(Files.newOutputStream(log), true, StandardCharsets.UTF_8)) {
                var context = new ExecutionContext(home.toAbsolutePath().normalize(), home.toAbsolutePath().normalize().resolve("conf"), out, out,
                        new DefaultFileSystemAbstraction());
                return new CommandLine(new ImportCommand.Full(context)).execute(arguments.toArray(String[]::new));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the importer in a child JVM on this class path: when it fails it leaves threads behind
     * that would keep this process from ending, and its memory is its own. Waits for it; a failure
     * names the log with the importer's own words.
     */
    public static void importInChildProcess(Path home, List<String> arguments, Path log, Path keepLogAt) {
        var command = new ArrayList<String>();
        command.add(javaCommand());
        command.add("--add-opens=java.base/java.nio=ALL-UNNAMED");
        command.add("--enable-native-access=ALL-UNNAMED");
        command.addAll(jvmOptions());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(OfflineImporter.class.getName());
        command.add(home.toAbsolutePath().toString());
        command.add(log.toAbsolutePath().toString());
        command.addAll(arguments);
        try {
            // run in the input's folder, its files named relatively: the importer splits file lists at commas,
            // and a workspace path may have one ("Akte 12, Teil 2")
            Process child = new ProcessBuilder(command).directory(log.getParent().toFile()).redirectErrorStream(true)
                    .redirectOutput(log.resolveSibling(log.getFileName() + ".out").toFile()).start();
            try {
                int exit = child.waitFor();
                if (exit != 0) {
                    throw failure(log, keepLogAt, exit);
                }
            } catch (InterruptedException e) {
                child.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new StoreException("the offline importer was interrupted");
            } finally {
                if (child.isAlive()) {
                    child.destroyForcibly();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The importer's own words, and its log kept beside the workspace (its input folder is deleted). */
    private static OfflineImporterException failure(Path log, Path keepLogAt, int exit) {
        String said = "exit code " + exit;
        try {
            var lines = new java.util.ArrayList<String>();
            for (Path file : List.of(log, log.resolveSibling(log.getFileName() + ".out"))) {
                if (Files.exists(file)) {
                    lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
                }
            }
            int failed = lines.indexOf("Command Failed");
            var cause = (failed >= 0 ? lines.subList(failed + 1, lines.size()) : lines.subList(Math.max(0, lines.size() - 5),
                    lines.size())).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("---") && !l.startsWith("WARNING")).limit(4).toList();
            if (!cause.isEmpty()) {
                said = String.join(" ", cause);
            }
            Files.write(keepLogAt, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            said += " (log unreadable: " + e.getMessage() + ")";
        }
        return new OfflineImporterException(said, keepLogAt);
    }

    /** The options of {@value #JVM_OPTIONS}, none when it is not set. */
    static List<String> jvmOptions() {
        String options = System.getProperty(JVM_OPTIONS, "").strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    /** The java launcher of this runtime (an installed app's launcher is not one). */
    private static String javaCommand() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (Files.isExecutable(java)) {
            return java.toString();
        }
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** The child process: {@code HOME LOG ARGUMENTS...}; exits with the importer's code. */
    public static void main(String[] args) {
        // a parent killed with SIGKILL cannot stop its child: the child stops itself, its work is void anyway.
        // The parent never writes to the child's input; the pipe ends when the parent does, however it
        // ends, and the read sees that at once (the JDK learns of a parent's end only by polling, with
        // pauses that grow to seconds). The parent's onExit stays as the fallback for an input that
        // is no pipe.
        Thread.ofPlatform().daemon().name("parent-watch").start(() -> {
            try {
                while (System.in.read() != -1) {
                    // nothing is ever sent
                }
                Runtime.getRuntime().halt(71);
            } catch (java.io.IOException e) {
                // no input to watch: the fallback below
            }
        });
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(71)));
        int exit;
        try {
            exit = run(Path.of(args[0]), List.of(args).subList(2, args.length), Path.of(args[1]));
        } catch (RuntimeException e) {
            e.printStackTrace();
            exit = 70;
        }
        // the importer may leave non-daemon threads behind
        System.exit(exit);
    }
}
