package org.netzbild.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.app.ErrorMessages;
import org.netzbild.app.Explorer;
import org.netzbild.app.I18n;
import org.netzbild.app.Workspace;
import org.netzbild.app.WorkspaceSettings;
import org.netzbild.audit.FileAuditLog;
import org.netzbild.cli.NetzbildCommand;
import org.netzbild.security.AnalystSession;
import org.netzbild.security.Purpose;
import org.netzbild.store.ImportLease;
import org.netzbild.store.StoreConnection;
import org.netzbild.store.StoreLocation;
import org.netzbild.store.embedded.StoreFolders;
import org.netzbild.testsupport.BoltServerProcess;
import org.netzbild.testsupport.CommandLineProcess;
import org.netzbild.testsupport.LoopbackProxy;
import org.netzbild.testsupport.SmallVolume;
import org.netzbild.testsupport.StoreCensus;
import org.netzbild.testsupport.TemplateWorkspace;

/**
 * Faults in the middle of work, each during an import and during a read, with real parts only: a
 * real file system that fills up (a small tmpfs), a real Neo4j server over Bolt that is killed or
 * restarted, a real TCP connection that is cut (a proxy the test controls), an audit log made
 * read-only. For each: the user's message (English here, from the bundles), the exit code of the
 * README's table, an answer within seconds (the bound is a hang guard, not a speed goal), and
 * afterwards a consistent store and audit log: {@code audit verify} passes, no record lies outside
 * a complete import's list, and the failure is on record. {@code docs/reliability.md} lists the
 * cells and what the user sees.
 */
class FaultMatrixTest {

    /** A command must answer within this, fault or not (a hang guard with generous slack). */
    static final Duration ANSWERS_WITHIN = Duration.ofSeconds(120);

    static final Path SPEC = Path.of("src/test/resources/import/zoll-personen.yaml").toAbsolutePath();

    @BeforeEach
    void english() {
        I18n.use(I18n.ENGLISH);
    }

    @AfterEach
    void german() {
        I18n.use(I18n.GERMAN);
    }

    /** A CSV of {@code rows} persons in the layout of {@link #SPEC}, each a new person. */
    static Path persons(Path folder, String prefix, int rows) throws IOException {
        var text = new StringBuilder("Name,Vorname,Geburtsdatum,Geburtsort,Schreibweisen,Aliasnamen\n");
        for (int i = 0; i < rows; i++) {
            text.append(prefix).append(i).append(",Fehler,01.01.1970,Essen,").append(prefix).append(i).append(" F.,\n");
        }
        Path csv = folder.resolve(prefix + ".csv");
        Files.writeString(csv, text);
        return csv;
    }

    /** The command line in this JVM, as {@code CommandLineTest} drives it. */
    record Answer(int exitCode, String out, String err, Duration took) {
    }

    /** The commands that open a store sign in as the template's editor and state a purpose. */
    private static final java.util.Set<String> STORE_COMMANDS = java.util.Set.of("import", "search", "expand", "path", "info");
    static final Map<String, String> ACCOUNT_PASSWORD = Map.of("NETZBILD_ACCOUNT_PASSWORD", TemplateWorkspace.PASSWORD);

    static List<String> signedIn(List<String> command) {
        var arguments = new ArrayList<>(command);
        if (STORE_COMMANDS.contains(command.getFirst())) {
            arguments.addAll(List.of("--as", TemplateWorkspace.EDITOR, "--case", "FM 1/26", "--purpose", "Fehlerprobe"));
        }
        return arguments;
    }

