package org.netzbild.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The audit log as an append-only file of hash-chained JSON lines. Each append is forced to disk
 * before it returns, so an operation never runs ahead of its audit record. Appends are
 * serialised; one log file belongs to one workspace process.
 */
public final class FileAuditLog implements AuditSink {

    private final Path file;
    private final FileChannel channel;
    private long seq;
    private String prev;

    private FileAuditLog(Path file, FileChannel channel, long seq, String prev) {
        this.file = file;
        this.channel = channel;
        this.seq = seq;
        this.prev = prev;
    }

    /** Opens (or creates) the log and continues its chain from the last entry. */
    public static FileAuditLog open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            long seq = 0;
            String prev = AuditChain.GENESIS;
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (!lines.isEmpty()) {
                    JsonNode last = AuditChain.json().readTree(lines.getLast());
                    seq = last.path("seq").asLong();
                    prev = last.path("hash").asText();
                }
            }
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
            return new FileAuditLog(file, channel, seq, prev);
        } catch (IOException e) {
            throw new AuditFailureException("cannot open the audit log " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void append(AuditEvent event) {
        String line = AuditChain.line(seq + 1, prev, event);
        try {
            ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new AuditFailureException("cannot write the audit log " + file + ": " + e.getMessage(), e);
        }
        seq++;
        prev = line.substring(line.lastIndexOf(AuditChain.HASH_MEMBER) + AuditChain.HASH_MEMBER.length(),
                line.length() - 2);
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new AuditFailureException("cannot close the audit log " + file, e);
        }
    }
}
