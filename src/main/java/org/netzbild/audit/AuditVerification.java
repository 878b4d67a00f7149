package org.netzbild.audit;

/**
 * The result of checking an audit file.
 *
 * @param entries      how many entries were read
 * @param firstBadLine the line number (1-based) of the first altered or broken entry, 0 if none
 * @param firstBadSeq  that entry's sequence number as written, or -1 if unreadable
 * @param problem      what is wrong with it, or {@code null} when the log is intact
 * @param prunedUpTo   the sequence number of the last entry pruned off the start of the log (its anchor
 *                     is the first line), 0 when nothing was pruned
 */
public record AuditVerification(long entries, long firstBadLine, long firstBadSeq, Problem problem, long prunedUpTo) {

    public AuditVerification(long entries, long firstBadLine, long firstBadSeq, Problem problem) {
        this(entries, firstBadLine, firstBadSeq, problem, 0);
    }

    /** Why an entry fails verification. */
    public enum Problem {
        /** The entry carries no hash: cut or overwritten. */
        NO_HASH,
        /** The entry's text no longer matches its hash: altered. */
        ALTERED,
        /** The entry does not follow the one before it: removed, inserted or reordered entries. */
        CHAIN_BROKEN,
        /** The sequence number does not match the entry's position. */
        SEQUENCE,
        /** The entry is not readable JSON. */
        UNREADABLE,
        /** The entry is not valid UTF-8 text. */
        ENCODING,
        /**
         * The log starts at a pruning anchor that no {@code pruneAudit} entry of the log confirms:
         * entries were cut off the start, or an anchor was forged to hide it.
         */
        ANCHOR_UNCONFIRMED
    }

    public boolean intact() {
        return problem == null;
    }
}
