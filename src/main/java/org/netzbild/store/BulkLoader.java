package org.netzbild.store;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.netzbild.model.Entity;
import org.netzbild.model.ImportRecord;
import org.netzbild.model.WriteBatch;
import org.netzbild.schema.Ontology;
import org.netzbild.store.embedded.BulkLoad;

/**
 * A first import into an empty embedded store (ADR 0011): checked records are written as the
 * input of Neo4j's offline importer, imported into a new database folder, indexed, and switched
 * in whole by {@link #commit()}. The use case reaches the embedded adapter only through this
 * port, as it reaches the database only through {@link GraphStore}.
 */
public interface BulkLoader extends AutoCloseable {

    /**
     * Starts a bulk load for the workspace folder; only one may run per workspace.
     *
     * @param written told the id of every record written, for the import's audit entry
     */
    static BulkLoader open(Path workspace, Ontology ontology, Consumer<String> written) {
        return new BulkLoad(workspace, ontology, written);
    }

    /** The reference data the store holds (municipalities, police authorities): loaded first, outside the import. */
    void reference(WriteBatch batch);

    /**
     * The workspace's accounts, carried into the new database: the load replaces the store, and
     * without them nobody could sign in to it again.
     */
    void accounts(List<org.netzbild.security.Account> accounts);

    /** The reference entities of these ids, as the importer finds them already in the target. */
    List<Entity> entities(Collection<String> ids);

    /** Validates a batch as the store's write would and appends it to the importer's input. */
    void write(WriteBatch batch);

    /** Runs the offline importer over everything written, with {@code record} as the import's record. */
    void importRecords(ImportRecord record);

    /** Opens the new database once: creates the constraints and indexes and waits until they are online. */
    void buildIndexes();

    /** Makes the loaded database the workspace's store; the store it replaces must be closed. */
    void commit();

    /** Releases the lock; a load not committed leaves its folders, deleted now or at the next open. */
    @Override
    void close();
}
