package org.netzbild.app;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.netzbild.model.Entity;
import org.netzbild.model.Handling;

/**
 * The review queue (§ 75 BDSG, PolG NRW § 22b; ADR 0022) for a data protection officer: the
 * entities of their agency whose review date has passed, which no other read shows any more, and
 * the three decisions on each: keep it until a new date, keep it for fewer eyes (restrict), or erase
 * it. Every decision needs a reason, which the audit log keeps with it; the store port refuses the
 * queue to a session without the DATA_PROTECTION role.
 */
public final class ReviewQueue {

    /** How many due records one look at the queue lists. */
    public static final int PAGE = 500;

    private final Workspace workspace;

    public ReviewQueue(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The records due for review, earliest review date first. */
    public List<Entity> due() {
        return workspace.store().dueForReview(PAGE);
    }

    /** Keeps a due record until {@code until}, a day after today. */
    public void keep(String entityId, LocalDate until, String reason) {
        requireReason(reason);
        workspace.store().keep(entityId, requireLater(until), reason);
    }

    /** Keeps a due record until {@code until} for its agency alone or for need-to-know. */
    public void restrict(String entityId, Handling handling, LocalDate until, String reason) {
        requireReason(reason);
        if (handling == Handling.OPEN) {
            throw UserFacingException.badArgument("review.restrictNotOpen");
        }
        workspace.store().restrict(entityId, handling, requireLater(until), reason);
    }

    /** Erases a due record and rebuilds the store, so that nothing of it stays on disk. */
    public Erasure.Kept erase(String entityId, String reason) {
        requireReason(reason);
        return new Erasure(workspace).eraseDue(entityId, reason);
    }

    /** The date a kept record is due again when the officer does not choose one: a year from today. */
    public static LocalDate suggestedUntil() {
        return LocalDate.now(ZoneOffset.UTC).plusYears(1);
    }

    private static LocalDate requireLater(LocalDate until) {
        if (until == null || !until.isAfter(LocalDate.now(ZoneOffset.UTC))) {
            throw UserFacingException.badArgument("review.untilNotLater", String.valueOf(until));
        }
        return until;
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw UserFacingException.badArgument("review.needsReason");
        }
    }
}