    static Answer inProcess(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        long start = System.nanoTime();
        int code = NetzbildCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), ACCOUNT_PASSWORD,
                signedIn(List.of(args)).toArray(String[]::new));
        return new Answer(code, out.toString(), err.toString(), Duration.ofNanos(System.nanoTime() - start));
    }

    static List<String> auditLines(Path workspace) throws IOException {
        return Files.readAllLines(WorkspaceSettings.auditFile(workspace), StandardCharsets.UTF_8);
    }

    static long entries(List<String> lines, String action, String outcome) {
        return lines.stream().filter(l -> l.contains("\"action\":\"" + action + "\"")
                && l.contains("\"outcome\":\"" + outcome + "\"")).count();
    }

    static void auditVerifyPasses(Path workspace) {
        var verify = inProcess("audit", "verify", "--store", workspace.toString());
        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).contains("intact");
    }

    /** What a user reads in the terminal: one message, no stack trace, no driver chatter. */
    static void noStackTraces(String err) {
        assertThat(err).doesNotContain("\tat ").doesNotContain("Exception:").doesNotContain("WARN");
    }

    @Nested
    class OnAWorkspaceOnASmallVolume {

        @TempDir
        Path folder;

        @Test
        void aVolumeThatFillsUpDuringAnImportEndsItWithAMessageAndTheFailureStaysInTheAuditLog() throws Exception {
            Path csv = persons(folder, "Voll", 8_000);
            try (var volume = SmallVolume.mount(folder, 40)) {
                Path workspace = TemplateWorkspace.copyTo(volume.root().resolve("ws"));
                volume.fillUpTo(2L << 20);

                // a child JVM: a database that cannot write out its pages must be able to take its process along
                var command = CommandLineProcess.start(signedIn(List.of("import", "--mapping", SPEC.toString(), csv.toString(),
                        "--store", workspace.toString(), "--lang", "en")), ACCOUNT_PASSWORD,
                        Map.of("netzbild.import.rowsPerBatch", "500"));
                long started = System.nanoTime();
                var ended = command.awaitEnd(ANSWERS_WITHIN.toSeconds() * 2);

                assertThat(ended.since(started)).as("time to answer").isLessThan(ANSWERS_WITHIN);
                // the database's volume or the audit log's (the same one) is full, whichever the import hits first
                assertThat(ended.exitCode()).as(ended.err()).isIn(4, 5);
                assertThat(ended.err()).containsPattern("The import import-\\S+ was interrupted and not completed")
                        .contains(ended.exitCode() == 4 ? "There is no room left on the volume of the database"
                                : "There is no room left on the volume of the audit log");
                noStackTraces(ended.err());
                var lines = auditLines(workspace);
                assertThat(entries(lines, "write", "FAILED")).as("the failed batch is on record").isEqualTo(1);

                volume.makeRoom();
                var list = inProcess("import", "--list", "--store", workspace.toString());
                assertThat(list.exitCode()).as(list.err()).isZero();
                assertThat(list.out()).as("the half import was rolled back at the open").contains("No imports");
                assertThat(entries(auditLines(workspace), "undoImport", "DONE")).as("the rollback is on record").isEqualTo(1);
                auditVerifyPasses(workspace);
                var census = StoreCensus.ofWorkspace(workspace);
                assertThat(census.strays()).as("records outside an import's list").isZero();
                assertThat(census.unfinished()).isZero();
                System.out.printf("fault matrix: disk full during an import: exit %d after %d ms%n", ended.exitCode(),
                        ended.since(started).toMillis());
            }
        }

        @Test
        void aVolumeThatFillsUpDuringAReadWithholdsTheResultAndSaysSo() throws Exception {
            try (var volume = SmallVolume.mount(folder, 30)) {
                Path workspace = TemplateWorkspace.copyTo(volume.root().resolve("ws"));
                var session = AnalystSession.unrestricted("analyst.a", "PP Essen", new Purpose("AZ 1", "Test"));
                // the desktop's service layer: the workspace is open when the volume fills
                var opened = Workspace.open(WorkspaceSettings.embedded(workspace, session));
                try {
                    new org.netzbild.app.Imports(opened).run(org.netzbild.app.Imports.spec(SPEC),
                            List.of(persons(folder, "Lesen", 300)), (done, total) -> { }, () -> false);
                    volume.fillCompletely();
                    long started = System.nanoTime();
                    RuntimeException failure = null;
                    try {
                        // 300 hits: an entry larger than the slack in the audit log's last page
                        new Explorer(opened).search("Fehler", 300);
                    } catch (RuntimeException e) {
                        failure = e;
                    }
                    Duration took = Duration.ofNanos(System.nanoTime() - started);

                    assertThat(failure).as("the result is withheld").isNotNull();
                    assertThat(ErrorMessages.exitCode(failure)).isEqualTo(5);
                    assertThat(ErrorMessages.describe(failure)).startsWith("There is no room left on the volume of the audit log")
                            .contains("a failure is still recorded from the log's reserve");
                    assertThat(took).isLessThan(ANSWERS_WITHIN);
                } finally {
                    volume.makeRoom();
                    opened.close();
                }
                var lines = auditLines(workspace);
                assertThat(entries(lines, "search", "DONE")).isZero();
                assertThat(entries(lines, "search", "FAILED")).as("the withheld read is on record").isEqualTo(1);
                assertThat(lines.getLast()).contains("\"count\":0");
                auditVerifyPasses(workspace);
            }
        }

        @Test
        void aReadOnlyAuditLogRefusesAnImportAndAReadBeforeTheyTouchTheStore() throws Exception {
            try (var volume = SmallVolume.mount(folder, 30)) {
                Path workspace = TemplateWorkspace.copyTo(volume.root().resolve("ws"));
                Path log = WorkspaceSettings.auditFile(workspace);
                byte[] before = Files.readAllBytes(log);
                SmallVolume.makeReadOnly(log);
                try {
                    var imported = inProcess("import", "--mapping", SPEC.toString(),
                            Path.of("src/test/resources/import/zoll-personen.csv").toAbsolutePath().toString(),
                            "--store", workspace.toString());
                    var read = inProcess("search", "Bochum", "--store", workspace.toString());

                    for (Answer answer : List.of(imported, read)) {
                        assertThat(answer.exitCode()).as(answer.err()).isEqualTo(5);
                        assertThat(answer.err()).startsWith("The audit log " + log + " is read-only")
                                .contains("nothing was read and nothing was saved");
                        assertThat(answer.took()).isLessThan(ANSWERS_WITHIN);
                        noStackTraces(answer.err());
                    }
                    assertThat(read.out()).as("no result without its audit entry").doesNotContain("mun-bochum");
                } finally {
                    SmallVolume.makeWritable(log);
                }
                assertThat(Files.readAllBytes(log)).as("the log is as it was").isEqualTo(before);
                auditVerifyPasses(workspace);
                var census = StoreCensus.ofWorkspace(workspace);
                assertThat(census.complete() + census.unfinished()).as("no import began").isZero();
                assertThat(census.strays()).isZero();
            }
        }
    }

    /**
     * Two analysts at one team server, each with a client folder of their own (and so an audit log of
     * their own): one imports, one searches. The proxy holds each request at the moment it is sent;
     * the fault strikes while both wait for their answers.
     */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class AtATeamServer {

        /** The clients' retry window (BoltRunner's setting; the product's default is 10 s). */
        static final String CLIENT_RETRY_SECONDS = "3";

        private Path folder;
        private Path serverWorkspace;
        private BoltServerProcess server;
        private LoopbackProxy proxy;
        private boolean serverDown;

        @BeforeAll
        void serve(@TempDir Path folder) throws Exception {
            this.folder = folder;
            serverWorkspace = TemplateWorkspace.copyTo(folder.resolve("server"));
            server = BoltServerProcess.start(StoreFolders.graph(serverWorkspace));
            proxy = LoopbackProxy.to(server.uri());
            // the first client JVM writes the clients' class data archive as it ends (ChildJvm), and a
            // client started beside it waits for that: the first cell's importer, held by the proxy
            // until the fault, would keep its reader waiting out ChildJvm's 30 s. A search that runs
            // to its end writes the archive first, and every cell's clients start from it.
            var ended = client(Files.createDirectories(folder.resolve("warm-up")), "search", "Bochum")
                    .awaitEnd(ANSWERS_WITHIN.toSeconds());
            assertThat(ended.exitCode()).as(ended.err()).isZero();
        }

        /** A test whose fault killed the server (and failed before serving again) leaves the next one a live server. */
        @BeforeEach
        void serving() throws Exception {
            if (serverDown) {
                serveAgain();
            }
            proxy.mend();
            proxy.forgetHolds();
        }

        private void killServer() throws InterruptedException {
            serverDown = true;
            server.kill();
        }

        private void serveAgain() throws Exception {
            server = BoltServerProcess.start(StoreFolders.graph(serverWorkspace));
            serverDown = false;
            proxy.retarget(server.uri());
        }

        @AfterAll
        void stop() throws Exception {
            if (proxy != null) {
                proxy.close();
            }
            if (server != null) {
                server.close();
            }
        }

        /** A client of the team server through the proxy, its own client folder (and audit log) in {@code clientFolder}. */
        private CommandLineProcess client(Path clientFolder, String... command) throws IOException {
            var arguments = new ArrayList<>(List.of(command));
            arguments.addAll(List.of("--uri", proxy.uri(), "--user", "neo4j", "--store", clientFolder.toString(),
                    "--lang", "en"));
            // a retry window of 3 s instead of 10 s: the driver still retries (at about 1 s and
            // 3 s), which the restart cell needs, and the other cells still prove exit 4 once
            // the window is out, without waiting out 7 s more of it in each client
            return CommandLineProcess.start(signedIn(arguments), Map.of("NETZBILD_PASSWORD", "unused",
                            "NETZBILD_ACCOUNT_PASSWORD", TemplateWorkspace.PASSWORD),
                    Map.of("netzbild.import.rowsPerBatch", "500", "netzbild.bolt.retrySeconds", CLIENT_RETRY_SECONDS));
        }

        /** The import and the search, both started and both held at their requests. */
        private final class TwoClients {

            final Path importer;
            final Path reader;
            final CommandLineProcess importing;
            final CommandLineProcess reading;
            final LoopbackProxy.Hold importHeld;
            final LoopbackProxy.Hold readHeld;

            TwoClients(String name) throws Exception {
                importer = Files.createDirectories(folder.resolve(name + "-importer"));
                reader = Files.createDirectories(folder.resolve(name + "-reader"));
                Path csv = persons(folder, name, 3_000);
                // the third batch of entities, and the search's full-text query
                importHeld = proxy.holdWhenClientSends("CREATE (n:Entity:", 3);
                readHeld = proxy.holdWhenClientSends("queryNodes('entity_search'", 1);
                importing = client(importer, "import", "--mapping", SPEC.toString(), csv.toString());
                reading = client(reader, "search", "Bochum");
                assertThat(importHeld.await(120)).as("the import reached its third batch").isTrue();
                assertThat(readHeld.await(120)).as("the search reached the server").isTrue();
            }

            void drop() {
                importHeld.drop();
                readHeld.drop();
            }
        }

        /** A client that opens the store after the dead import's lease ran out rolls it back (audited in its own log). */
        private void rollBackAsTheNextClientWould() {
            var threeMinutesLater = new ImportLease(ImportLease.STANDARD,
                    Clock.offset(Clock.systemUTC(), Duration.ofMinutes(3)));
            var session = AnalystSession.unrestricted("analyst.next", "PP Essen", new Purpose("AZ 1", "Test"));
            var location = new StoreLocation.Remote(URI.create(server.uri()), "neo4j", "unused".toCharArray(), null);
            try (var audit = FileAuditLog.open(folder.resolve("next-client").resolve("audit.log"));
                 var ignored = StoreConnection.open(location, session, audit, threeMinutesLater)) {
                // opening is the rollback
            }
        }

        private void consistentAfterwards(Path importer, Path reader) {
            auditVerifyPasses(importer);
            auditVerifyPasses(reader);
            var census = StoreCensus.ofServer(server.uri());
            assertThat(census.strays()).as("records outside an import's list").isZero();
            assertThat(census.unfinished()).as("imports left unfinished").isZero();
        }

        @Test
        void aServerKilledDuringAnImportAndASearchEndsBothWithExitFourWithinSeconds() throws Exception {
            var clients = new TwoClients("getoetet");
            long struck = System.nanoTime();
            killServer();
            clients.drop();

            var imported = clients.importing.awaitEnd(ANSWERS_WITHIN.toSeconds() * 2);
            var read = clients.reading.awaitEnd(ANSWERS_WITHIN.toSeconds() * 2);

            for (var answer : List.of(imported, read)) {
                assertThat(answer.exitCode()).as(answer.err()).isEqualTo(4);
                assertThat(answer.err()).contains("The server " + proxy.uri() + " cannot be reached, or the connection to it broke off");
                assertThat(answer.since(struck)).as("time to answer").isLessThan(ANSWERS_WITHIN);
                noStackTraces(answer.err());
            }
            assertThat(imported.err()).containsPattern("The import import-\\S+ was interrupted and not completed");
            assertThat(read.out()).doesNotContain("mun-bochum");
            assertThat(entries(auditLines(clients.importer), "write", "FAILED")).isEqualTo(1);
            assertThat(entries(auditLines(clients.reader), "search", "FAILED")).isEqualTo(1);

            serveAgain();
            rollBackAsTheNextClientWould();
            consistentAfterwards(clients.importer, clients.reader);
            System.out.printf("fault matrix: server killed: import exit %d after %d ms, search exit %d after %d ms%n",
                    imported.exitCode(), imported.since(struck).toMillis(), read.exitCode(), read.since(struck).toMillis());
        }

        /**
         * The server is back while the clients still wait: their driver retries the cut transactions on the
         * new server, and both commands end as if nothing had happened. The proxy keeps the clients' held
         * requests unanswered until the new server serves, so that the restart's length (longer than the
         * driver's 10 s retry window on a loaded machine) does not decide the outcome; a restart that outlasts
         * the window is, for the client, the killed server's case.
         */
        @Test
        void aServerRestartedDuringAnImportAndASearchLetsBothCarryOnAndComplete() throws Exception {
            long completeBefore = StoreCensus.ofServer(server.uri()).complete();
            var clients = new TwoClients("neustart");
            long struck = System.nanoTime();
            killServer();
            serveAgain();
            StoreCensus.ofServer(server.uri()); // it serves again
            clients.drop();

            var imported = clients.importing.awaitEnd(ANSWERS_WITHIN.toSeconds() * 2);
            var read = clients.reading.awaitEnd(ANSWERS_WITHIN.toSeconds() * 2);

            assertThat(imported.exitCode()).as(imported.err()).isZero();
            assertThat(imported.out()).containsPattern("Import import-\\S+: 3,000 rows");
            assertThat(read.exitCode()).as(read.err()).isZero();
            assertThat(read.out()).contains("mun-bochum");
            for (var answer : List.of(imported, read)) {
                assertThat(answer.since(struck)).as("time to answer").isLessThan(ANSWERS_WITHIN);
                noStackTraces(answer.err());
            }
            var importerLog = auditLines(clients.importer);
            assertThat(entries(importerLog, "completeImport", "DONE")).isEqualTo(1);
            assertThat(importerLog).noneMatch(l -> l.contains("\"outcome\":\"FAILED\""));
            assertThat(entries(auditLines(clients.reader), "search", "DONE")).isEqualTo(1);
            consistentAfterwards(clients.importer, clients.reader);
            assertThat(StoreCensus.ofServer(server.uri()).complete()).isEqualTo(completeBefore + 1);
            System.out.printf("fault matrix: server restarted: import exit %d after %d ms, search exit %d after %d ms%n",
                    imported.exitCode(), imported.since(struck).toMillis(), read.exitCode(), read.since(struck).toMillis());
        }

        @Test
        void aConnectionCutDuringAnImportAndASearchEndsBothWithExitFourWithinSeconds() throws Exception {
            var clients = new TwoClients("getrennt");
            long struck = System.nanoTime();
            proxy.cut();

            var imported = clients.importing.awaitEnd(ANSWERS_WITHIN.toSeconds() * 2);
            var read = clients.reading.awaitEnd(ANSWERS_WITHIN.toSeconds() * 2);
            proxy.mend();

            for (var answer : List.of(imported, read)) {
                assertThat(answer.exitCode()).as(answer.err()).isEqualTo(4);
                assertThat(answer.err()).contains("The server " + proxy.uri() + " cannot be reached, or the connection to it broke off");
                assertThat(answer.since(struck)).as("time to answer").isLessThan(ANSWERS_WITHIN);
                noStackTraces(answer.err());
            }
            assertThat(imported.err()).containsPattern("The import import-\\S+ was interrupted and not completed");
            assertThat(entries(auditLines(clients.importer), "write", "FAILED")).isEqualTo(1);
            assertThat(entries(auditLines(clients.reader), "search", "FAILED")).isEqualTo(1);

            rollBackAsTheNextClientWould();
            consistentAfterwards(clients.importer, clients.reader);
            System.out.printf("fault matrix: connection cut: import exit %d after %d ms, search exit %d after %d ms%n",
                    imported.exitCode(), imported.since(struck).toMillis(), read.exitCode(), read.since(struck).toMillis());
        }
    }
}
