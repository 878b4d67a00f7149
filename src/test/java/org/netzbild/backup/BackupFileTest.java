package org.netzbild.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup file on its own, without a store: what goes in comes out byte for byte, sealed or
 * not, over more than one sealed segment; and every way a file can be wrong is refused before a
 * byte is unpacked or as soon as the damage is read, each with its own exception.
 */
class BackupFileTest {

    private static final char[] PASSWORD = "Sicherung-2026!".toCharArray();

    @TempDir
    Path folder;

    private Path source;
    private byte[] large;

    @BeforeEach
    void aSmallWorkspace() throws IOException {
        source = Files.createDirectories(folder.resolve("source"));
        // more than two sealed segments, and incompressible, so that the zip cannot squeeze it into one
        large = new byte[Seal.SEGMENT * 2 + 12_345];
        new Random(7).nextBytes(large);
        Files.write(source.resolve("store.db"), large);
        Files.createDirectories(source.resolve("charts"));
        Files.writeString(source.resolve("charts/Fall Berg.json"), "{\"name\":\"Fall Berg\"}");
        Files.writeString(source.resolve("audit.log"), "{\"seq\":1}\n{\"seq\":2}\n{\"seq\":3, half an ent");
    }

    private Path backUp(char[] password) throws IOException {
        Path file = folder.resolve(password == null ? "open.nbbackup" : "sealed.nbbackup");
        var header = new BackupHeader(BackupHeader.FORMAT, 12, Instant.parse("2026-12-07T02:00:00Z"), "admin", "akte",
                password != null);
        BackupFile.write(file, header, password, List.of(
                new BackupFile.Entry("graph/store.db", source.resolve("store.db"), false),
                new BackupFile.Entry("charts/Fall Berg.json", source.resolve("charts/Fall Berg.json"), false),
                new BackupFile.Entry("audit/audit.log", source.resolve("audit.log"), true)),
                // the smallest parameters a header may carry: the derivation is not what these tests are about
                new BackupKey(8 * 1024, 1, 1, new byte[BackupKey.SALT_BYTES]));
        return file;
    }

    @Test
    void aSealedBackupGivesBackEveryFileAndTheLogUpToItsLastWholeLine() throws IOException {
        Path file = backUp(PASSWORD);
        assertThat(BackupFile.header(file)).satisfies(h -> {
            assertThat(h.sealed()).isTrue();
            assertThat(h.createdBy()).isEqualTo("admin");
            assertThat(h.schemaVersion()).isEqualTo(12);
        });
        // nothing of the content is readable in the file
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain("Fall Berg");

        Path target = folder.resolve("restored");
        BackupFile.unpack(file, PASSWORD, target, 12);

        assertThat(Files.readAllBytes(target.resolve("graph/store.db"))).isEqualTo(large);
        assertThat(target.resolve("charts/Fall Berg.json")).hasContent("{\"name\":\"Fall Berg\"}");
        assertThat(target.resolve("audit/audit.log")).hasContent("{\"seq\":1}\n{\"seq\":2}\n");
    }

    @Test
    void anUnsealedBackupNeedsNoPassword() throws IOException {
        Path file = backUp(null);
        Path target = folder.resolve("restored");
        BackupFile.unpack(file, null, target, 12);
        assertThat(Files.readAllBytes(target.resolve("graph/store.db"))).isEqualTo(large);
    }

    @Test
    void aWrongOrMissingPasswordIsRefusedBeforeAnythingIsUnpacked() throws IOException {
        Path file = backUp(PASSWORD);
        Path target = Files.createDirectories(folder.resolve("restored"));

        assertThatThrownBy(() -> BackupFile.unpack(file, "sicherung-2026!".toCharArray(), target, 12))
                .isInstanceOfSatisfying(BackupPasswordException.class, e -> assertThat(e.given()).isTrue());
        assertThatThrownBy(() -> BackupFile.unpack(file, null, target, 12))
                .isInstanceOfSatisfying(BackupPasswordException.class, e -> assertThat(e.given()).isFalse());
        assertThat(target).isEmptyDirectory();
    }

    @Test
    void aChangedByteInTheSealedDataIsFound() throws IOException {
        Path file = backUp(PASSWORD);
        flip(file, Files.size(file) / 2);

        assertThatThrownBy(() -> BackupFile.unpack(file, PASSWORD, folder.resolve("restored"), 12))
                .isInstanceOf(BackupDamagedException.class).hasMessageContaining("does not check out");
    }

    @Test
    void aSealedFileCutAtASegmentsEndIsFound() throws IOException {
        Path file = backUp(PASSWORD);
        long headerAndCheck = headerBytes(file);
        // the header, its check and exactly the first sealed segment: a file that looks whole up to there
        try (var raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(headerAndCheck + Seal.SEGMENT + Seal.TAG_BYTES);
        }

        assertThatThrownBy(() -> BackupFile.unpack(file, PASSWORD, folder.resolve("restored"), 12))
                .isInstanceOf(BackupDamagedException.class);
    }

    @Test
    void aChangedHeaderFailsThePasswordCheck() throws IOException {
        Path file = backUp(PASSWORD);
        // the user name in the header: "admin" becomes "bdmin"
        byte[] bytes = Files.readAllBytes(file);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("admin");
        flip(file, at);

        assertThatThrownBy(() -> BackupFile.unpack(file, PASSWORD, folder.resolve("restored"), 12))
                .isInstanceOf(BackupPasswordException.class);
    }

    @Test
    void aBackupOfANewerReleaseAndAFileThatIsNoBackupAreRefused() throws IOException {
        Path file = backUp(null);
        assertThatThrownBy(() -> BackupFile.unpack(file, null, folder.resolve("restored"), 11))
                .isInstanceOfSatisfying(BackupVersionException.class, e -> {
                    assertThat(e.found()).isEqualTo(12);
                    assertThat(e.known()).isEqualTo(11);
                });
        Path notABackup = Files.writeString(folder.resolve("notes.txt"), "Einkaufsliste");
        assertThatThrownBy(() -> BackupFile.header(notABackup)).isInstanceOf(BackupDamagedException.class);
        Path cut = folder.resolve("cut.nbbackup");
        Files.write(cut, java.util.Arrays.copyOf(Files.readAllBytes(file), 20));
        assertThatThrownBy(() -> BackupFile.header(cut)).isInstanceOf(BackupDamagedException.class);
    }

    private static long headerBytes(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        // magic, format, schema, created, two UTF strings, the flag, the key's three ints, salt, prefix, check
        int at = 16 + 2 + 4 + 8;
        at += 2 + ((bytes[at] & 0xff) << 8 | bytes[at + 1] & 0xff);
        at += 2 + ((bytes[at] & 0xff) << 8 | bytes[at + 1] & 0xff);
        return at + 1 + 12 + BackupKey.SALT_BYTES + Seal.PREFIX_BYTES + Seal.TAG_BYTES;
    }

    private static void flip(Path file, long at) throws IOException {
        try (var raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(at);
            int b = raf.read();
            raf.seek(at);
            raf.write(b ^ 0x03);
        }
    }
}
