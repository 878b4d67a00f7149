package org.netzbild.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Walks the hash chain of an audit file and names the first entry that was altered, removed,
 * reordered or inserted: its own hash no longer matches its text, or its {@code prev} no longer
 * matches the entry before it, or its sequence number breaks the count. Lines are split as bytes
 * and decoded one by one, so even a broken byte is blamed on the line it stands in.
 */
public final class AuditVerifier {

    private AuditVerifier() {
    }

    public static AuditVerification verify(Path file) throws IOException {
        long lineNo = 0;
        String prev = AuditChain.GENESIS;
        long prunedUpTo = 0;
        String anchorHash = null;
        boolean anchorConfirmed = true;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            byte[] raw;
            while ((raw = nextLine(in)) != null) {
                lineNo++;
                String line;
                try {
                    line = StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(raw)).toString();
                } catch (CharacterCodingException e) {
                    return new AuditVerification(lineNo, lineNo, -1, AuditVerification.Problem.ENCODING, prunedUpTo);
                }
                var checked = check(line, lineNo, prev, prunedUpTo);
                if (checked.problem() != null) {
                    return new AuditVerification(lineNo, lineNo, checked.seq(), checked.problem(), prunedUpTo);
                }
                if (checked.anchor() != null) {
                    // the log was pruned: the chain goes on from the last pruned entry's hash
                    prunedUpTo = checked.seq();
                    prev = checked.anchor();
                    anchorHash = checked.anchor();
                    anchorConfirmed = false;
                    continue;
                }
                anchorConfirmed = anchorConfirmed || checked.confirms(prunedUpTo, anchorHash);
                prev = checked.hash();
            }
        }
        long entries = prunedUpTo > 0 ? lineNo - 1 : lineNo;
        if (!anchorConfirmed) {
            return new AuditVerification(entries, 1, prunedUpTo, AuditVerification.Problem.ANCHOR_UNCONFIRMED, prunedUpTo);
        }
        return new AuditVerification(entries, 0, 0, null, prunedUpTo);
    }

    /** The result of walking a chain of lines, and the hash of its last entry. */
    record Walk(AuditVerification verification, String lastHash) {
    }

    /** Walks lines already decoded (a server's trail), as {@link #verify(Path)} walks a file's. */
    static Walk walk(java.util.Iterator<String> lines) {
        long lineNo = 0;
        String prev = AuditChain.GENESIS;
        while (lines.hasNext()) {
            String line = lines.next();
            lineNo++;
            var checked = check(line, lineNo, prev, 0);
            if (checked.problem() != null) {
                return new Walk(new AuditVerification(lineNo, lineNo, checked.seq(), checked.problem()), prev);
            }
            if (checked.anchor() != null) {
                // nothing prunes a server's trail: an anchor there stands for entries removed from its start
                return new Walk(new AuditVerification(lineNo, lineNo, checked.seq(), AuditVerification.Problem.CHAIN_BROKEN), prev);
            }
            prev = checked.hash();
        }
        return new Walk(new AuditVerification(lineNo, 0, 0, null), prev);
    }

    /**
     * One line as checked.
     *
     * @param anchor   for a pruning anchor, the hash of the last pruned entry; otherwise {@code null}
     * @param criteria for a {@code pruneAudit} entry, its criteria; otherwise {@code null}
     */
    private record Checked(long seq, String hash, AuditVerification.Problem problem, String anchor, String criteria) {

        Checked(long seq, String hash, AuditVerification.Problem problem) {
            this(seq, hash, problem, null, null);
        }

        /** Whether this entry is the prune that made the anchor: it names the anchor's number and hash. */
        boolean confirms(long prunedUpTo, String lastHash) {
            return criteria != null && prunedUpTo > 0 && criteria.startsWith(AuditChain.pruneCriteria(prunedUpTo, lastHash));
        }
    }

    private static Checked check(String line, long lineNo, String prev, long prunedUpTo) {
        int at = line.lastIndexOf(AuditChain.HASH_MEMBER);
        if (at < 0 || !line.endsWith("\"}")) {
            return new Checked(-1, null, AuditVerification.Problem.NO_HASH);
        }
        String body = line.substring(0, at) + "}";
        String hash = line.substring(at + AuditChain.HASH_MEMBER.length(), line.length() - 2);
        JsonNode node;
        try {
            node = AuditChain.json().readTree(body);
        } catch (IOException e) {
            return new Checked(-1, hash, AuditVerification.Problem.UNREADABLE);
        }
        long seq = node.path("seq").asLong(-1);
        if (!AuditChain.sha256(body).equals(hash)) {
            return new Checked(seq, hash, AuditVerification.Problem.ALTERED);
        }
        if (node.has(AuditChain.ANCHOR_MEMBER)) {
            // an anchor stands only first, and only for entries that were there
            return lineNo == 1 && seq > 0
                    ? new Checked(seq, hash, null, node.path("lastHash").asText(), null)
                    : new Checked(seq, hash, AuditVerification.Problem.CHAIN_BROKEN);
        }
        if (!prev.equals(node.path("prev").asText())) {
            return new Checked(seq, hash, AuditVerification.Problem.CHAIN_BROKEN);
        }
        long expected = prunedUpTo > 0 ? prunedUpTo + lineNo - 1 : lineNo;
        if (seq != expected) {
            return new Checked(seq, hash, AuditVerification.Problem.SEQUENCE);
        }
        String criteria = "pruneAudit".equals(node.path("action").asText()) ? node.path("criteria").asText() : null;
        return new Checked(seq, hash, null, null, criteria);
    }

    /** The next line's bytes without its newline, or {@code null} at the end. */
    private static byte[] nextLine(InputStream in) throws IOException {
        var line = new ByteArrayOutputStream(512);
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                return line.toByteArray();
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toByteArray();
    }
}
