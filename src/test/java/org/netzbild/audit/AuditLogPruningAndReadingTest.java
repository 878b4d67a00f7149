package org.netzbild.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the log by filters, writing it as CSV, and pruning its oldest entries without losing the proof of the rest. */
class AuditLogPruningAndReadingTest {

    private static final Actor OFFICER = new Actor("datenschutz.d", "pp-essen", "DS-2026-01", "Kontrolle");

    @TempDir
    Path folder;

    private Path log(String... times) {
        Path file = folder.resolve("audit.log");
        try (FileAuditLog log = FileAuditLog.open(file)) {
            for (int i = 0; i < times.length; i++) {
                log.append(new AuditEvent(Instant.parse(times[i]),
                        new Actor(i % 2 == 0 ? "analyst.a" : "editor.e", "pp-essen", "AZ " + i, "Auswertung Nr. " + i),
                        i % 2 == 0 ? Operation.QUERY : Operation.CREATE, "search", "text=Müller",
                        AuditedIds.of(List.of("p-" + i)), Outcome.DONE));
            }
        }
        return file;
    }

    @Test
    void aRecordIdFindsEveryEntryThatNamesIt() {
        Path file = log("2026-01-01T10:00:00Z", "2026-01-02T10:00:00Z", "2026-01-03T10:00:00Z");

        var found = AuditLogReader.read(file, new AuditFilter(null, null, null, null, null, null, null, "p-1"), 100);

        assertThat(found.entries()).extracting(AuditEntry::seq).containsExactly(2L);
        assertThat(found.entries().getFirst().user()).isEqualTo("editor.e");
    }

    @Test
    void everyPartOfTheFilterMustHold() {
        Path file = log("2026-01-01T10:00:00Z", "2026-01-02T10:00:00Z", "2026-01-03T10:00:00Z", "2026-01-04T10:00:00Z");

        var byUserAndTime = new AuditFilter("ANALYST.A", null, null, Instant.parse("2026-01-02T00:00:00Z"),
                Instant.parse("2026-01-04T00:00:00Z"), Operation.QUERY, Outcome.DONE, null);
        var byCaseAndPurpose = new AuditFilter(null, "az 3", "nr. 3", null, null, null, null, null);

        assertThat(AuditLogReader.read(file, byUserAndTime, 100).entries()).extracting(AuditEntry::seq).containsExactly(3L);
        assertThat(AuditLogReader.read(file, byCaseAndPurpose, 100).entries()).extracting(AuditEntry::seq).containsExactly(4L);
        assertThat(byUserAndTime.describe()).contains("user=ANALYST.A", "operation=QUERY", "outcome=DONE");
    }

