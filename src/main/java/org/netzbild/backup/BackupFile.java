package org.netzbild.backup;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A workspace in one file: a header ({@link BackupHeader}, and for a sealed backup the Argon2id
 * parameters, the salt, the nonce prefix and a password check), then a zip of the workspace's files,
 * sealed in segments when a password is given ({@link Seal}). Written beside its target and moved
 * into place, so a failed backup never leaves half a file under the name asked for.
 */
public final class BackupFile {

    private static final byte[] MAGIC = "NETZBILD-BACKUP\n".getBytes(StandardCharsets.US_ASCII);

    /**
     * One file of the workspace: its name inside the backup ({@code /}-separated, relative) and where
     * it is. An append-only log is copied up to the end of its last whole line as it stood when the
     * copy began, so that an entry being written meanwhile is never cut in half.
     */
    public record Entry(String name, Path file, boolean appendOnlyLog) {
    }

    private BackupFile() {
    }

    /** Writes {@code entries} into {@code target}; sealed with {@code password} unless it is null. */
    public static void write(Path target, BackupHeader header, char[] password, List<Entry> entries) throws IOException {
        write(target, header, password, entries, BackupKey.fresh(new SecureRandom()));
    }

    /** As above with the key's parameters given: the tests' cheaper ones (the header carries them either way). */
    static void write(Path target, BackupHeader header, char[] password, List<Entry> entries, BackupKey key)
            throws IOException {
        Path temporary = target.resolveSibling("." + target.getFileName() + ".writing");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                OutputStream file = new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel), 1 << 16);
                // closing the zip closes the stream under it (and seals the last segment), not the file
                OutputStream payload = writeHeader(new KeptOpen(file), header, password, key);
                try (ZipOutputStream zip = new ZipOutputStream(payload)) {
                    // the store's files are mostly zeros and records: the fastest level takes most of what there is
                    zip.setLevel(Deflater.BEST_SPEED);
                    for (Entry entry : entries) {
                        zip.putNextEntry(new ZipEntry(entry.name()));
                        copy(entry, zip);
                        zip.closeEntry();
                    }
                }
                file.flush();
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The header alone: to tell whether a password is needed, and what the backup holds, before unpacking. */
    public static BackupHeader header(Path file) throws IOException {
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            return readHeader(in).header();
        }
    }

    /**
     * Unpacks the backup into {@code target}, an empty folder; {@code knownSchema} is the newest
     * store schema this release can open. Throws before writing a byte for a wrong or missing
     * password and for a newer release's backup; a segment that fails its check stops the unpacking
     * (the caller clears the folder).
     */
    public static BackupHeader unpack(Path file, char[] password, Path target, int knownSchema) throws IOException {
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            Opened opened = readHeader(in);
            BackupHeader header = opened.header();
            if (header.schemaVersion() > knownSchema) {
                throw new BackupVersionException("store schema", header.schemaVersion(), knownSchema);
            }
            InputStream payload = in;
            if (header.sealed()) {
                if (password == null || password.length == 0) {
                    throw new BackupPasswordException(false);
                }
                Seal seal = new Seal(opened.key().derive(password), opened.prefix(), opened.associated());
                if (!seal.checks(opened.check())) {
                    throw new BackupPasswordException(true);
                }
                payload = new SealedInputStream(in, seal);
            }
            unzip(payload, target);
            return header;
        }
    }

    private static void unzip(InputStream payload, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        try (ZipInputStream zip = new ZipInputStream(payload)) {
            ZipEntry entry;
            boolean any = false;
            while ((entry = nextEntry(zip)) != null) {
                any = true;
                Path into = root.resolve(entry.getName()).normalize();
                // a name with "..", or an absolute one, would write outside the workspace
                if (!into.startsWith(root) || into.equals(root) || entry.getName().startsWith("/")) {
                    throw new BackupDamagedException("an entry outside the workspace: " + entry.getName());
                }
                Files.createDirectories(into.getParent());
                Files.copy(zip, into);
            }
            if (!any) {
                throw new BackupDamagedException("the backup holds no files");
            }
        }
    }

    private static ZipEntry nextEntry(ZipInputStream zip) throws IOException {
        try {
            return zip.getNextEntry();
        } catch (ZipException e) {
            throw new BackupDamagedException("the archive is broken: " + e.getMessage());
        }
    }

    private static void copy(Entry entry, OutputStream out) throws IOException {
        if (!entry.appendOnlyLog()) {
            Files.copy(entry.file(), out);
            return;
        }
        try (FileChannel log = FileChannel.open(entry.file(), StandardOpenOption.READ)) {
            long end = lastLineEnd(log, log.size());
            try (InputStream in = java.nio.channels.Channels.newInputStream(log.position(0))) {
                long left = end;
                byte[] buffer = new byte[1 << 16];
                while (left > 0) {
                    int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                    if (read < 0) {
                        break;
                    }
                    out.write(buffer, 0, read);
                    left -= read;
                }
            }
        }
    }

    /** The length up to and with the last newline within the first {@code size} bytes. */
    private static long lastLineEnd(FileChannel log, long size) throws IOException {
        long at = size;
        var one = java.nio.ByteBuffer.allocate(1);
        while (at > 0) {
            one.clear();
            log.read(one, at - 1);
            if (one.get(0) == '\n') {
                return at;
            }
            at--;
        }
        return 0;
    }

    /** Passes writes on; closing only flushes, so that the file stays open for its fsync. */
    private static final class KeptOpen extends java.io.FilterOutputStream {

        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    private record Opened(BackupHeader header, BackupKey key, byte[] prefix, byte[] check, byte[] associated) {
    }

    private static OutputStream writeHeader(OutputStream file, BackupHeader header, char[] password, BackupKey key)
            throws IOException {
        var bytes = new ByteArrayOutputStream();
        var out = new DataOutputStream(bytes);
        out.write(MAGIC);
        out.writeShort(header.format());
        out.writeInt(header.schemaVersion());
        out.writeLong(header.created().toEpochMilli());
        out.writeUTF(header.createdBy());
        out.writeUTF(header.workspace());
        boolean sealed = password != null;
        out.writeBoolean(sealed);
        if (!sealed) {
            file.write(bytes.toByteArray());
            return file;
        }
        byte[] prefix = new byte[Seal.PREFIX_BYTES];
        new SecureRandom().nextBytes(prefix);
        out.writeInt(key.memoryKib());
        out.writeInt(key.iterations());
        out.writeInt(key.parallelism());
        out.write(key.salt());
        out.write(prefix);
        byte[] associated = bytes.toByteArray();
        Seal seal = new Seal(key.derive(password), prefix, associated);
        file.write(associated);
        file.write(seal.check());
        return new SealedOutputStream(file, seal);
    }

    private static Opened readHeader(DataInputStream in) throws IOException {
        try {
            var bytes = new ByteArrayOutputStream();
            var copy = new DataOutputStream(bytes);
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new BackupDamagedException("not a Netzbild backup");
            }
            copy.write(magic);
            int format = in.readUnsignedShort();
            if (format > BackupHeader.FORMAT || format < 1) {
                throw new BackupVersionException("backup format", format, BackupHeader.FORMAT);
            }
            copy.writeShort(format);
            int schema = in.readInt();
            long created = in.readLong();
            String by = in.readUTF();
            String workspace = in.readUTF();
            boolean sealed = in.readBoolean();
            copy.writeInt(schema);
            copy.writeLong(created);
            copy.writeUTF(by);
            copy.writeUTF(workspace);
            copy.writeBoolean(sealed);
            var header = new BackupHeader(format, schema, Instant.ofEpochMilli(created), by, workspace, sealed);
            if (!sealed) {
                return new Opened(header, null, null, null, null);
            }
            int memory = in.readInt();
            int iterations = in.readInt();
            int parallelism = in.readInt();
            byte[] salt = in.readNBytes(BackupKey.SALT_BYTES);
            byte[] prefix = in.readNBytes(Seal.PREFIX_BYTES);
            byte[] check = in.readNBytes(Seal.TAG_BYTES);
            var key = new BackupKey(memory, iterations, parallelism, salt);
            if (!key.plausible() || prefix.length != Seal.PREFIX_BYTES || check.length != Seal.TAG_BYTES) {
                throw new BackupDamagedException("the header's key parameters are broken");
            }
            copy.writeInt(memory);
            copy.writeInt(iterations);
            copy.writeInt(parallelism);
            copy.write(salt);
            copy.write(prefix);
            return new Opened(header, key, prefix, check, bytes.toByteArray());
        } catch (EOFException | java.io.UTFDataFormatException e) {
            throw new BackupDamagedException("the header is cut short or broken");
        }
    }
}
