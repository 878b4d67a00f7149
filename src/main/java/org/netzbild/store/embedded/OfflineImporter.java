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
import org.netzbild.store.StoreException;
import picocli.CommandLine;

/**
 * Neo4j's offline importer ({@code neo4j-admin database import full}) run in this JVM, into the
 * database folder an embedded store of {@code home} opens ({@code home/data/databases/neo4j}).
 * The benchmarks' reference for an import into an empty store. The input is Neo4j's own CSV
 * format: node files with {@code :ID} and {@code :LABEL} columns, relationship files with
 * {@code :START_ID}, {@code :END_ID} and {@code :TYPE}. The JVM needs
 * {@code --add-opens=java.base/java.nio=ALL-UNNAMED} (the launcher script passes it).
 */
public final class OfflineImporter {

    private OfflineImporter() {
    }

    /** Imports, replacing whatever database was there; the importer's own output goes to {@code log}. */
    public static void importInto(Path home, List<Path> nodeFiles, List<Path> relationshipFiles, Path log) {
        var arguments = new ArrayList<String>();
        nodeFiles.forEach(f -> arguments.add("--nodes=" + f.toAbsolutePath()));
        relationshipFiles.forEach(f -> arguments.add("--relationships=" + f.toAbsolutePath()));
        arguments.add("--overwrite-destination=true");
        arguments.add("--id-type=string");
        arguments.add("neo4j");
        try {
            Files.createDirectories(home);
            try (var out = new PrintStream(Files.newOutputStream(log), true, StandardCharsets.UTF_8)) {
                var context = new ExecutionContext(home.toAbsolutePath(), home.toAbsolutePath().resolve("conf"), out, out,
                        new DefaultFileSystemAbstraction());
                int exit = new CommandLine(new ImportCommand.Full(context)).execute(arguments.toArray(String[]::new));
                if (exit != 0) {
                    throw new StoreException("Neo4j's offline importer failed (exit code " + exit + "), see " + log);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
