package org.netzbild.audit;

import java.util.Iterator;

/**
 * The audit log's hash chain for a trail kept elsewhere than in a file: a server's audit entries,
 * which every client appends to (issue 14, ADR 0023). The entries are the file's lines, byte for
 * byte, so that one format and one verifier serve both; where they are stored, and how appends of
 * several clients are put in one order, is the store's business.
 */
public final class SharedAuditChain {

    /** The hash the first entry names as its predecessor. */
    public static final String GENESIS = AuditChain.GENESIS;

    /** One entry of the chain: its number, its line (as in a file) and that line's hash. */
    public record Entry(long seq, String line, String hash) {
    }

    private SharedAuditChain() {
    }

    /** The entry that follows the one numbered {@code seq} with hash {@code hash} ({@code 0} and {@link #GENESIS} for the first). */
    public static Entry after(long seq, String hash, AuditEvent event) {
        String line = AuditChain.line(seq + 1, hash, event);
        return new Entry(seq + 1, line, line.substring(line.lastIndexOf(AuditChain.HASH_MEMBER)
                + AuditChain.HASH_MEMBER.length(), line.length() - 2));
    }

    /**
     * Walks the chain of {@code lines} (in sequence order) as {@link AuditVerifier} walks a file,
     * and checks that it ends where the trail's head says it ends: a chain whose last entries were
     * removed is intact by itself, so the head (the number and hash of the last entry appended) is
     * the witness of its length. An entry missing at the end counts as a broken chain at the entry
     * after the last one present.
     */
    public static AuditVerification verify(Iterator<String> lines, long headSeq, String headHash) {
        var walk = AuditVerifier.walk(lines);
        if (!walk.verification().intact()) {
            return walk.verification();
        }
        long entries = walk.verification().entries();
        if (entries != headSeq || !walk.lastHash().equals(headHash)) {
            return new AuditVerification(entries, entries + 1, headSeq,
                    AuditVerification.Problem.CHAIN_BROKEN);
        }
        return walk.verification();
    }
}
