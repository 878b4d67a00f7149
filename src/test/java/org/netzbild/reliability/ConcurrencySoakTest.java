package org.netzbild.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.app.AuditCheck;
import org.netzbild.app.Explorer;
import org.netzbild.app.Imports;
import org.netzbild.app.Workspace;
import org.netzbild.app.WorkspaceSettings;
import org.netzbild.model.ImportRecord;
import org.netzbild.security.AnalystSession;
import org.netzbild.security.Purpose;
import org.netzbild.store.ImportInUseException;
import org.netzbild.store.ImportRunningException;
import org.netzbild.store.NotFoundException;
import org.netzbild.store.embedded.StoreFolders;
import org.netzbild.testsupport.LocalBoltServer;
import org.netzbild.testsupport.RecordingAuditSink;
import org.netzbild.audit.Actor;
import org.netzbild.audit.ClientAndServerAudit;
import org.netzbild.store.StoreConnection;
import org.netzbild.store.StoreLocation;
import org.netzbild.testsupport.CommandLineProcess;
import org.netzbild.testsupport.StoreCensus;
import org.netzbild.testsupport.TemplateWorkspace;

/**
 * Many hands on one store at once, for a bounded time ({@code -Dnetzbild.soak.seconds}, 15 s per
 * part by default; e.g. {@code -Dnetzbild.soak.seconds=120} for the two minutes), on the
 * loopback interface only. Afterwards every operation that was answered has its entry in the audit
 * log (no more, no fewer), every log verifies, and no record lies outside a complete import's list.
 *
 * <p>In remote mode each client keeps its own audit log, and every entry also goes into the server's
 * trail (ADR 0023): the entries are counted per client, and the trail must hold all of them in one
 * chain that verifies.
 */
class ConcurrencySoakTest {

    static final Duration SOAK = Duration.ofSeconds(Long.getLong("netzbild.soak.seconds", 15));
    static final Path SPEC = Path.of("src/test/resources/import/zoll-personen.yaml").toAbsolutePath();

    @TempDir
    Path folder;

    /** What one analyst's operations came to: answered operations per kind, and anything unexpected. */
    static final class Tally {

        final Map<String, AtomicLong> answered = new ConcurrentHashMap<>();
        final List<Throwable> unexpected = new CopyOnWriteArrayList<>();

        void answered(String kind) {
            answered.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        }

        long of(String kind) {
            return answered.getOrDefault(kind, new AtomicLong()).get();
        }

        long total() {
            return answered.values().stream().mapToLong(AtomicLong::get).sum();
        }
    }

    /**
     * The desktop's service layer works on an embedded workspace, on two threads as its background
     * tasks do (searching and expanding beside importing and undoing), while three command-line
     * processes try the same workspace: each is refused at once with exit code 4, naming this process.
     */
    @Test
    void theDesktopWorksWhileThreeCommandLinesAreRefusedCleanly() throws Exception {
        Path workspace = TemplateWorkspace.copyTo(folder.resolve("ws"));
        long entriesBefore = auditLines(workspace).size();
        var session = AnalystSession.unrestricted("desktop.user", "PP Essen", new Purpose("AZ 1", "Test"));
        var tally = new Tally();
        var refusals = new ArrayList<CommandLineProcess.Ended>();
        try (var desktop = Workspace.open(WorkspaceSettings.embedded(workspace, session))) {
            long deadline = System.nanoTime() + SOAK.toNanos();
            var readers = Thread.ofPlatform().name("desktop-reads").start(() -> reads(desktop, tally, deadline));
            var writers = Thread.ofPlatform().name("desktop-imports").start(() -> importsAndUndos(desktop, "desk", tally,
                    deadline, false));
            var commands = new ArrayList<CommandLineProcess>();
            for (var command : List.of(List.of("search", "Bochum"), List.of("info"),
                    List.of("import", "--mapping", SPEC.toString(), csv("cli", 0, 10).toString()))) {
                var arguments = new ArrayList<>(command);
                arguments.addAll(List.of("--store", workspace.toString(), "--as", "cli.user", "--lang", "en"));
                commands.add(CommandLineProcess.start(arguments, Map.of(), Map.of()));
            }
            for (var command : commands) {
                refusals.add(command.awaitEnd(120));
            }
            readers.join();
            writers.join();
        }

        for (var refused : refusals) {
            assertThat(refused.exitCode()).as(refused.err()).isEqualTo(4);
            assertThat(refused.err()).contains("The workspace is in use by another Netzbild process: process "
                    + ProcessHandle.current().pid());
        }
        assertThat(tally.unexpected).isEmpty();
        assertThat(tally.of("search")).isPositive();
        assertThat(tally.of("import")).isPositive();
        var lines = auditLines(workspace).subList((int) entriesBefore, auditLines(workspace).size());
        assertThat(lines).noneMatch(l -> l.contains("cli.user"));
        everyAnsweredOperationIsLoggedOnce(lines, tally);
        assertThat(AuditCheck.verify(WorkspaceSettings.auditFile(workspace)).intact()).isTrue();
        var census = StoreCensus.ofWorkspace(workspace);
        assertThat(census.strays()).isZero();
        assertThat(census.unfinished()).isZero();
        System.out.printf("soak, embedded: %s answered in %d s, %d command lines refused%n", tally.answered,
                SOAK.toSeconds(), refusals.size());
    }

