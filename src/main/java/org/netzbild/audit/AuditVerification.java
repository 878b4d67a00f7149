package org.netzbild.audit;

/**
 * The result of checking an audit file.
 *
 * @param entries      how many entries were read
 * @param firstBadLine the line number (1-based) of the first altered or broken entry, 0 if none
 * @param firstBadSeq  that entry's sequence number as written, or -1 if unreadable
 * @param problem      what is wrong with it, or {@code null} when the log is intact
 */
public record AuditVerification(long entries, long firstBadLine, long firstBadSeq, Problem problem) {

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
        ENCODING
    }

    public boolean intact() {
        return problem == null;
    }
}
