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
                    return new AuditVerification(lineNo, lineNo, -1, AuditVerification.Problem.ENCODING);
                }
                var checked = check(line, lineNo, prev);
                if (checked.problem() != null) {
                    return new AuditVerification(lineNo, lineNo, checked.seq(), checked.problem());
                }
                prev = checked.hash();
            }
        }
        return new AuditVerification(lineNo, 0, 0, null);
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
            var checked = check(line, lineNo, prev);
            if (checked.problem() != null) {
                return new Walk(new AuditVerification(lineNo, lineNo, checked.seq(), checked.problem()), prev);
            }
            prev = checked.hash();
        }
        return new Walk(new AuditVerification(lineNo, 0, 0, null), prev);
    }

    private record Checked(long seq, String hash, AuditVerification.Problem problem) {
    }

    private static Checked check(String line, long lineNo, String prev) {
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
        if (!prev.equals(node.path("prev").asText())) {
            return new Checked(seq, hash, AuditVerification.Problem.CHAIN_BROKEN);
        }
        if (seq != lineNo) {
            return new Checked(seq, hash, AuditVerification.Problem.SEQUENCE);
        }
        return new Checked(seq, hash, null);
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