    /**
     * Four analysts at one team server, each with a client folder (and audit log) of their own,
     * searching, expanding, importing and undoing at once; now and then one tries to undo another's
     * import, which is refused while it runs (its lease holds) or while later imports build on it.
     * The server runs in this JVM ({@link LocalBoltServer}); the clients reach it through the driver
     * over TCP, as from other machines.
     */
    @Test
    void fourClientsAtOneServerSearchExpandImportAndUndoAtOnce() throws Exception {
        Path serverWorkspace = TemplateWorkspace.copyTo(folder.resolve("server"));
        try (var server = LocalBoltServer.start(StoreFolders.graph(serverWorkspace))) {
            var clients = new ArrayList<Workspace>();
            var tallies = new ArrayList<Tally>();
            for (int i = 1; i <= 4; i++) {
                var session = AnalystSession.unrestricted("analyst." + i, "PP Essen", new Purpose("AZ " + i, "Test"));
                clients.add(Workspace.open(WorkspaceSettings.remote(folder.resolve("client-" + i), URI.create(server.uri()),
                        "neo4j", "unused".toCharArray(), null, session)));
                tallies.add(new Tally());
            }
            var before = new long[4];
            for (int i = 0; i < 4; i++) {
                before[i] = auditLines(clients.get(i).settings().folder()).size();
            }
            // the server's trail, the one chain of every client's entries (ADR 0023), as an officer checks it
            var officer = new Actor("datenschutz.soak", "PP Essen", "DS 1", "Prüfung");
            var officerLog = new RecordingAuditSink();
            long trailBefore;
            try (var check = StoreConnection.open(remote(server), UPKEEP_OF_THE_CHECK, new RecordingAuditSink())) {
                trailBefore = check.verifyServerAuditTrail(officer,
                        new ClientAndServerAudit(officerLog, check.serverAuditTrail().orElseThrow())).entries();
            }
            long deadline = System.nanoTime() + SOAK.toNanos();
            var threads = new ArrayList<Thread>();
            for (int i = 0; i < 4; i++) {
                var client = clients.get(i);
                var tally = tallies.get(i);
                String name = "client" + i;
                threads.add(Thread.ofPlatform().name(name).start(() -> {
                    reads(client, tally, deadline);
                }));
                threads.add(Thread.ofPlatform().name(name + "-imports").start(() ->
                        importsAndUndos(client, name, tally, deadline, true)));
            }
            for (Thread thread : threads) {
                thread.join();
            }
            for (var client : clients) {
                client.close();
            }

            for (int i = 0; i < 4; i++) {
                Path clientFolder = folder.resolve("client-" + (i + 1));
                var tally = tallies.get(i);
                assertThat(tally.unexpected).as("client " + (i + 1)).isEmpty();
                assertThat(tally.of("import")).as("client " + (i + 1) + " imported").isPositive();
                var lines = auditLines(clientFolder);
                everyAnsweredOperationIsLoggedOnce(lines.subList((int) before[i], lines.size()), tally);
                assertThat(AuditCheck.verify(WorkspaceSettings.auditFile(clientFolder)).intact()).isTrue();
                System.out.printf("soak, client %d of a server: %s answered in %d s%n", i + 1, tally.answered,
                        SOAK.toSeconds());
            }
            long clientEntries = 0;
            for (int i = 0; i < 4; i++) {
                clientEntries += auditLines(folder.resolve("client-" + (i + 1))).size() - before[i];
            }
            try (var check = StoreConnection.open(remote(server), UPKEEP_OF_THE_CHECK, new RecordingAuditSink())) {
                var trail = check.verifyServerAuditTrail(officer,
                        new ClientAndServerAudit(officerLog, check.serverAuditTrail().orElseThrow()));
                assertThat(trail.intact()).as("the server's trail: %s", trail).isTrue();
                assertThat(trail.entries() - trailBefore).as("every client's entries of the soak in the server's one chain,"
                        + " and the first check's own").isEqualTo(clientEntries + 1);
                System.out.printf("soak, the server's trail: %d entries of four clients in one chain%n", clientEntries);
            }
            var census = StoreCensus.ofServer(server.uri());
            assertThat(census.strays()).as("records outside an import's list").isZero();
            assertThat(census.unfinished()).as("imports left running").isZero();
        }
    }

