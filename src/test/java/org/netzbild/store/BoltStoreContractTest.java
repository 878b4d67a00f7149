package org.netzbild.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.testsupport.LocalBoltServer;
import org.netzbild.testsupport.Records;
import org.netzbild.audit.Actor;
import org.netzbild.audit.AuditVerification;
import org.netzbild.audit.ClientAndServerAudit;
import org.netzbild.model.SearchRequest;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import java.util.List;
import java.util.Set;
import org.netzbild.testsupport.LoopbackProxy;
import org.netzbild.testsupport.RecordingAuditSink;

/**
 * The port's contract on a real Neo4j server over Bolt on 127.0.0.1, reached through the Java driver
 * over TCP. The server runs in the test's JVM ({@link LocalBoltServer}); the tests of a server that
 * crashes, restarts or is cut off from its clients, in a process of its own, are in
 * {@code reliability.FaultMatrixTest}.
 */
class BoltStoreContractTest extends GraphStoreContract {

    @TempDir
    static Path folder;
    private static LocalBoltServer server;
    private static StoreConnection connection;

    /**
     * The two faults whose tests wait out the driver's windows (about 10 s each, the cores idle): they
     * start with the class, each on a line and a connection of its own, and run beside its other
     * tests; their tests then check what they answered.
     */
    private static CompletableFuture<GoneServer> goneServer;
    private static CompletableFuture<StalledSearch> stalledSearch;

    @BeforeAll
    static void start() throws Exception {
        server = LocalBoltServer.start(folder);
        connection = StoreConnection.open(remote(server), ANALYST, new RecordingAuditSink());
        goneServer = CompletableFuture.supplyAsync(BoltStoreContractTest::readAfterTheServerIsGone, BACKGROUND);
        stalledSearch = CompletableFuture.supplyAsync(BoltStoreContractTest::searchOverAStalledConnection, BACKGROUND);
    }

    @AfterAll
    static void stop() throws Exception {
        CompletableFuture.allOf(goneServer, stalledSearch).handle((done, failed) -> null).get(3, TimeUnit.MINUTES);
        BACKGROUND.shutdown();
        connection.close();
        server.close();
    }

