package org.netzbild.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.netzbild.store.embedded.StoreFolders;

/**
 * Which entries of a workspace folder are its embedded store, for a backup (ADR 0035): the folder
 * that holds the database now, and the pointer naming it after a bulk load. The use case reaches
 * the embedded adapter's folders only through here.
 */
public final class StoreFiles {

    private StoreFiles() {
    }

    /** Whether a workspace folder holds an embedded store (a server connection's client folder does not). */
    public static boolean holdsStore(Path workspace) {
        return StoreFolders.holdsStore(workspace);
    }

    /** The store's top-level entries as they stand; call it while no process has the store open. */
    public static List<Path> of(Path workspace) {
        Path database = StoreFolders.graph(workspace);
        var entries = new ArrayList<Path>();
        entries.add(database);
        Path pointer = workspace.resolve("graph.current");
        if (Files.exists(pointer)) {
            entries.add(pointer);
        }
        return entries;
    }

    /** Whether a top-level entry of a workspace folder belongs to an embedded store, this one or another's. */
    public static boolean isStoreEntry(String name) {
        return name.startsWith("graph");
    }
}