    private static final AnalystSession UPKEEP_OF_THE_CHECK = AnalystSession.unrestricted("datenschutz.soak", "PP Essen",
            new Purpose("DS 1", "Prüfung"));

    private static StoreLocation.Remote remote(LocalBoltServer server) {
        return new StoreLocation.Remote(URI.create(server.uri()), "neo4j", "unused".toCharArray(), null);
    }

    private static void reads(Workspace workspace, Tally tally, long deadline) {
        var explorer = new Explorer(workspace);
        int round = 0;
        while (System.nanoTime() < deadline) {
            try {
                if (round++ % 2 == 0) {
                    explorer.search(round % 4 == 1 ? "Bochum" : "Soak", 50);
                    tally.answered("search");
                } else {
                    explorer.expand("mun-bochum", 2, Set.of(), 200);
                    tally.answered("expand");
                }
            } catch (RuntimeException e) {
                tally.unexpected.add(e);
            }
        }
    }

    /**
     * Imports a small file, now and then undoes its own last import, and (at a server) tries to undo
     * another client's newest import: refused while that one runs, or while something builds on it.
     */
    private void importsAndUndos(Workspace workspace, String name, Tally tally, long deadline, boolean othersToo) {
        var imports = new Imports(workspace);
        var spec = Imports.spec(SPEC);
        var mine = new ArrayList<String>();
        int round = 0;
        while (System.nanoTime() < deadline) {
            round++;
            try {
                if (round % 3 == 0 && !mine.isEmpty()) {
                    String last = mine.removeLast();
                    undo(imports, last, tally);
                } else if (othersToo && round % 4 == 0) {
                    List<ImportRecord> listed = imports.list();
                    tally.answered("list");
                    listed.stream().filter(i -> !mine.contains(i.id())).reduce((a, b) -> b)
                            .ifPresent(other -> undo(imports, other.id(), tally));
                } else {
                    var summary = imports.run(spec, List.of(csv(name, round, 200)), (done, total) -> { }, () -> false);
                    tally.answered("import");
                    mine.add(summary.importId());
                }
            } catch (IOException | RuntimeException e) {
                tally.unexpected.add(e);
            }
        }
    }

    private static void undo(Imports imports, String importId, Tally tally) {
        try {
            imports.undo(importId, false);
        } catch (ImportRunningException | ImportInUseException | NotFoundException refused) {
            // answered all the same: refused with exit code 7 (or 3 when another client undid it first)
        }
        tally.answered("undo");
    }

    /** A small file of new persons, distinct per client and round. */
    private Path csv(String name, int round, int rows) throws IOException {
        Path csv = folder.resolve(name + "-" + round + ".csv");
        var text = new StringBuilder("Name,Vorname,Geburtsdatum,Geburtsort,Schreibweisen,Aliasnamen\n");
        for (int i = 0; i < rows; i++) {
            text.append("Soak").append(name).append('r').append(round).append('n').append(i)
                    .append(",Dauer,01.01.1980,Bochum,,\n");
        }
        Files.writeString(csv, text);
        return csv;
    }

    private static List<String> auditLines(Path workspace) throws IOException {
        return Files.readAllLines(WorkspaceSettings.auditFile(workspace), StandardCharsets.UTF_8);
    }

    /**
     * One entry per answered read (done, or failed and on record); one {@code INTENDED} entry per answered
     * import and undo; and every intended write ended, as done or failed, in an entry of its own.
     */
    private static void everyAnsweredOperationIsLoggedOnce(List<String> lines, Tally tally) {
        assertThat(count(lines, "search", null)).as("searches").isEqualTo(tally.of("search"));
        assertThat(count(lines, "expand", null)).as("expands").isEqualTo(tally.of("expand"));
        assertThat(count(lines, "imports", null)).as("lists").isEqualTo(tally.of("list"));
        assertThat(count(lines, "beginImport", "INTENDED")).as("imports").isEqualTo(tally.of("import"));
        assertThat(count(lines, "completeImport", "DONE")).as("imports completed").isEqualTo(tally.of("import"));
        assertThat(count(lines, "undoImport", "INTENDED")).as("undos").isEqualTo(tally.of("undo"));
        long intended = count(lines, null, "INTENDED");
        long ended = lines.stream().filter(l -> l.contains("\"outcome\":\"DONE\"") || l.contains("\"outcome\":\"FAILED\""))
                .filter(l -> !l.contains("\"operation\":\"QUERY\"") && !l.contains("\"operation\":\"DISCLOSE\"")).count();
        assertThat(ended).as("every intended write ended in an entry").isEqualTo(intended);
    }

    private static long count(List<String> lines, String action, String outcome) {
        return lines.stream()
                .filter(l -> action == null || l.contains("\"action\":\"" + action + "\""))
                .filter(l -> outcome == null || l.contains("\"outcome\":\"" + outcome + "\""))
                .count();
    }
}
