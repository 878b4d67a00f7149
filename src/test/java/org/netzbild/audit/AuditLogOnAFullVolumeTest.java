package org.netzbild.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.testsupport.SmallVolume;

/** The audit log on a volume that fills up (a real tmpfs of a few megabytes): the failure entry is never lost. */
class AuditLogOnAFullVolumeTest {

    @TempDir
    Path folder;

    /** An import batch's entry: 1,000 ids listed, some 40 kB, more than the slack of a file's last page. */
    private static AuditEvent event(String action, Outcome outcome) {
        var ids = java.util.stream.IntStream.range(0, 1_000).mapToObj(i -> "person-" + (100_000 + i)).toList();
        return new AuditEvent(Instant.parse("2026-12-06T08:00:00Z"), "analyst.a", "AZ 1", Operation.CREATE, action,
                "", AuditedIds.of(ids), outcome);
    }

    @Test
    void onAFullVolumeAnIntentIsRefusedWholeAndTheFailureIsWrittenFromTheReserve() throws Exception {
        try (var volume = SmallVolume.mount(folder, 2)) {
            Path file = volume.root().resolve("audit").resolve("audit.log");
            try (var log = FileAuditLog.open(file)) {
                log.append(event("write", Outcome.INTENDED));
                assertThat(file.resolveSibling("audit.log.reserve")).hasSize(FileAuditLog.RESERVE_BYTES);
                volume.fillCompletely();

                assertThatThrownBy(() -> log.append(event("write", Outcome.INTENDED)))
                        .isInstanceOf(NoRoomForAuditLogException.class);
                log.append(event("write", Outcome.FAILED));
            }

            var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertThat(lines).hasSize(2);
            assertThat(lines.get(1)).contains("\"outcome\":\"FAILED\"");
            assertThat(Files.readString(file)).as("no torn line").endsWith("}\n");
            assertThat(AuditVerifier.verify(file).intact()).isTrue();
            assertThat(file.resolveSibling("audit.log.reserve")).as("the reserve was given up").doesNotExist();
        }
    }

    @Test
    void theDoneOfAWriteThatRanIsKeptFromTheReserveButAReadsResultIsNotReleased() throws Exception {
        try (var volume = SmallVolume.mount(folder, 2)) {
            Path file = volume.root().resolve("audit").resolve("audit.log");
            try (var log = FileAuditLog.open(file)) {
                log.append(event("write", Outcome.INTENDED));
                volume.fillCompletely();

                log.append(event("write", Outcome.DONE));
                var read = new AuditEvent(Instant.parse("2026-12-06T08:00:01Z"), "analyst.a", "AZ 1", Operation.QUERY,
                        "search", "", event("search", Outcome.DONE).ids(), Outcome.DONE);
                assertThatThrownBy(() -> log.append(read)).isInstanceOf(NoRoomForAuditLogException.class);
            }

            assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize(2)
                    .last().asString().contains("\"outcome\":\"DONE\"").contains("\"action\":\"write\"");
            assertThat(AuditVerifier.verify(file).intact()).isTrue();
        }
    }

    @Test
    void withoutRoomForItsReserveTheLogDoesNotOpenAndOnceThereIsRoomItLaysTheReserveOutAgain() throws Exception {
        try (var volume = SmallVolume.mount(folder, 2)) {
            Path file = volume.root().resolve("audit").resolve("audit.log");
            FileAuditLog.open(file).close();
            Files.delete(file.resolveSibling("audit.log.reserve"));
            volume.fillCompletely();

            assertThatThrownBy(() -> FileAuditLog.open(file)).isInstanceOf(NoRoomForAuditLogException.class);

            volume.makeRoom();
            FileAuditLog.open(file).close();
            assertThat(file.resolveSibling("audit.log.reserve")).hasSize(FileAuditLog.RESERVE_BYTES);
        }
    }
}
