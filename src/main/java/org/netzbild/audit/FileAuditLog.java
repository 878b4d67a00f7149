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
import java.util.List;

/**
 * The audit log as an append-only file of hash-chained JSON lines. Each append is forced to disk
 * before it returns, so an operation never runs ahead of its audit record. One process at a time
 * owns a log: it holds an exclusive lock ({@link AuditLogLock}) from open to close, so two
 * processes can never interleave entries, and a second one is refused before it touches anything.
 * A torn last entry (a crash in the middle of a write) is moved aside into a file of its own and
 * the recovery is itself logged; any other unreadable ending is refused, never repaired silently.
 *
 * <p>A full volume must not cost the entry that says what became of an operation: beside the log
 * lies a reserve ({@code audit.log.reserve}, {@value #RESERVE_BYTES} bytes written out, so the volume
 * really holds them). An entry that cannot be written is taken back to the last whole line; if it
 * records what already happened — a {@link Outcome#FAILED} entry, or the {@link Outcome#DONE} of a
 * write that has run — the reserve is given up to make room and the entry written again. An entry
 * before the act (a write's intent, the entry that releases a read's result) is refused when the
 * volume is full, so that the operation does not run.
 * Once the reserve is spent, an entry before an act is written only after the reserve was laid out
 * again, so that nothing new starts on its room; so does every open, and while there is no room
 * for it, the log does not open and nothing runs unaudited.
 */
public final class FileAuditLog implements AuditSink {

    /** Room for a few failure entries of import batches (each lists up to 1,000 ids, some 40 kB). */
    static final int RESERVE_BYTES = 256 * 1024;

