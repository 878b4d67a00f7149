package org.netzbild.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Walks the hash chain of an audit file and names the first entry that was altered, removed,
 * reordered or inserted: its own hash no longer matches its text, or its {@code prev} no longer
 * matches the entry before it, or its sequence number breaks the count.
 */
public final class AuditVerifier {

    private AuditVerifier() {
    }

    public static AuditVerification verify(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long lineNo = 0;
        String prev = AuditChain.GENESIS;
        try (BufferedReader reader = new BufferedReader(
                new java.io.InputStreamReader(Files.newInputStream(file), decoder))) {
            String line;
            while (true) {
                try {
                    line = reader.readLine();
                } catch (java.nio.charset.CharacterCodingException e) {
                    return new AuditVerification(lineNo, lineNo + 1, -1, "the entry is not valid UTF-8 text");
                }
                if (line == null) {
                    break;
                }
                lineNo++;
                String problem = null;
                long seq = -1;
                int at = line.lastIndexOf(AuditChain.HASH_MEMBER);
                if (at < 0 || !line.endsWith("\"}")) {
                    problem = "the entry has no hash";
                } else {
                    String body = line.substring(0, at) + "}";
                    String hash = line.substring(at + AuditChain.HASH_MEMBER.length(), line.length() - 2);
                    try {
                        JsonNode node = AuditChain.json().readTree(body);
                        seq = node.path("seq").asLong(-1);
                        if (!AuditChain.sha256(body).equals(hash)) {
                            problem = "the entry's content does not match its hash";
                        } else if (!prev.equals(node.path("prev").asText())) {
                            problem = "the entry does not follow the one before it (removed, inserted or reordered)";
                        } else if (seq != lineNo) {
                            problem = "the sequence number " + seq + " should be " + lineNo;
                        }
                        prev = hash;
                    } catch (IOException e) {
                        problem = "the entry is not readable JSON";
                    }
                }
                if (problem != null) {
                    return new AuditVerification(lineNo, lineNo, seq, problem);
                }
            }
        }
        return new AuditVerification(lineNo, 0, 0, "");
    }
}
