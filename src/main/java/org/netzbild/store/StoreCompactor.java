package org.netzbild.store;

import java.nio.file.Path;
import org.netzbild.schema.Ontology;
import org.netzbild.store.embedded.StoreCompaction;

/**
 * Rebuilds a closed embedded store from what it holds, so that deleted records leave no trace in
 * its files, logs or indexes (erasure, § 75 BDSG; ADR 0019). The use case reaches the embedded
 * adapter only through this port.
 */
public interface StoreCompactor {

    /** What the rebuilt store holds. */
    record Copied(long nodes, long relationships) {
    }

    static StoreCompactor embedded() {
        return new StoreCompaction();
    }

    /** Rebuilds the store of the workspace folder, which no process may have open. */
    Copied compact(Path workspace, Ontology ontology);
}
