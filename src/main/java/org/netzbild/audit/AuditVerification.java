package org.netzbild.audit;

/**
 * The result of checking an audit file.
 *
 * @param entries     how many entries were read
 * @param firstBadLine the line number (1-based) of the first altered or broken entry, 0 if none
 * @param firstBadSeq  that entry's sequence number as written, or -1 if unreadable
 */
public record AuditVerification(long entries, long firstBadLine, long firstBadSeq, String reason) {

    public boolean intact() {
        return firstBadLine == 0;
    }
}
