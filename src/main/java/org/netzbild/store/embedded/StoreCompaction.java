package org.netzbild.store.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import org.netzbild.schema.Migrations;
import org.netzbild.schema.Ontology;
import org.netzbild.security.Visibility;
import org.netzbild.store.StoreCompactor;
import org.netzbild.store.StoreException;
import org.netzbild.store.cypher.CypherGraphStore;

/**
 * Rebuilds an embedded store so that what was deleted is gone from the disk (ADR 0019). Neo4j
 * keeps a deleted record's strings in its store files until the space is reused, and in its
 * transaction logs and full-text index segments: a delete alone erases nothing. The rebuild copies
 * every node and relationship that remains, with its labels and properties as they are, into a new
 * database folder beside the store (the migrations create the constraints and indexes there first,
 * so the copy is checked as any write), switches the workspace to it by the same atomic pointer
 * rename a bulk load uses ({@link StoreFolders}) and deletes the old folder with its logs and
 * indexes. A process killed before the switch leaves the old store and a folder the next open
 * deletes; after it, the new store.
 */
public final class StoreCompaction implements StoreCompactor {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StoreCompaction.class);
    private static final int BATCH = 10_000;
    private static final Label SCHEMA = Label.label("NetzbildSchema");

    @Override
    public Copied compact(Path workspace, Ontology ontology) {
        try (FileChannel lockFile = FileChannel.open(workspace.resolve(StoreFolders.LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             var lock = StoreFolders.tryLock(lockFile)) {
            if (lock == null) {
                throw new StoreException("a bulk import is running in " + workspace);
            }
            Path current = StoreFolders.graph(workspace);
            Path rebuilt = StoreFolders.newBulkFolder(workspace);
            Copied copied = copy(current, rebuilt, ontology);
            StoreFolders.switchTo(workspace, rebuilt);
            LOG.info("the store of {} was rebuilt in {}: {} nodes, {} relationships", workspace, rebuilt,
                    copied.nodes(), copied.relationships());
            StoreFolders.deleteTree(current);
            return copied;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Copied copy(Path from, Path to, Ontology ontology) {
        DatabaseManagementService source = EmbeddedDatabase.open(from);
        try {
            DatabaseManagementService target = EmbeddedDatabase.open(to);
            try {
                var runner = EmbeddedRunner.over(to, target);
                new CypherGraphStore(runner, ontology, Visibility.everything()).migrate(Migrations.standard());
                return copy(source.database("neo4j"), target.database("neo4j"));
            } finally {
                target.shutdown();
            }
        } catch (RuntimeException e) {
            try {
                StoreFolders.deleteTree(to);
            } catch (IOException | RuntimeException cleanup) {
                LOG.warn("left for the next open to delete: {}", cleanup.toString());
            }
            throw EmbeddedErrors.translate(e, from.toString());
        } finally {
            source.shutdown();
        }
    }

    /** Every node but the schema marker (the migrations wrote the new one), then every relationship. */
    private static Copied copy(GraphDatabaseService source, GraphDatabaseService target) {
        var copies = new HashMap<String, String>();
        long nodes = 0;
        long relationships = 0;
        try (Transaction read = source.beginTx()) {
            Transaction write = target.beginTx();
            try {
                int inBatch = 0;
                for (Node node : read.getAllNodes()) {
                    if (node.hasLabel(SCHEMA)) {
                        continue;
                    }
                    var labels = new java.util.ArrayList<Label>();
                    node.getLabels().forEach(labels::add);
                    Node copy = write.createNode(labels.toArray(Label[]::new));
                    setAll(copy, node.getAllProperties());
                    copies.put(node.getElementId(), copy.getElementId());
                    nodes++;
                    if (++inBatch == BATCH) {
                        write = next(write, target);
                        inBatch = 0;
                    }
                }
                write = next(write, target);
                inBatch = 0;
                for (Relationship relationship : read.getAllRelationships()) {
                    Node start = write.getNodeByElementId(copies.get(relationship.getStartNode().getElementId()));
                    Node end = write.getNodeByElementId(copies.get(relationship.getEndNode().getElementId()));
                    Relationship copy = start.createRelationshipTo(end, RelationshipType.withName(relationship.getType().name()));
                    setAll(copy, relationship.getAllProperties());
                    relationships++;
                    if (++inBatch == BATCH) {
                        write = next(write, target);
                        inBatch = 0;
                    }
                }
                write.commit();
            } finally {
                write.close();
            }
        }
        return new Copied(nodes, relationships);
    }

    private static Transaction next(Transaction done, GraphDatabaseService target) {
        done.commit();
        done.close();
        return target.beginTx();
    }

    private static void setAll(org.neo4j.graphdb.Entity copy, Map<String, Object> properties) {
        properties.forEach(copy::setProperty);
    }
}
