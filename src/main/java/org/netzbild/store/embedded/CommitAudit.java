package org.netzbild.store.embedded;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.PropertyEntry;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListener;
import org.netzbild.audit.Actor;
import org.netzbild.audit.AuditEvent;
import org.netzbild.audit.AuditSink;
import org.netzbild.audit.AuditedIds;
import org.netzbild.audit.Operation;
import org.netzbild.audit.Outcome;

/**
 * Every write committed to a served workspace, on the workspace's audit log in the name of the
 * Bolt login that made it (and its account's agency), whatever client sent it: logged as intended before the commit (a log
 * that cannot be written stops the commit, as for the port's own writes) and as done or failed
 * after. The ids are the records' own ({@code id}, an account's {@code name}); the criteria count
 * what changed and quote the transaction's metadata, which the client chose and which is logged as
 * its claim, not as a fact. Reads change nothing and do not reach this listener: Neo4j Community has
 * no query log (ADR 0020).
 */
final class CommitAudit implements TransactionEventListener<AuditEvent> {

    /** The user name Neo4j gives the database's own transactions (none through Bolt). */
    private static final String NOBODY = "";
    private static final int METADATA_CHARACTERS = 500;
    private static final Label ACCOUNT = Label.label("NetzbildAccount");

    private final AuditSink audit;

    CommitAudit(AuditSink audit) {
        this.audit = audit;
    }

    @Override
    public AuditEvent beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService database) {
        if (onlyAppendsToTheAuditTrail(data)) {
            // a client's entry in the server's audit trail (ADR 0023) is itself the record of what it did
            return null;
        }
        var ids = new LinkedHashSet<String>();
        data.createdNodes().forEach(node -> add(ids, node));
        data.createdRelationships().forEach(relationship -> add(ids, relationship));
        data.assignedNodeProperties().forEach(entry -> changed(ids, entry, data));
        data.assignedRelationshipProperties().forEach(entry -> changed(ids, entry, data));
        data.removedNodeProperties().forEach(entry -> changed(ids, entry, data));
        data.removedRelationshipProperties().forEach(entry -> changed(ids, entry, data));
        long createdNodes = count(data.createdNodes());
        long deletedNodes = count(data.deletedNodes());
        long createdRelationships = count(data.createdRelationships());
        long deletedRelationships = count(data.deletedRelationships());
        String criteria = "over Bolt: nodes +" + createdNodes + " -" + deletedNodes + ", relationships +" + createdRelationships
                + " -" + deletedRelationships + metadata(data.metaData());
        String user = data.username() == null || data.username().equals(NOBODY) ? "neo4j-internal" : data.username();
        var intent = new AuditEvent(Instant.now(), new Actor(user, agencyOf(user, transaction), "", ""),
                operation(createdNodes + createdRelationships, deletedNodes + deletedRelationships, data),
                "commitOverBolt", criteria, AuditedIds.of(ids), Outcome.INTENDED);
        audit.append(intent);
        return intent;
    }

    @Override
    public void afterCommit(TransactionData data, AuditEvent intent, GraphDatabaseService database) {
        if (intent != null) {
            audit.append(intent.done(intent.ids()));
        }
    }

    /** A transaction that creates audit entries and moves the trail's head, and touches nothing else. */
    private static boolean onlyAppendsToTheAuditTrail(TransactionData data) {
        if (data.deletedNodes().iterator().hasNext() || data.createdRelationships().iterator().hasNext()
                || data.deletedRelationships().iterator().hasNext()
                || data.assignedRelationshipProperties().iterator().hasNext()
                || data.removedRelationshipProperties().iterator().hasNext()
                || data.assignedLabels().iterator().hasNext() && !labelsOfTheTrail(data.assignedLabels())
                || data.removedLabels().iterator().hasNext()) {
            return false;
        }
        boolean any = false;
        for (var node : data.createdNodes()) {
            any = true;
            if (!node.hasLabel(TRAIL_ENTRY) && !node.hasLabel(TRAIL_HEAD)) {
                return false;
            }
        }
        for (var entry : data.assignedNodeProperties()) {
            any = true;
            if (!entry.entity().hasLabel(TRAIL_ENTRY) && !entry.entity().hasLabel(TRAIL_HEAD)) {
                return false;
            }
        }
        for (var entry : data.removedNodeProperties()) {
            if (!entry.entity().hasLabel(TRAIL_HEAD)) {
                return false;
            }
        }
        return any;
    }

    private static boolean labelsOfTheTrail(Iterable<org.neo4j.graphdb.event.LabelEntry> labels) {
        for (var entry : labels) {
            if (!entry.label().equals(TRAIL_ENTRY) && !entry.label().equals(TRAIL_HEAD)) {
                return false;
            }
        }
        return true;
    }

    private static final org.neo4j.graphdb.Label TRAIL_ENTRY = org.neo4j.graphdb.Label.label("NetzbildAuditEntry");
    private static final org.neo4j.graphdb.Label TRAIL_HEAD = org.neo4j.graphdb.Label.label("NetzbildAuditHead");

    @Override
    public void afterRollback(TransactionData data, AuditEvent intent, GraphDatabaseService database) {
        if (intent != null) {
            audit.append(intent.failed());
        }
    }

    /** The agency of the login's account, read in the committing transaction; empty when there is no such account. */
    private static String agencyOf(String user, Transaction transaction) {
        Node account = transaction.findNode(ACCOUNT, "name", user);
        return account == null ? "" : String.valueOf(account.getProperty("agency", ""));
    }

    private static Operation operation(long created, long deleted, TransactionData data) {
        boolean changed = data.assignedNodeProperties().iterator().hasNext() && created == 0
                || data.removedNodeProperties().iterator().hasNext() && deleted == 0;
        if (created > 0 && deleted == 0 && !changed) {
            return Operation.CREATE;
        }
        if (deleted > 0 && created == 0 && !changed) {
            return Operation.DELETE;
        }
        return Operation.CHANGE;
    }

    /** The record's id as the port knows it, read while the record still exists. */
    private static void add(Set<String> ids, Entity entity) {
        Object id = entity.getProperty("id", null);
        if (id == null && entity instanceof Node node && node.hasLabel(ACCOUNT)) {
            id = node.getProperty("name", null);
        }
        if (id != null) {
            ids.add(String.valueOf(id));
        }
    }

    /** A changed property's record; a deleted record's id comes from its removed {@code id} property. */
    private static <T extends Entity> void changed(Set<String> ids, PropertyEntry<T> entry, TransactionData data) {
        T entity = entry.entity();
        boolean deleted = entity instanceof Node node ? data.isDeleted(node)
                : data.isDeleted((org.neo4j.graphdb.Relationship) entity);
        if (deleted) {
            if (entry.key().equals("id") && entry.previouslyCommittedValue() != null) {
                ids.add(String.valueOf(entry.previouslyCommittedValue()));
            }
            return;
        }
        add(ids, entity);
    }

    private static long count(Iterable<?> items) {
        long count = 0;
        for (Object ignored : items) {
            count++;
        }
        return count;
    }

    /** The client's metadata, sorted and cut short: a foreign client may send anything. */
    private static String metadata(Map<String, Object> metadata) {
        if (metadata == null || metadata.isEmpty()) {
            return "";
        }
        String text = new TreeMap<>(metadata).toString();
        return "; client's metadata " + (text.length() > METADATA_CHARACTERS ? text.substring(0, METADATA_CHARACTERS) + "…" : text);
    }
}
