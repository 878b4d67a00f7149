package org.netzbild.app;

import java.time.Instant;
import org.netzbild.audit.AuditEvent;
import org.netzbild.audit.AuditedIds;
import org.netzbild.audit.Operation;
import org.netzbild.audit.Outcome;
import org.netzbild.schema.Ontology;
import org.netzbild.security.Permission;
import org.netzbild.store.AuditedGraphStore;
import org.netzbild.store.StoreCompactor;

/**
 * Erasure (§ 75 BDSG): a record deleted and then gone from the disk. Deleting through the port
 * removes the entity with its links and every statement about it; the store is then rebuilt from
 * what remains ({@link StoreCompactor}), because Neo4j keeps deleted strings in its files, logs and
 * indexes. Both steps are audited with the reason. Only an embedded store can be rebuilt here; a
 * server's store is rebuilt by its operator with {@code netzbild compact} on the server's workspace.
 */
public final class Erasure {

    /** What the rebuilt store holds. */
    public record Kept(long nodes, long links) {
    }

    private final Workspace workspace;

    public Erasure(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Deletes the entity and rebuilds the store; {@link org.netzbild.store.NotFoundException} if absent or hidden. */
    public Kept erase(String entityId, String reason) {
        requireReason(reason);
        requireEmbedded();
        workspace.store().delete(entityId);
        return rebuild(reason);
    }

    /**
     * Erases an entity of the session's review queue (§ 75 BDSG, ADR 0022): deleted through the
     * port's review door, which finds only entities due for review of the session's agency, then
     * the store is rebuilt; {@link org.netzbild.store.NotFoundException} when it is not in the queue.
     */
    public Kept eraseDue(String entityId, String reason) {
        requireReason(reason);
        requireEmbedded();
        workspace.store().deleteDue(entityId, reason);
        return rebuild(reason);
    }

    /**
     * Rebuilds the store so that everything deleted so far (erased records, undone imports) is gone
     * from the disk. The workspace stays locked throughout: it is reopened on the rebuilt store.
     */
    public Kept compact(String reason) {
        requireReason(reason);
        requireEmbedded();
        // a rebuild takes the store away from everyone for its duration: for those whose deletions it
        // finishes (hand edits, undone imports, the review queue), not for reading or account roles
        var session = workspace.session();
        if (!session.may(Permission.WRITE) && !session.may(Permission.IMPORT) && !session.may(Permission.REVIEW)) {
            workspace.require(Permission.WRITE, Operation.DELETE, "compact");
        }
        return rebuild(reason);
    }

    private Kept rebuild(String reason) {
        var session = workspace.session();
        var intended = new AuditEvent(Instant.now(), AuditedGraphStore.actorOf(session), Operation.DELETE, "compact",
                "reason=" + reason, AuditedIds.none(), Outcome.INTENDED);
        workspace.audit().append(intended);
        var copied = new StoreCompactor.Copied[1];
        try {
            workspace.reopenAfter(() -> copied[0] = StoreCompactor.embedded().compact(workspace.settings().folder(),
                    Ontology.standard()));
        } catch (RuntimeException e) {
            workspace.audit().append(intended.failed());
            throw e;
        }
        workspace.audit().append(new AuditEvent(Instant.now(), AuditedGraphStore.actorOf(session), Operation.DELETE,
                "compact", "reason=" + reason + ", kept " + copied[0].nodes() + " nodes and "
                + copied[0].relationships() + " relationships", AuditedIds.none(), Outcome.DONE));
        return new Kept(copied[0].nodes(), copied[0].relationships());
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw UserFacingException.badArgument("error.erasureNeedsReason");
        }
    }

    private void requireEmbedded() {
        if (!workspace.settings().isEmbedded()) {
            throw UserFacingException.badArgument("error.erasureNeedsEmbedded");
        }
    }
}
