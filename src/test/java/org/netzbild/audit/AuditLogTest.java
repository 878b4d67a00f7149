package org.netzbild.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {

    @TempDir
    Path folder;

    private Path writeLog(int entries) {
        Path file = folder.resolve("audit.log");
        try (FileAuditLog log = FileAuditLog.open(file)) {
            for (int i = 0; i < entries; i++) {
                log.append(event("Suche „Müller“ Nr. " + i, List.of("p-" + i, "p-" + (i + 1))));
            }
        }
        return file;
    }

    private static AuditEvent event(String criteria, List<String> ids) {
        return new AuditEvent(Instant.parse("2026-11-27T08:00:00Z"), "kommissar.k", "AZ 100 Js 7/26 – Prüfung",
                Operation.QUERY, "search", criteria, AuditedIds.of(ids), Outcome.DONE);
    }

    @Test
    void anUntouchedLogVerifies() throws IOException {
        Path file = writeLog(5);

        var result = AuditVerifier.verify(file);

        assertThat(result.intact()).isTrue();
        assertThat(result.entries()).isEqualTo(5);
    }

    @Test
    void reopeningContinuesTheChain() throws IOException {
        Path file = writeLog(3);
        try (FileAuditLog log = FileAuditLog.open(file)) {
            log.append(event("danach", List.of("x")));
        }

        assertThat(AuditVerifier.verify(file).intact()).isTrue();
        assertThat(Files.readAllLines(file)).hasSize(4);
    }

    @Test
    void alteringAnyOneByteNamesTheEntryItStandsIn() throws IOException {
        Path file = writeLog(4);
        byte[] original = Files.readAllBytes(file);
        for (int offset = 0; offset < original.length; offset++) {
            byte[] altered = original.clone();
            altered[offset] = (byte) (original[offset] == 'x' ? 'y' : 'x');
            Files.write(file, altered);

            var result = AuditVerifier.verify(file);

            assertThat(result.intact()).as("byte %d altered", offset).isFalse();
            assertThat(result.firstBadLine()).as("byte %d altered", offset).isEqualTo(lineOf(original, offset));
        }
    }

    @Test
    void removingAnEntryBreaksTheChainAtTheNextOne() throws IOException {
        Path file = writeLog(4);
        var lines = new java.util.ArrayList<>(Files.readAllLines(file));
        lines.remove(1);
        Files.write(file, lines);

        var result = AuditVerifier.verify(file);

        assertThat(result.firstBadLine()).isEqualTo(2);
        assertThat(result.problem()).isEqualTo(AuditVerification.Problem.CHAIN_BROKEN);
    }

    @Test
    void aSecondWriterIsRefusedWhileTheFirstHoldsTheLog() {
        Path file = folder.resolve("audit.log");
        try (FileAuditLog first = FileAuditLog.open(file)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> FileAuditLog.open(file))
                    .isInstanceOf(AuditLogInUseException.class);
        }
        FileAuditLog.open(file).close();
    }

    /**
     * The lock must survive this process reading its own log: on Linux, closing any descriptor of a
     * file drops the process's lock on it, and the log's last line used to be read through one.
     */
    @Test
    void anotherProcessIsRefusedWhileTheLogIsOpenEvenAfterThisProcessReadTheLog() throws Exception {
        Path file = folder.resolve("audit.log");
        try (FileAuditLog log = FileAuditLog.open(file)) {
            log.append(event("erste", List.of("a")));
            Files.readAllLines(file); // another descriptor of the log, opened and closed, as a verifier does
            AuditVerifier.verify(file);

            var second = inAnotherProcess(file);

            assertThat(second).isEqualTo("IN USE pid=" + ProcessHandle.current().pid());
            log.append(event("zweite", List.of("b")));
        }
        assertThat(inAnotherProcess(file)).isEqualTo("OPENED");
        var result = AuditVerifier.verify(file);
        assertThat(result.intact()).isTrue();
        assertThat(result.entries()).isEqualTo(3);
    }

    @Test
    void theRefusalNamesTheProcessThatHoldsTheLogAndSinceWhen() {
        Path file = folder.resolve("audit.log");
        Instant before = Instant.now().minusSeconds(1);
        try (FileAuditLog first = FileAuditLog.open(file)) {
            var refused = org.assertj.core.api.Assertions.catchThrowableOfType(AuditLogInUseException.class,
                    () -> FileAuditLog.open(file));

            assertThat(refused.holder().pid()).isEqualTo(ProcessHandle.current().pid());
            assertThat(refused.holder().since()).isAfter(before).isBeforeOrEqualTo(Instant.now());
        }
    }

    private static String inAnotherProcess(Path log) throws Exception {
        String launcher = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(launcher, "-cp", System.getProperty("java.class.path"),
                "-Dlogback.configurationFile=logback-test.xml", org.netzbild.testsupport.AuditLogOpenerMain.class.getName(),
                log.toString()).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        child.waitFor();
        return output.lines().filter(l -> l.startsWith("OPENED") || l.startsWith("IN USE")).findFirst().orElse(output);
    }

    @Test
    void aTornLastEntryIsMovedAsideAndTheRecoveryLogged() throws IOException {
        Path file = writeLog(3);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 30));

        try (FileAuditLog log = FileAuditLog.open(file)) {
            log.append(event("weiter", List.of("y")));
        }

        var result = AuditVerifier.verify(file);
        assertThat(result.intact()).isTrue();
        assertThat(result.entries()).isEqualTo(4);
        assertThat(Files.readAllLines(file).get(2)).contains("recoverTornEntry");
        assertThat(folder.resolve("audit.log.torn")).exists();
    }

    @Test
    void anUnreadableLastEntryIsRefusedNotRepaired() throws IOException {
        Path file = writeLog(2);
        Files.writeString(file, "not an audit entry\n", java.nio.file.StandardOpenOption.APPEND);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FileAuditLog.open(file))
                .isInstanceOf(AuditFailureException.class).hasMessageContaining("audit verify");
        assertThat(Files.readAllLines(file)).hasSize(3);
    }

    @Test
    void bulkIdsAreCappedButCountedAndDigested() {
        var many = java.util.stream.IntStream.range(0, 2500).mapToObj(i -> "id-" + i).toList();

        AuditedIds ids = AuditedIds.of(many);

        assertThat(ids.listed()).hasSize(AuditedIds.LISTED);
        assertThat(ids.count()).isEqualTo(2500);
        assertThat(ids.digest()).hasSize(64);
    }

    private static long lineOf(byte[] content, int offset) {
        long line = 1;
        for (int i = 0; i < offset; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
