package org.netzbild.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.testsupport.RecordingAuditSink;

/** The port's contract on the embedded database. */
class EmbeddedStoreContractTest extends GraphStoreContract {

    @TempDir
    static Path folder;
    private static StoreConnection connection;

    @BeforeAll
    static void open() {
        connection = StoreConnection.open(new StoreLocation.Embedded(folder), ANALYST, new RecordingAuditSink());
    }

    @AfterAll
    static void close() {
        connection.close();
    }

    @Override
    protected StoreConnection connection() {
        return connection;
    }

    @Test
    void anImportCutShortIsRolledBackWhenTheStoreIsNextOpened(@TempDir Path other) {
        var audit = new RecordingAuditSink();
        var records = new org.netzbild.testsupport.Records();
        var person = records.person("p", "Halb Importiert");
        try (var first = StoreConnection.open(new StoreLocation.Embedded(other), ANALYST, audit)) {
            var store = first.session(ANALYST, audit);
            store.create(records.person("before", "Vorher Da"));
            store.beginImport(new org.netzbild.model.ImportRecord("imp-1", "cut.csv", "PP Essen", "pk.1",
                    java.time.Instant.now(), org.netzbild.model.ImportRecord.Status.RUNNING, 0));
            store.write(new org.netzbild.model.WriteBatch(java.util.List.of(person), java.util.List.of(), java.util.List.of(),
                    "imp-1"), WriteMode.CREATE);
            // no completeImport: the process "dies" here
        }

        try (var reopened = StoreConnection.open(new StoreLocation.Embedded(other), ANALYST, audit)) {
            var store = reopened.session(ANALYST, audit);
            assertThat(store.entity(person.id())).isEmpty();
            assertThat(store.entity(records.id("before"))).isPresent();
            assertThat(store.imports()).isEmpty();
        }
        assertThat(audit.events()).anySatisfy(e -> assertThat(e.action()).isEqualTo("undoImport"));
    }

    @Test
    void aShutDownDatabaseIsReportedAsUnavailable(@TempDir Path other) {
        var audit = new RecordingAuditSink();
        var gone = StoreConnection.open(new StoreLocation.Embedded(other), ANALYST, audit);
        var session = gone.session(ANALYST, audit);
        gone.close();

        assertThatThrownBy(session::statistics).isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void reopeningDoesNotMigrateAgain(@TempDir Path other) {
        var audit = new RecordingAuditSink();
        StoreConnection.open(new StoreLocation.Embedded(other), ANALYST, audit).close();
        StoreConnection.open(new StoreLocation.Embedded(other), ANALYST, audit).close();

        assertThat(audit.events()).filteredOn(e -> e.action().equals("migrateSchema")).extracting(e -> e.outcome())
                .containsExactly(org.netzbild.audit.Outcome.INTENDED, org.netzbild.audit.Outcome.DONE);
    }

    /**
     * What an analyst searched is personal data and belongs in the audit log only: Neo4j's own
     * debug and query logs would keep it (and the JVM's command line) in the workspace.
     */
    @Test
    void whatWasSearchedLeavesNoTraceInTheDatabaseFolder(@TempDir Path other) throws java.io.IOException {
        var audit = new RecordingAuditSink();
        try (var connection = StoreConnection.open(new StoreLocation.Embedded(other), ANALYST, audit)) {
            connection.session(ANALYST, audit).search(new org.netzbild.model.SearchRequest("Kanarienvogel Zeisig4711", java.util.Set.of(), 10));
        }

        try (var files = java.nio.file.Files.walk(other)) {
            for (Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                String text = new String(java.nio.file.Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1)
                        .toLowerCase(java.util.Locale.ROOT);
                assertThat(text).as(file.toString()).doesNotContain("kanarienvogel").doesNotContain("zeisig4711");
            }
        }
        assertThat(other.resolve("graph/logs/debug.log")).doesNotExist();
    }
}