    private static final java.util.concurrent.ExecutorService BACKGROUND = Executors.newFixedThreadPool(2, task -> {
        var thread = new Thread(task, "bolt-contract-fault");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    protected StoreConnection connection() {
        return connection;
    }

    private static StoreLocation.Remote remote(LocalBoltServer server) {
        return remote(server.uri());
    }

    private static StoreLocation.Remote remote(String uri) {
        return new StoreLocation.Remote(URI.create(uri), "neo4j", "unused".toCharArray(), null);
    }

    @Test
    void aServerThatIsGoneIsReportedAsUnavailable() throws Exception {
        var gone = goneServer.get(3, TimeUnit.MINUTES);
        assertThat(gone.first()).isInstanceOf(StoreUnavailableException.class);
        assertThat(gone.askedInFirst()).as("connections the driver asked for while it retried").isGreaterThan(1);
    }

    /**
     * What follows a request that waited out the retry window (its audit entry, the next command)
     * tries the gone server once instead of waiting out a window of its own; once the server is back,
     * the first request reaches it and the window is there again for the next fault.
     */
    @Test
    void afterARetryWindowWithoutTheServerTheNextRequestTriesItOnceAndItsReturnIsNoticed() throws Exception {
        var gone = goneServer.get(3, TimeUnit.MINUTES);
        assertThat(gone.second()).isInstanceOf(StoreUnavailableException.class);
        assertThat(gone.askedInSecond()).as("connections asked for by the request after the window").isEqualTo(1);
        assertThat(gone.third()).as("a request once the line is mended: it reaches the server").isNull();
        assertThat(gone.askedInFourth()).as("connections asked for by a request after the next cut: a window again")
                .isGreaterThan(1);
    }

    /** What the reads on a line that was cut met, and how many connections each asked for. */
    private record GoneServer(Throwable first, int askedInFirst, Throwable second, int askedInSecond, Throwable third,
                              int askedInFourth) {
    }

    /**
     * The server goes away for this client: its connections are closed and new ones refused. The
     * line is cut rather than closed, so that its port stays taken: while the driver retries, no
     * other test's server (in the other test JVM) can come up on it and answer in the gone one's
     * place. A first read waits out the window, a second follows it, a third comes after the line
     * is mended, and a fourth after the line is cut again.
     */
    private static GoneServer readAfterTheServerIsGone() {
        var audit = new RecordingAuditSink();
        try (LoopbackProxy line = LoopbackProxy.to(server.uri())) {
            var gone = StoreConnection.open(remote(line.uri()), ANALYST, audit);
            try {
                var session = gone.session(ANALYST, audit);
                session.statistics();
                line.cut();
                int before = line.connectionsAsked();
                Throwable first = catchThrowable(session::statistics);
                int afterFirst = line.connectionsAsked();
                Throwable second = catchThrowable(session::statistics);
                int afterSecond = line.connectionsAsked();
                line.mend();
                Throwable third = catchThrowable(session::statistics);
                line.cut();
                int beforeFourth = line.connectionsAsked();
                catchThrowable(session::statistics);
                return new GoneServer(first, afterFirst - before, second, afterSecond - afterFirst, third,
                        line.connectionsAsked() - beforeFourth);
            } finally {
                gone.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A connection that stalls (its request never reaches the server, and nothing resets it, as
     * behind a VPN that drops packets): our servers' keep-alive hint gives the driver a read timeout
     * of 10 s, so the client gives the connection up and its retry answers, instead of waiting
     * until the operating system gives up (reliability issue). Without the hint the call would
     * never return; the bound makes that a failure.
     */
    @Test
    void aStalledConnectionIsGivenUpAndTheRetryAnswers() throws Exception {
        var answer = stalledSearch.get(90, TimeUnit.SECONDS);

        assertThat(answer.held()).as("the first attempt was held").isTrue();
        assertThat(answer.hits()).isNotNull();
    }

    private record StalledSearch(boolean held, List<?> hits) {
    }

    private static StalledSearch searchOverAStalledConnection() {
        try (LoopbackProxy line = LoopbackProxy.to(server.uri());
             StoreConnection stalling = StoreConnection.open(remote(line.uri()), ANALYST, new RecordingAuditSink())) {
            GraphStore store = stalling.session(ANALYST, new RecordingAuditSink());
            var held = line.holdWhenClientSends("queryNodes('entity_search'", 1);
            var hits = store.search(new SearchRequest("Bochum", Set.of(), 5));
            return new StalledSearch(held.await(0), hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
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
        String importId = begin(writer, records.id("verwaist"));
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
        String importId = begin(writer, new org.netzbild.testsupport.Records().id("lebendig"));

        try (var other = StoreConnection.open(remote(server), ANALYST, audit)) {
            org.assertj.core.api.Assertions.assertThat(other.session(ANALYST, audit).imports())
                    .anyMatch(i -> i.id().equals(importId));
        }
        writer.completeImport(importId, 0);
    }

    private static String begin(GraphStore writer, String importId) {
        writer.beginImport(new org.netzbild.model.ImportRecord(importId, importId + ".csv", org.netzbild.testsupport.Records.TAX,
                "fa.1", java.time.Instant.now(), org.netzbild.model.ImportRecord.Status.RUNNING, 0));
        return importId;
    }

    /**
     * Remote mode's audit trail (ADR 0023): two clients work at once, each entry going into the
     * client's own log and into the server's one chain; the chain verifies and holds every entry of
     * both, and a check names an entry removed from its end and an entry altered in its middle.
     */
    @Test
    void everyClientsEntriesFallIntoTheServersOneChainWhichNamesARemovedOrAlteredEntry(@TempDir Path own)
            throws Exception {
        try (LocalBoltServer trailServer = LocalBoltServer.start(own);
             StoreConnection first = StoreConnection.open(remote(trailServer), ANALYST, new RecordingAuditSink());
             StoreConnection second = StoreConnection.open(remote(trailServer), ANALYST, new RecordingAuditSink())) {
            var firstLog = new RecordingAuditSink();
            var secondLog = new RecordingAuditSink();
            var firstAudit = new ClientAndServerAudit(firstLog, first.serverAuditTrail().orElseThrow());
            var secondAudit = new ClientAndServerAudit(secondLog, second.serverAuditTrail().orElseThrow());
            GraphStore a = first.session(ANALYST, firstAudit);
            GraphStore b = second.session(ANALYST, secondAudit);
            a.create(r.person("kette-1", "Kette Eins"));
            var failures = new java.util.concurrent.CopyOnWriteArrayList<Throwable>();
            var clients = new java.util.ArrayList<Thread>();
            for (GraphStore client : List.of(a, b)) {
                clients.add(Thread.ofPlatform().start(() -> {
                    try {
                        for (int i = 0; i < 30; i++) {
                            client.search(new SearchRequest("Kette", Set.of(), 10));
                            client.entity("kette-1");
                        }
                    } catch (Throwable t) {
                        failures.add(t);
                    }
                }));
            }
            for (Thread client : clients) {
                client.join();
            }
            assertThat(failures).isEmpty();
            long written = firstLog.events().size() + secondLog.events().size();
            Actor officer = new Actor("datenschutz.a", Records.POLICE, "DS 1/26", "Prüfung");

            var intact = first.verifyServerAuditTrail(officer, firstAudit);
            assertThat(intact.intact()).as("%s", intact).isTrue();
            assertThat(intact.entries()).as("every entry of both clients, in one chain").isEqualTo(written);
            assertThat(firstLog.events().getLast().action()).as("the check is on record").isEqualTo("verifyAuditTrail");

            try (Driver driver = GraphDatabase.driver(trailServer.uri(), AuthTokens.none());
                 Session raw = driver.session()) {
                raw.run("MATCH (e:NetzbildAuditEntry) WITH e ORDER BY e.seq DESC LIMIT 1 DELETE e").consume();
                var cut = first.verifyServerAuditTrail(officer, firstAudit);
                assertThat(cut.problem()).as("the last entry removed").isEqualTo(AuditVerification.Problem.CHAIN_BROKEN);
                assertThat(cut.firstBadLine()).isEqualTo(written + 1);

                long altered = raw.run("""
                        MATCH (e:NetzbildAuditEntry) WHERE e.line CONTAINS '"outcome":"DONE"'
                        WITH e ORDER BY e.seq SKIP 5 LIMIT 1
                        SET e.line = replace(e.line, '"outcome":"DONE"', '"outcome":"FAILED"')
                        RETURN e.seq AS seq""").single().get("seq").asLong();
                var changed = first.verifyServerAuditTrail(officer, firstAudit);
                assertThat(changed.problem()).isEqualTo(AuditVerification.Problem.ALTERED);
                assertThat(changed.firstBadLine()).isEqualTo(altered);
            }
        }
    }

    /**
     * A client appends in one round trip onto the head its last append left; once another client
     * has appended, that head is stale, the one-statement append writes nothing and the entry goes
     * after the other client's, in the locked transaction (ADR 0023).
     */
    @Test
    void aClientWhoseLastHeadIsStaleAppendsAfterTheOtherClientsEntryNotBesideIt(@TempDir Path own) throws Exception {
        try (LocalBoltServer trailServer = LocalBoltServer.start(own);
             StoreConnection first = StoreConnection.open(remote(trailServer), ANALYST, new RecordingAuditSink());
             StoreConnection second = StoreConnection.open(remote(trailServer), ANALYST, new RecordingAuditSink())) {
            var a = first.serverAuditTrail().orElseThrow();
            var b = second.serverAuditTrail().orElseThrow();
            a.append(probe("a1"));
            a.append(probe("a2"));
            b.append(probe("b1"));
            a.append(probe("a3"));
            b.append(probe("b2"));
            b.append(probe("b3"));

            Actor officer = new Actor("datenschutz.a", Records.POLICE, "DS 1/26", "Prüfung");
            var verification = first.verifyServerAuditTrail(officer, new RecordingAuditSink());
            assertThat(verification.intact()).as("%s", verification).isTrue();
            try (Driver driver = GraphDatabase.driver(trailServer.uri(), AuthTokens.none());
                 Session raw = driver.session()) {
                var order = raw.run("MATCH (e:NetzbildAuditEntry) RETURN e.line AS line ORDER BY e.seq").list(
                        row -> row.get("line").asString().split("\"criteria\":\"")[1].split("\"")[0]);
                assertThat(order).containsExactly("probe a1", "probe a2", "probe b1", "probe a3", "probe b2", "probe b3");
            }
        }
    }

    private static org.netzbild.audit.AuditEvent probe(String name) {
        return new org.netzbild.audit.AuditEvent(java.time.Instant.now(), new Actor("analyst.a", Records.POLICE, "AZ 1", "Probe"),
                org.netzbild.audit.Operation.QUERY, "search", "probe " + name, org.netzbild.audit.AuditedIds.none(),
                org.netzbild.audit.Outcome.DONE);
    }
}
