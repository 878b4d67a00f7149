package org.netzbild.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The one-writer lock of an audit log, held for as long as the log is open, on a file of its own
 * beside the log ({@code audit.log.lock}). Nothing else in the process ever opens that file: on
 * Linux a process's {@code fcntl} lock on a file is released when <em>any</em> descriptor of that
 * file is closed, so a lock on the log itself was lost the moment anything read the log (the open
 * read its last line through a second descriptor, which let a second process in and interleave
 * entries). The lock file also says who holds it, so that the process that is refused can say
 * which process to close.
 */
final class AuditLogLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private AuditLogLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of {@code log} or throws {@link AuditLogInUseException} naming its holder. */
    static AuditLogLock acquire(Path log) throws IOException {
        Path file = log.resolveSibling(log.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // this very process holds it already
            }
            if (lock == null) {
                throw new AuditLogInUseException(log, holder(channel));
            }
            String holder = "pid=" + ProcessHandle.current().pid() + " since=" + Instant.now() + "\n";
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new AuditLogLock(channel, lock);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** What the holder wrote into the lock file: its process id and since when it holds the log. */
    private static AuditLogInUseException.Holder holder(FileChannel channel) throws IOException {
        var bytes = ByteBuffer.allocate(256);
        channel.read(bytes, 0);
        String text = new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8).strip();
        long pid = -1;
        Instant since = null;
        for (String part : text.split("\\s+")) {
            try {
                if (part.startsWith("pid=")) {
                    pid = Long.parseLong(part.substring(4));
                } else if (part.startsWith("since=")) {
                    since = Instant.parse(part.substring(6));
                }
            } catch (RuntimeException e) {
                // a lock file written half: the holder stays unknown, the refusal stands
            }
        }
        return new AuditLogInUseException.Holder(pid, since);
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) {
                channel.truncate(0);
                lock.release();
            }
        } finally {
            channel.close();
        }
    }
}