    @Test
    void aLimitCutsTheListButCountsEveryMatch() {
        Path file = log("2026-01-01T10:00:00Z", "2026-01-02T10:00:00Z", "2026-01-03T10:00:00Z");

        var found = AuditLogReader.read(file, AuditFilter.everything(), 2);

        assertThat(found.entries()).hasSize(2);
        assertThat(found.matched()).isEqualTo(3);
        assertThat(found.cut()).isTrue();
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaAreWrittenAsText() {
        assertThat(AuditCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(AuditCsv.cell("+49 201 1234")).isEqualTo("'+49 201 1234");
        assertThat(AuditCsv.cell("-1")).isEqualTo("'-1");
        assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditCsv.cell("\tx")).isEqualTo("'\tx");
        assertThat(AuditCsv.cell("\rx")).isEqualTo("\"'\rx\"");
        assertThat(AuditCsv.cell("a;b")).isEqualTo("\"a;b\"");
        assertThat(AuditCsv.cell("Müller")).isEqualTo("Müller");
    }

    @Test
    void theCsvStartsWithABomAndSeparatesBySemicolons() throws IOException {
        Path file = log("2026-01-01T10:00:00Z");
        var text = new StringWriter();
        var csv = new AuditCsv(text, ZoneOffset.UTC);
        csv.header();
        for (AuditEntry entry : AuditLogReader.read(file, AuditFilter.everything(), 10).entries()) {
            csv.entry(entry);
        }

        assertThat(text.toString()).startsWith("\uFEFFseq;time;user;agency;case;purpose;")
                .contains("\r\n1;2026-01-01T10:00:00Z;analyst.a;pp-essen;AZ 0;Auswertung Nr. 0;QUERY;search;text=Müller;DONE;1;p-0;\r\n");
    }

    @Test
    void pruningTheOldestEntriesLeavesAChainThatStillVerifies() throws IOException {
        Path file = log("2024-03-01T10:00:00Z", "2024-12-31T22:00:00Z", "2025-01-01T10:00:00Z", "2026-05-01T10:00:00Z");

        FileAuditLog.Pruned pruned;
        try (FileAuditLog log = FileAuditLog.open(file)) {
            pruned = log.prune(Instant.parse("2025-01-01T00:00:00Z"), OFFICER);
            log.append(new AuditEvent(Instant.now(), OFFICER, Operation.QUERY, "after", "", AuditedIds.none(), Outcome.DONE));
        }

        assertThat(pruned.entries()).isEqualTo(2);
        assertThat(pruned.prunedUpTo()).isEqualTo(2);
        var verification = AuditVerifier.verify(file);
        assertThat(verification.intact()).as(verification.toString()).isTrue();
        assertThat(verification.prunedUpTo()).isEqualTo(2);
        var left = AuditLogReader.read(file, AuditFilter.everything(), 100).entries();
        assertThat(left).extracting(AuditEntry::seq).containsExactly(3L, 4L, 5L, 6L, 7L);
        assertThat(left).filteredOn(e -> e.action().equals("pruneAudit")).extracting(AuditEntry::outcome)
                .containsExactly(Outcome.INTENDED, Outcome.DONE);
        assertThat(Files.readString(file)).doesNotContain("p-0", "p-1").contains("p-2");
    }

    @Test
    void aSecondPruneMovesTheAnchorOn() throws IOException {
        Path file = log("2023-03-01T10:00:00Z", "2024-03-01T10:00:00Z", "2025-03-01T10:00:00Z");
        try (FileAuditLog log = FileAuditLog.open(file)) {
            log.prune(Instant.parse("2024-01-01T00:00:00Z"), OFFICER);
        }
        try (FileAuditLog log = FileAuditLog.open(file)) {
            assertThat(log.prune(Instant.parse("2025-01-01T00:00:00Z"), OFFICER).prunedUpTo()).isEqualTo(2);
        }

        var verification = AuditVerifier.verify(file);
        assertThat(verification.intact()).as(verification.toString()).isTrue();
        assertThat(verification.prunedUpTo()).isEqualTo(2);
    }

    @Test
    void cuttingMoreEntriesBehindAForgedAnchorIsDetected() throws IOException {
        Path file = log("2024-03-01T10:00:00Z", "2024-04-01T10:00:00Z", "2026-05-01T10:00:00Z", "2026-05-02T10:00:00Z");
        try (FileAuditLog log = FileAuditLog.open(file)) {
            log.prune(Instant.parse("2025-01-01T00:00:00Z"), OFFICER);
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        // someone drops entry 3 as well and writes an anchor for it, hashed like a real one
        String third = lines.get(1);
        String forged = AuditChain.anchorLine(3, AuditChain.hashOf(third), Instant.now(), "mallory", Instant.now());
        var rest = new java.util.ArrayList<>(lines.subList(2, lines.size()));
        rest.addFirst(forged);
        Files.write(file, rest, StandardCharsets.UTF_8);

        var verification = AuditVerifier.verify(file);

        assertThat(verification.problem()).isEqualTo(AuditVerification.Problem.ANCHOR_UNCONFIRMED);
    }

    @Test
    void removingTheAnchorBreaksTheChain() throws IOException {
        Path file = log("2024-03-01T10:00:00Z", "2026-05-01T10:00:00Z");
        try (FileAuditLog log = FileAuditLog.open(file)) {
            log.prune(Instant.parse("2025-01-01T00:00:00Z"), OFFICER);
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Files.write(file, lines.subList(1, lines.size()), StandardCharsets.UTF_8);

        assertThat(AuditVerifier.verify(file).problem()).isEqualTo(AuditVerification.Problem.CHAIN_BROKEN);
    }

    @Test
    void nothingOldEnoughPrunesNothingAndSaysSoOnTheLog() throws IOException {
        Path file = log("2026-05-01T10:00:00Z");
        try (FileAuditLog log = FileAuditLog.open(file)) {
            assertThat(log.prune(Instant.parse("2025-01-01T00:00:00Z"), OFFICER).entries()).isZero();
        }

        assertThat(AuditVerifier.verify(file).intact()).isTrue();
        assertThat(AuditLogReader.read(file, AuditFilter.everything(), 10).entries()).extracting(AuditEntry::action)
                .containsExactly("search", "pruneAudit", "pruneAudit");
    }

    @Test
    void anAlteredLogIsNotPrunedAndTheRefusalIsLogged() throws IOException {
        Path file = log("2024-03-01T10:00:00Z", "2024-04-01T10:00:00Z", "2026-05-01T10:00:00Z");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        lines.set(1, lines.get(1).replace("analyst.a", "analyst.x").replace("editor.e", "editor.x"));
        Files.write(file, lines, StandardCharsets.UTF_8);

        try (FileAuditLog log = FileAuditLog.open(file)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> log.prune(Instant.parse("2025-01-01T00:00:00Z"), OFFICER))
                    .isInstanceOf(AuditLogAlteredException.class);
        }

        List<String> after = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(after).hasSize(4).startsWith(lines.toArray(String[]::new));
        assertThat(after.getLast()).contains("\"action\":\"pruneAudit\"", "\"outcome\":\"REFUSED\"", "log altered from line 2");
    }
}