    private final Path file;
    private FileChannel channel;
    private final AuditLogLock lock;
    private final boolean fresh;
    private long seq;
    private String prev;
    private boolean reserveSpent;

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
            String torn = tornTail(file, channel);
            layOutReserve(reserveOf(file));
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
                // a log pruned down to its anchor continues the chain of the last pruned entry
                prev = node.has(AuditChain.ANCHOR_MEMBER) ? node.path("lastHash").asText() : node.path("hash").asText();
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
            if (NoRoomForAuditLogException.isNoRoom(e)) {
                throw new NoRoomForAuditLogException(file, e);
            }
            if (AuditLogReadOnlyException.isReadOnly(e)) {
                throw new AuditLogReadOnlyException(file, e);
            }
            throw new AuditFailureException("cannot open the audit log " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel, lock);
            throw e;
        }
    }

    /**
     * The bytes after the last newline, if the file does not end with one (a write cut short),
     * moved aside before they are cut off the log, so that a failed move loses nothing.
     */
    private static String tornTail(Path file, FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) {
            return null;
        }
        long start = lineStart(channel, size);
        if (start == size) {
            return null;
        }
        var tail = ByteBuffer.allocate((int) Math.min(size - start, 1 << 20));
        channel.read(tail, start);
        String torn = new String(tail.array(), 0, tail.position(), StandardCharsets.UTF_8);
        moveAside(file, torn);
        channel.truncate(start);
        channel.force(true);
        return torn;
    }

    private static Path reserveOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".reserve");
    }

    /** Writes the reserve out in full (a sparse file would hold no room); refuses the open when the volume is full. */
    private static void layOutReserve(Path reserve) throws IOException {
        if (Files.isRegularFile(reserve) && Files.size(reserve) == RESERVE_BYTES) {
            return;
        }
        try (var out = FileChannel.open(reserve, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            var zeros = ByteBuffer.allocate(RESERVE_BYTES);
            while (zeros.hasRemaining()) {
                out.write(zeros);
            }
            out.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(reserve);
            throw e;
        }
    }

    /** Where the line that ends at {@code end} (exclusive) begins: just after the newline before it, or 0. */
    private static long lineStart(FileChannel channel, long end) throws IOException {
        long start = end;
        var one = ByteBuffer.allocate(1);
        while (start > 0) {
            one.clear();
            channel.read(one, start - 1);
            if (one.get(0) == '\n') {
                break;
            }
            start--;
        }
        return start;
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
        long start = lineStart(channel, end - 1);
        var bytes = ByteBuffer.allocate((int) (end - start - 1));
        while (bytes.hasRemaining() && channel.read(bytes, start + bytes.position()) > 0) {
            // read on until the line is whole
        }
        return new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void append(AuditEvent event) {
        if (reserveSpent && !recordsWhatHappened(event)) {
            // nothing new starts on the reserve's room: only once the reserve is whole again
            try {
                layOutReserve(reserveOf(file));
                reserveSpent = false;
            } catch (IOException e) {
                throw failure(file, e);
            }
        }
        String line = AuditChain.line(seq + 1, prev, event);
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            write(bytes);
        } catch (IOException e) {
            if (!recordsWhatHappened(event) || !giveUpReserve()) {
                throw failure(file, e);
            }
            try {
                write(bytes);
            } catch (IOException again) {
                again.addSuppressed(e);
                throw failure(file, again);
            }
        }
        seq++;
        prev = line.substring(line.lastIndexOf(AuditChain.HASH_MEMBER) + AuditChain.HASH_MEMBER.length(),
                line.length() - 2);
    }

    /** Writes one whole line and forces it to disk, or takes back whatever of it was written and throws. */
    private void write(byte[] line) throws IOException {
        long end = channel.size();
        try {
            ByteBuffer bytes = ByteBuffer.wrap(line);
            while (bytes.hasRemaining()) {
                channel.write(bytes, end + bytes.position());
            }
            channel.force(false);
        } catch (IOException e) {
            try {
                channel.truncate(end);
                channel.force(false);
            } catch (IOException cannotTakeBack) {
                // the next open moves the torn line aside; the failure to write is the one to report
                e.addSuppressed(cannotTakeBack);
            }
            throw e;
        }
    }

    /** A failure, or a write that has run: what the log must not lose for lack of room. */
    private static boolean recordsWhatHappened(AuditEvent event) {
        return event.outcome() == Outcome.FAILED || event.outcome() == Outcome.DONE && switch (event.operation()) {
            case CREATE, CHANGE, DELETE, SIGN_IN, EXPORT -> true; // an export DONE: a file has left
            case QUERY, DISCLOSE, COMBINE, AUDIT_READ -> false;
        };
    }

    /** Frees the reserve's room for an entry of what happened; false when it was given up before. */
    private boolean giveUpReserve() {
        try {
            boolean freed = Files.deleteIfExists(reserveOf(file));
            reserveSpent = reserveSpent || freed;
            return freed;
        } catch (IOException e) {
            return false;
        }
    }

    private static AuditFailureException failure(Path file, IOException e) {
        return NoRoomForAuditLogException.isNoRoom(e)
                ? new NoRoomForAuditLogException(file, e)
                : new AuditFailureException("cannot write the audit log " + file + ": " + e.getMessage(), e);
    }

    /**
     * What a prune removed.
     *
     * @param entries    how many entries went
     * @param prunedUpTo the sequence number of the last of them (0 when none went)
     * @param lastHash   its hash, which the anchor keeps so the rest of the chain still verifies
     */
    public record Pruned(long entries, long prunedUpTo, String lastHash) {
    }

    /**
     * Removes the entries older than {@code before} from the start of the log (§ 76 (4) BDSG: log data
     * is deleted at the end of the year after the one it was made in), and puts in their place an
     * anchor that names the last removed entry's number and hash, so that {@link AuditVerifier} still
     * proves the rest of the chain. The prune is itself an entry of the chain ({@code pruneAudit},
     * intended before and done after), whose criteria name the same number and hash as the anchor:
     * an anchor nobody logged fails verification. Only a run of the oldest entries goes; an entry
     * younger than {@code before} (a clock set back) ends the run. The log is rewritten beside itself
     * and moved over the old one in one step, so a crash leaves either the old or the new log. A log
     * whose chain is broken is not pruned ({@link AuditLogAlteredException}, the refusal logged):
     * the altered entry could be among those deleted, and the anchor would hide it.
     */
    public synchronized Pruned prune(Instant before, Actor actor) {
        Pruned found;
        try {
            AuditVerification verification = AuditVerifier.verify(file);
            if (!verification.intact()) {
                append(new AuditEvent(Instant.now(), actor, Operation.DELETE, "pruneAudit", "log altered from line "
                        + verification.firstBadLine() + " (" + verification.problem() + ")", AuditedIds.none(), Outcome.REFUSED));
                throw new AuditLogAlteredException(file, verification);
            }
            found = oldestBefore(before);
        } catch (IOException e) {
            throw failure(file, e);
        }
        String criteria = AuditChain.pruneCriteria(found.prunedUpTo(), found.lastHash()) + " before=" + before;
        var intent = new AuditEvent(Instant.now(), actor, Operation.DELETE, "pruneAudit", criteria,
                new AuditedIds(List.of(), found.entries(), ""), Outcome.INTENDED);
        append(intent);
        if (found.entries() == 0) {
            append(intent.done(intent.ids()));
            return found;
        }
        try {
            rewriteFrom(found, actor, before);
        } catch (IOException | RuntimeException e) {
            try {
                append(intent.failed());
            } catch (RuntimeException auditFailure) {
                e.addSuppressed(auditFailure);
            }
            throw e instanceof IOException io ? failure(file, io) : (RuntimeException) e;
        }
        append(intent.done(intent.ids()));
        return found;
    }

    /** The run of oldest entries written before {@code before}: how many, the last one's number and hash. */
    private Pruned oldestBefore(Instant before) throws IOException {
        long entries = 0;
        long upTo = 0;
        String lastHash = "";
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode node = AuditChain.json().readTree(line);
                if (node.has(AuditChain.ANCHOR_MEMBER)) {
                    continue;
                }
                if (!Instant.parse(node.path("time").asText()).isBefore(before)) {
                    break;
                }
                entries++;
                upTo = node.path("seq").asLong();
                lastHash = node.path("hash").asText();
            }
        }
        return new Pruned(entries, upTo, lastHash);
    }

    /** Writes the anchor and the entries after the pruned ones to a new file and moves it over the log. */
    private void rewriteFrom(Pruned pruned, Actor actor, Instant before) throws IOException {
        Path next = file.resolveSibling(file.getFileName() + ".pruning");
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             var out = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                     StandardOpenOption.TRUNCATE_EXISTING)) {
            writeAll(out, AuditChain.anchorLine(pruned.prunedUpTo(), pruned.lastHash(), Instant.now(), actor.user(), before));
            String line;
            boolean keep = false;
            while ((line = in.readLine()) != null) {
                if (keep) {
                    writeAll(out, line);
                } else if (line.contains(AuditChain.HASH_MEMBER + pruned.lastHash() + "\"}")) {
                    keep = true;
                }
            }
            out.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(next);
            throw e;
        }
        Files.move(next, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        forceFolder(file.toAbsolutePath().getParent());
        channel.close();
        channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ);
        channel.position(channel.size());
    }

    /** Makes the move durable where the system allows a folder to be forced (Linux; not Windows). */
    private static void forceFolder(Path folder) {
        try (var handle = FileChannel.open(folder, StandardOpenOption.READ)) {
            handle.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the move itself is done; only its durability before the next sync is left to the system
        }
    }

    private static void writeAll(FileChannel out, String line) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            out.write(bytes);
        }
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
