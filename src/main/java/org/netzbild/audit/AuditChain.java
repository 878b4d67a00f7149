package org.netzbild.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
