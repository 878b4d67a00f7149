package org.netzbild.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The audit log as an append-only file of hash-chained JSON lines. Each append is forced to disk
 * before it returns, so an operation never runs ahead of its audit record. One process at a time
 * owns a log: it holds an exclusive lock ({@link AuditLogLock}) from open to close, so two
 * processes can never interleave entries, and a second one is refused before it touches anything.
 * A torn last entry (a crash in the middle of a write) is moved aside into a file of its own and
 * the recovery is itself logged; any other unreadable ending is refused, never repaired silently.
 */
public final class FileAuditLog implements AuditSink {

    private final Path file;
    private final FileChannel channel;
    private final AuditLogLock lock;
    private final boolean fresh;
    private long seq;
    private String prev;

    private FileAuditLog(Path file, FileChannel channel, AuditLogLock lock, boolean fresh, long seq, String prev) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.fresh = fresh;
        this.seq = seq;
        this.prev = prev;
    }

    /** Opens (or creates) the log, locks it for this process and continues its chain from the last entry. */
    public static FileAuditLog open(Path file) {
        FileChannel channel = null;
        AuditLogLock lock = null;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            lock = AuditLogLock.acquire(file);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
            String torn = tornTail(channel);
            if (torn != null) {
                moveAside(file, torn);
            }
            String last = lastLine(channel);
            long seq = 0;
            String prev = AuditChain.GENESIS;
            if (last != null) {
                JsonNode node;
                try {
                    node = AuditChain.json().readTree(last);
                } catch (IOException e) {
                    throw new AuditFailureException("the last entry of the audit log " + file
                            + " is not readable; run 'netzbild audit verify' to see which entry is damaged", e);
                }
                seq = node.path("seq").asLong();
                prev = node.path("hash").asText();
            }
            channel.position(channel.size());
            var log = new FileAuditLog(file, channel, lock, last == null, seq, prev);
            if (torn != null) {
                log.append(new AuditEvent(Instant.now(), "netzbild", "audit log recovery", Operation.CHANGE,
                        "recoverTornEntry", "an unfinished last entry of " + torn.length()
                        + " characters was moved to " + file.getFileName() + ".torn", AuditedIds.none(), Outcome.DONE));
            }
            return log;
        } catch (IOException e) {
            closeQuietly(channel, lock);
            throw new AuditFailureException("cannot open the audit log " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel, lock);
            throw e;
        }
    }

    /** The bytes after the last newline, if the file does not end with one: a write cut short. */
    private static String tornTail(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) {
            return null;
        }
        long start = size;
        var one = ByteBuffer.allocate(1);
        while (start > 0) {
            one.clear();
            channel.read(one, start - 1);
            if (one.get(0) == '\n') {
                break;
            }
            start--;
        }
        if (start == size) {
            return null;
        }
        var tail = ByteBuffer.allocate((int) Math.min(size - start, 1 << 20));
        channel.read(tail, start);
        channel.truncate(start);
        channel.force(true);
        return new String(tail.array(), 0, tail.position(), StandardCharsets.UTF_8);
    }

    private static void moveAside(Path file, String torn) throws IOException {
        Path aside = file.resolveSibling(file.getFileName() + ".torn");
        Files.writeString(aside, torn + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /**
     * Reads only the end of the file, so opening stays fast however long the log grows; through the
     * log's own channel (after {@link #tornTail} the file ends with a newline).
     */
    private static String lastLine(FileChannel channel) throws IOException {
        long end = channel.size();
        if (end == 0) {
            return null;
        }
        long start = end - 1;
        var one = ByteBuffer.allocate(1);
        while (start > 0) {
            one.clear();
            channel.read(one, start - 1);
            if (one.get(0) == '\n') {
                break;
            }
            start--;
        }
        var bytes = ByteBuffer.allocate((int) (end - start - 1));
        while (bytes.hasRemaining() && channel.read(bytes, start + bytes.position()) > 0) {
            // read on until the line is whole
        }
        return new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8);
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

    /** Whether the log had no entry when it was opened (a new workspace, or a log that went missing). */
    public boolean wasEmpty() {
        return fresh;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        try (lock) {
            channel.close();
        } catch (IOException e) {
            throw new AuditFailureException("cannot close the audit log " + file, e);
        }
    }

    private static void closeQuietly(FileChannel channel, AuditLogLock lock) {
        for (AutoCloseable open : new AutoCloseable[] {channel, lock}) {
            if (open != null) {
                try {
                    open.close();
                } catch (Exception ignored) {
                    // the open failed already; that error is the one to report
                }
            }
        }
    }

}
