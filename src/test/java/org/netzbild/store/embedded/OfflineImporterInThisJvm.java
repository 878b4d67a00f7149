package org.netzbild.store.embedded;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.netzbild.store.StoreException;

/**
 * The import benchmark's reference for an empty store: Neo4j's offline importer run in the
 * benchmark's own JVM (no child process to start), into the database folder an embedded store of
 * {@code home} opens, replacing whatever database was there. Test scope: the product runs the
 * importer only as the bulk import's child process.
 */
public final class OfflineImporterInThisJvm {

    private OfflineImporterInThisJvm() {
    }

    /** Imports; the importer's own output goes to {@code log}. */
    public static void importInto(Path home, List<Path> nodeFiles, List<Path> relationshipFiles, Path log) {
        var arguments = new ArrayList<String>();
        nodeFiles.forEach(f -> arguments.add("--nodes=" + f.toAbsolutePath()));
        relationshipFiles.forEach(f -> arguments.add("--relationships=" + f.toAbsolutePath()));
        arguments.add("--overwrite-destination=true");
        arguments.add("--id-type=string");
        arguments.add("neo4j");
        int exit = OfflineImporter.run(home, arguments, log);
        if (exit != 0) {
            throw new StoreException("Neo4j's offline importer failed (exit code " + exit + "), see " + log);
        }
    }
}
