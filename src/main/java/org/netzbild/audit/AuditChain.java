package org.netzbild.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The line format of the audit file and its hash chain. Each line is a JSON object whose last
 * member is {@code "hash"}: the SHA-256 of the line's exact text before that member (closed with
 * a brace), and that text holds {@code "prev"}, the previous line's hash. Hashing the exact bytes
 * rather than a re-serialisation keeps the verifier independent of JSON formatting.
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);
    static final String HASH_MEMBER = ",\"hash\":\"";
    /** The member that marks a pruning anchor, the first line of a log whose oldest entries were pruned. */
    static final String ANCHOR_MEMBER = "anchor";

    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditChain() {
    }

    static String line(long seq, String prev, AuditEvent event) {
        ObjectNode node = JSON.createObjectNode();
        node.put("seq", seq);
        node.put("time", event.time().toString());
        node.put("user", event.user());
        node.put("purpose", event.purpose());
        // added after the first logs were written: older entries lack them, and the hash covers the
        // exact text, so both kinds of entry verify alike
        node.put("agency", event.actor().agency());
        node.put("case", event.actor().caseReference());
        node.put("operation", event.operation().name());
        node.put("action", event.action());
        node.put("criteria", event.criteria());
        node.put("outcome", event.outcome().name());
        node.put("count", event.ids().count());
        var ids = node.putArray("ids");
        event.ids().listed().forEach(ids::add);
        node.put("idsDigest", event.ids().digest());
        node.put("prev", prev);
        String body;
        try {
            body = JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audit event cannot fail to serialise", e);
        }
        return body.substring(0, body.length() - 1) + HASH_MEMBER + sha256(body) + "\"}";
    }

    /**
     * The first line of a pruned log: the entries up to {@code prunedUpTo} were removed, the last of
     * them had the hash {@code lastHash}, which the entry after the anchor names as its {@code prev}.
     * The anchor is hashed like an entry but is no link of the chain; the prune itself is an entry of
     * the chain after it ({@code pruneAudit}), whose criteria name the same number and hash.
     */
    static String anchorLine(long prunedUpTo, String lastHash, Instant time, String user, Instant prunedBefore) {
        ObjectNode node = JSON.createObjectNode();
        node.put(ANCHOR_MEMBER, "pruned");
        node.put("seq", prunedUpTo);
        node.put("time", time.toString());
        node.put("user", user);
        node.put("prunedBefore", prunedBefore.toString());
        node.put("lastHash", lastHash);
        String body;
        try {
            body = JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an anchor cannot fail to serialise", e);
        }
        return body.substring(0, body.length() - 1) + HASH_MEMBER + sha256(body) + "\"}";
    }

    /** The criteria of the {@code pruneAudit} entries that confirm an anchor: the verifier looks for them. */
    static String pruneCriteria(long prunedUpTo, String lastHash) {
        return "prunedUpTo=" + prunedUpTo + " lastHash=" + lastHash;
    }

    /** The hash member of a whole line. */
    static String hashOf(String line) {
        return line.substring(line.lastIndexOf(HASH_MEMBER) + HASH_MEMBER.length(), line.length() - 2);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static ObjectMapper json() {
        return JSON;
    }
}
