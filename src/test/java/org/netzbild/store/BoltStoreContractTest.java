package org.netzbild.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.testsupport.BoltServerProcess;
import org.netzbild.testsupport.RecordingAuditSink;

/** The port's contract on a real Neo4j server over Bolt, running in a JVM of its own on 127.0.0.1. */
class BoltStoreContractTest extends GraphStoreContract {

    @TempDir
    static Path folder;
    private static BoltServerProcess server;
    private static StoreConnection connection;

    @BeforeAll
    static void start() throws Exception {
        server = BoltServerProcess.start(folder);
        connection = StoreConnection.open(remote(server), ANALYST, new RecordingAuditSink());
    }

    @AfterAll
    static void stop() throws Exception {
        connection.close();
        server.close();
    }

    @Override
    protected StoreConnection connection() {
        return connection;
    }

    private static StoreLocation.Remote remote(BoltServerProcess server) {
        return new StoreLocation.Remote(URI.create(server.uri()), "neo4j", "unused".toCharArray(), null);
    }

    @Test
    void aServerThatIsGoneIsReportedAsUnavailable(@TempDir Path other) throws Exception {
        var audit = new RecordingAuditSink();
        try (BoltServerProcess doomed = BoltServerProcess.start(other)) {
            var gone = StoreConnection.open(remote(doomed), ANALYST, audit);
            var session = gone.session(ANALYST, audit);
            doomed.kill();

            assertThatThrownBy(session::statistics).isInstanceOf(StoreUnavailableException.class);
            gone.close();
        }
    }

    @Test
    void theRoutingSchemeOfClustersReadsItsOwnWrites() {
        var routed = new StoreLocation.Remote(URI.create(server.uri().replace("bolt://", "neo4j://")), "neo4j",
                "unused".toCharArray(), null);
        var audit = new RecordingAuditSink();
        try (StoreConnection cluster = StoreConnection.open(routed, ANALYST, audit)) {
            GraphStore routedStore = cluster.session(ANALYST, audit);
            var written = routedStore.create(r.person("routed", "Routed Person"));

            org.assertj.core.api.Assertions.assertThat(routedStore.entity(written.id())).contains(written);
        }
    }

    @Test
    void anAddressWithoutAServerFailsToConnectWithAClearMessage() {
        var nowhere = new StoreLocation.Remote(URI.create("bolt://127.0.0.1:1"), "neo4j", new char[0], null);

        assertThatThrownBy(() -> StoreConnection.open(nowhere, ANALYST, new RecordingAuditSink()))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("bolt://127.0.0.1:1");
    }

    /**
     * A client that died mid-import (or lost the server) stops renewing its lease; the next client
     * to open the store after the lease ran out rolls the import back, and should the writer come
     * back, its next batch fails instead of writing records no import lists.
     */
    @Test
    void anImportWhoseLeaseRanOutIsRolledBackByTheNextClientAndItsWriterIsStopped() {
        var audit = new RecordingAuditSink();
        var writer = connection.session(ANALYST, audit);
        var records = new org.netzbild.testsupport.Records();
        String importId = records.id("verwaist");
        writer.beginImport(new org.netzbild.model.ImportRecord(importId, "verwaist.csv", org.netzbild.testsupport.Records.TAX,
                "fa.1", java.time.Instant.now(), org.netzbild.model.ImportRecord.Status.RUNNING, 0));
        var written = records.business("verwaist-a", "Verwaist GmbH");
        writer.write(new org.netzbild.model.WriteBatch(java.util.List.of(written), java.util.List.of(), java.util.List.of(),
                importId), WriteMode.CREATE);

        var threeMinutesLater = new ImportLease(ImportLease.STANDARD,
                java.time.Clock.offset(java.time.Clock.systemUTC(), java.time.Duration.ofMinutes(3)));
        try (var other = StoreConnection.open(remote(server), ANALYST, audit, threeMinutesLater)) {
            var seen = other.session(ANALYST, audit);
            org.assertj.core.api.Assertions.assertThat(seen.imports()).noneMatch(i -> i.id().equals(importId));
            org.assertj.core.api.Assertions.assertThat(seen.entity(written.id())).isEmpty();
        }
        var late = records.business("verwaist-b", "Zu Spät GmbH");
        assertThatThrownBy(() -> writer.write(new org.netzbild.model.WriteBatch(java.util.List.of(late), java.util.List.of(),
                java.util.List.of(), importId), WriteMode.CREATE)).isInstanceOf(ImportGoneException.class);
        org.assertj.core.api.Assertions.assertThat(writer.entity(late.id())).isEmpty();
    }

    @Test
    void anotherClientLeavesAnImportWhoseLeaseHoldsAlone() {
        var audit = new RecordingAuditSink();
        var writer = connection.session(ANALYST, audit);
        var records = new org.netzbild.testsupport.Records();
        String importId = records.id("lebendig");
        writer.beginImport(new org.netzbild.model.ImportRecord(importId, "lebendig.csv", org.netzbild.testsupport.Records.TAX,
                "fa.1", java.time.Instant.now(), org.netzbild.model.ImportRecord.Status.RUNNING, 0));

        try (var other = StoreConnection.open(remote(server), ANALYST, audit)) {
            org.assertj.core.api.Assertions.assertThat(other.session(ANALYST, audit).imports())
                    .anyMatch(i -> i.id().equals(importId));
        }
        writer.completeImport(importId, 0);
    }
}
