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

        assertThat(audit.events()).filteredOn(e -> e.action().equals("migrateSchema")).hasSize(1);
    }
}
