package org.netzbild.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of the audit log as read back: its position in the chain, and the event it records.
 * Entries written before agency and case were logged read with those empty.
 *
 * @param seq the entry's sequence number, unique and increasing over the life of the log (pruning
 *            keeps the numbers of the entries it leaves)
 */
public record AuditEntry(long seq, Instant time, String user, String agency, String caseReference, String purpose,
                         Operation operation, String action, String criteria, Outcome outcome, long count,
                         List<String> ids, String idsDigest) {

    public AuditEntry {
        ids = List.copyOf(ids);
    }

    /** Reads the members of one line's JSON; {@code null} for a line that is no event (a pruning anchor). */
    static AuditEntry of(JsonNode node) {
        if (node.has(AuditChain.ANCHOR_MEMBER)) {
            return null;
        }
        var ids = new ArrayList<String>();
        node.path("ids").forEach(id -> ids.add(id.asText()));
        return new AuditEntry(node.path("seq").asLong(), Instant.parse(node.path("time").asText()),
                node.path("user").asText(), node.path("agency").asText(), node.path("case").asText(),
                node.path("purpose").asText(), Operation.valueOf(node.path("operation").asText()),
                node.path("action").asText(), node.path("criteria").asText(), Outcome.valueOf(node.path("outcome").asText()),
                node.path("count").asLong(), ids, node.path("idsDigest").asText());
    }

    /** Whether the entry names this record id among its listed ids (bulk entries list the first 1,000 only). */
    public boolean names(String recordId) {
        return ids.contains(recordId);
    }
}
