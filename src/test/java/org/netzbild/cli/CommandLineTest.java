package org.netzbild.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.app.I18n;
import org.netzbild.testsupport.TemplateWorkspace;

/** The command line on a real embedded workspace: output, messages and exit codes. */
class CommandLineTest {

    @TempDir
    Path workspace;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void englishOnAFreshWorkspace() {
        I18n.use(I18n.ENGLISH);
        TemplateWorkspace.copyTo(workspace);
    }

    @AfterEach
    void german() {
        I18n.use(I18n.GERMAN);
    }

    /** The account's password as a script passes it; never an argument. */
    static final Map<String, String> SIGNED_IN = Map.of("NETZBILD_ACCOUNT_PASSWORD", TemplateWorkspace.PASSWORD);

    /** A command on the test's workspace, signed in as a restricted EDITOR of pp-essen working on one case. */
    private int run(String... args) {
        return runIn(workspace, args);
    }

    private int runIn(Path store, String... args) {
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--store", store.toString(), "--as", TemplateWorkspace.EDITOR,
                "--case", "ST/0000001/2026", "--purpose", "Prüfung der Befehlszeile"));
        return NetzbildCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), SIGNED_IN,
                all.toArray(String[]::new));
    }

    /** A command on the test's workspace as the DATA_PROTECTION account of pp-essen. */
    private int asOfficer(String... args) {
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--store", workspace.toString(), "--as", TemplateWorkspace.DATA_PROTECTION,
                "--case", "DS 2026/14", "--purpose", "Aussonderungsprüfung"));
        return NetzbildCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), SIGNED_IN,
                all.toArray(String[]::new));
    }

    @Test
    void theOfficerListsAndKeepsAnOverdueRecordWithAReasonAndAnEditorIsRefusedTheQueue() {
        var overdue = new org.netzbild.model.Entity("cli-faellig-1", "Person", Map.of("name", "Kommandozeile Fristablauf"),
                org.netzbild.testsupport.Records.from(TemplateWorkspace.AGENCY)
                        .reviewedBy(java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1)));
        try (var opened = org.netzbild.app.Workspace.open(org.netzbild.app.WorkspaceSettings.embedded(workspace,
                org.netzbild.security.AnalystSession.unrestricted("erfasser", TemplateWorkspace.AGENCY,
                        new org.netzbild.security.Purpose("ST/1/26", "Erfassung"))))) {
            opened.store().create(overdue);
        }

        assertThat(asOfficer("review", "list")).isZero();
        assertThat(out.toString()).contains("cli-faellig-1", "Kommandozeile Fristablauf", "1 records due for review");
        assertThat(asOfficer("review", "keep", "cli-faellig-1")).isEqualTo(2);
        assertThat(err.toString()).contains("--reason");
        assertThat(asOfficer("review", "keep", "cli-faellig-1", "--until", "2099-12-31", "--reason", "Verfahren läuft")).isZero();
        assertThat(out.toString()).contains("cli-faellig-1 is kept and due for review again on 2099-12-31");
        assertThat(run("review", "list")).as(err.toString()).isEqualTo(4);
    }

    @Test
    void dedupeProposesAPairAcrossAgenciesWithItsReasonsAndMergesRejectsAndUnmergesById() {
        var born = java.time.LocalDate.of(1971, 6, 14);
        try (var opened = org.netzbild.app.Workspace.open(org.netzbild.app.WorkspaceSettings.embedded(workspace,
                org.netzbild.security.AnalystSession.unrestricted("erfasser", TemplateWorkspace.AGENCY,
                        new org.netzbild.security.Purpose("ST/1/26", "Erfassung"))))) {
            opened.store().write(new org.netzbild.model.WriteBatch(List.of(
                    new org.netzbild.model.Entity("cli-p1", "Person", Map.of("name", "Jürgen Müller", "birthDate", born),
                            org.netzbild.testsupport.Records.from(TemplateWorkspace.AGENCY)),
                    new org.netzbild.model.Entity("cli-p2", "Person", Map.of("name", "Juergen Mueller", "birthDate", born),
                            org.netzbild.testsupport.Records.from("fa-bottrop")),
                    new org.netzbild.model.Entity("cli-p3", "Person", Map.of("name", "Mohammed Al-Hassan", "birthDate", born),
                            org.netzbild.testsupport.Records.from(TemplateWorkspace.AGENCY)),
                    new org.netzbild.model.Entity("cli-p4", "Person", Map.of("name", "Muhammad El Hassan", "birthDate", born),
                            org.netzbild.testsupport.Records.from("fa-bottrop")),
                    // one agency's two spellings of one person: proposed only when asked for within agencies
                    new org.netzbild.model.Entity("cli-p5", "Person", Map.of("name", "Hans-Peter Schmitz", "birthDate", born),
                            org.netzbild.testsupport.Records.from(TemplateWorkspace.AGENCY)),
                    new org.netzbild.model.Entity("cli-p6", "Person", Map.of("name", "Hans Peter Schmitz", "birthDate", born),
                            org.netzbild.testsupport.Records.from(TemplateWorkspace.AGENCY))), List.of()),
                    org.netzbild.store.WriteMode.CREATE);
        }

        assertThat(run("dedupe", "--candidates")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("cli-p1+cli-p2", "cli-p3+cli-p4", "Jürgen Müller ~ Juergen Mueller", "BIRTH_DATE", "AGREES")
                .doesNotContain("cli-p5+cli-p6");
        out.getBuffer().setLength(0);
        assertThat(run("dedupe", "--candidates", "--within-agencies")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("cli-p1+cli-p2", "cli-p5+cli-p6");
        assertThat(run("dedupe", "--accept", "cli-p1+cli-p2", "--reason", "eine Person")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("cli-p2 is now a statement about cli-p1", "--unmerge merge-cli-p1+cli-p2");
        assertThat(run("dedupe", "--reject", "cli-p3+cli-p4", "--reason", "Brüder")).as(err.toString()).isZero();

        out.getBuffer().setLength(0);
        assertThat(run("dedupe", "--candidates")).isZero();
        assertThat(out.toString()).doesNotContain("cli-p1+cli-p2", "cli-p3+cli-p4").contains("0 of 0 candidate pairs");
        assertThat(run("dedupe", "--unmerge", "merge-cli-p1+cli-p2")).isEqualTo(2);
        assertThat(err.toString()).contains("--reason");
        assertThat(run("dedupe", "--unmerge", "merge-cli-p1+cli-p2", "--reason", "doch zwei")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("The merge merge-cli-p1+cli-p2 is undone.");
    }

    @Test
    void analyseNeedsAJustificationThenNamesTheNetworkWithItsReasonsAndKeyPlayersAsJson() {
        try (var opened = org.netzbild.app.Workspace.open(org.netzbild.app.WorkspaceSettings.embedded(workspace,
                org.netzbild.security.AnalystSession.unrestricted("erfasser", TemplateWorkspace.AGENCY,
                        new org.netzbild.security.Purpose("ST/1/26", "Erfassung"))))) {
            org.netzbild.testsupport.SmallNetwork.write(opened.store());
        }

        assertThat(run("analyse", "networks")).isEqualTo(2);
        assertThat(err.toString()).contains("--justification");
        assertThat(run("analyse", "networks", "--justification", "Lagebild Kioske")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("1 networks", "#1", "6 members", "1 joint incidents", "mun-bottrop, mun-essen",
                "PP Essen, PP Recklinghausen", "weakest grading C3", "an-a an-adr1 an-adr2 an-b an-inc an-shop");

        out.getBuffer().setLength(0);
        assertThat(run("analyse", "players", "--ids", "an-a,an-b,an-shop,an-adr1", "--justification", "Lagebild Kioske",
                "--json")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"players\"", "\"id\" : \"an-shop\"", "\"betweenness\"");

        // the kiosk in Essen and its owner in Bottrop stand between the two cities' addresses
        out.getBuffer().setLength(0);
        assertThat(run("analyse", "brokers", "--ids", "an-a,an-b,an-shop,an-adr1,an-adr2,mun-essen,mun-bottrop",
                "--justification", "Lagebild Kioske")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("2 brokers", "4 entities with a known jurisdiction, 4 connected pairs across the border (municipality)")
                .containsPattern("an-b\\s+Person\\s+2\\.000  mun-bottrop, mun-essen")
                .containsPattern("an-shop\\s+Business\\s+2\\.000  mun-bottrop, mun-essen");

        // the two persons meet at the kiosk; the raid joins a third only through one of them
        out.getBuffer().setLength(0);
        assertThat(run("analyse", "connections", "--ids", "an-a,an-b", "--justification", "Lagebild Kioske"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("1 shortest paths within 6 steps", "#1  2 steps: an-a - an-shop - an-b",
                "weakest grading C3, 2 of 2 steps stated by one agency only", "an-l1, an-l2");
        out.getBuffer().setLength(0);
        assertThat(run("analyse", "connections", "--ids", "an-inc,an-b,an-adr2", "--justification", "Lagebild Kioske"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("Connecting network of 5 entities, 4 steps");
    }

    /** {@code audit verify}, which reads the log file and signs in to nothing. */
    private int verifyAudit() {
        return NetzbildCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                "audit", "verify", "--store", workspace.toString());
    }

    @Test
    void infoOnAnEmptyFolderCreatesAMigratedWorkspaceThatWaitsForItsFirstAccount(@TempDir Path empty) throws IOException {
        assertThat(runIn(empty, "info")).isEqualTo(4);
        assertThat(err.toString()).contains("This workspace has no accounts yet")
                .contains("netzbild user add NAME --agency ID --role ADMIN");
        assertThat(Files.readAllLines(empty.resolve("audit/audit.log")))
                .anySatisfy(line -> assertThat(line).contains("\"action\":\"migrateSchema\"").contains("\"outcome\":\"DONE\""));

        var admin = Map.of("NETZBILD_NEW_PASSWORD", "erstes-admin-passwort");
        assertThat(NetzbildCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), admin,
                "user", "add", "erste.admin", "--agency", "pp-essen", "--role", "ADMIN", "--store", empty.toString()))
                .as(err.toString()).isZero();
        var signedIn = Map.of("NETZBILD_ACCOUNT_PASSWORD", "erstes-admin-passwort",
                "NETZBILD_NEW_PASSWORD", TemplateWorkspace.PASSWORD);
        assertThat(NetzbildCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), signedIn,
                "user", "add", TemplateWorkspace.EDITOR, "--agency", "pp-essen", "--role", "EDITOR", "--store", empty.toString(),
                "--as", "erste.admin", "--case", "IT-1", "--purpose", "Konto anlegen")).as(err.toString()).isZero();

        assertThat(runIn(empty, "info")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Schema version: " + org.netzbild.schema.Migrations.latestVersion()).containsPattern("Municipality\\s+53");
    }

    @Test
    void aMistypedStoreFolderIsRefusedNotCreated() {
        Path typo = workspace.resolve("arbeitsbereich-tippfehler");
        int code = NetzbildCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                new String[] {"search", "Müller", "--store", typo.toString()});

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("There is no workspace in " + typo.toAbsolutePath());
        assertThat(typo).doesNotExist();
    }

    @Test
    void serveRefusesAFolderThatIsNoWorkspaceInsteadOfCreatingADatabase() {
        Path typo = workspace.resolve("arbeitsbereich-tippfehler");
        int code = NetzbildCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                new String[] {"serve", "--store", typo.toString(), "--port", "0"});

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("There is no workspace in " + typo.toAbsolutePath());
        assertThat(typo).doesNotExist();
    }

    @Test
    void aWorkspaceInUseIsRefusedWithExitCodeFourNamingTheProcess() {
        assertThat(run("info")).isZero();
        var session = org.netzbild.security.AnalystSession.unrestricted("desktop.user", "pp-essen", new org.netzbild.security.Purpose("AZ 1", "Test"));
        try (var desktop = org.netzbild.app.Workspace.open(org.netzbild.app.WorkspaceSettings.embedded(workspace, session))) {
            assertThat(run("search", "Bochum")).isEqualTo(4);
        }

        assertThat(err.toString()).contains("in use by another Netzbild process: process " + ProcessHandle.current().pid());
    }

    @Test
    void aStorePathWithDotSegmentsOpensTheWorkspace() {
        // what a relative --store such as ./akte becomes once the caller's directory is put before it
        Path dotted = workspace.resolve(".").resolve("sub").resolve("..");
        int code = runIn(dotted, "search", "Bochum");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("mun-bochum");
    }

    @Test
    void aServerWithoutAUserNameIsRefusedBeforeAnythingIsTried() {
        // neither --user (a server's own login) nor --as (a served workspace's account)
        assertThat(NetzbildCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), Map.of(),
                "info", "--uri", "bolt://127.0.0.1:9", "--store", workspace.toString())).isEqualTo(2);

        assertThat(err.toString()).contains("The user name for the server bolt://127.0.0.1:9 is missing")
                .doesNotContain("null");
    }

    @Test
    void aServerPasswordThatWasNeitherSetNorTypedIsRefusedNotTriedEmpty() {
        assertThat(System.getenv("NETZBILD_PASSWORD")).as("this test needs NETZBILD_PASSWORD unset").isNull();

        assertThat(run("info", "--uri", "bolt://127.0.0.1:9", "--user", "analyst.a")).isEqualTo(2);

        assertThat(err.toString()).contains("The password for analyst.a at the server bolt://127.0.0.1:9 is missing");
    }

    @Test
    void everyCommandExplainsItselfWithHelp() {
        assertThat(NetzbildCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                new String[] {"import", "--help"})).isZero();

        assertThat(out.toString()).contains("--mapping=SPEC").contains("--undo=ID").contains("--check");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theProductHasNoBenchCommand() {
        int code = NetzbildCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), new String[] {"bench"});

        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("bench");
        assertThat(out.toString()).doesNotContain("bench");
    }

    @Test
    void theBenchCommandsOfTheTestClassPathExplainThemselves() {
        assertThat(BenchCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), "--help")).isZero();
        assertThat(BenchCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), "import", "--help")).isZero();

        assertThat(out.toString()).contains("--scale=PERSONS").contains("--store=DIR").contains("--folder=DIR");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void onlyDesktopOptionsStartTheDesktop() {
        assertThat(org.netzbild.Main.onlyDesktopOptions(new String[] {"--lang", "en"})).isTrue();
        assertThat(org.netzbild.Main.onlyDesktopOptions(new String[] {"--store", "/tmp/w", "--lang=en"})).isTrue();
        assertThat(org.netzbild.Main.onlyDesktopOptions(new String[] {"--lang", "en", "--help"})).isFalse();
        assertThat(org.netzbild.Main.onlyDesktopOptions(new String[] {"--lang", "en", "search", "x"})).isFalse();
        assertThat(org.netzbild.Main.onlyDesktopOptions(new String[] {"--store"})).isFalse();
    }

    @Test
    void expandOfAnUnknownIdSaysSoAndExitsWithThree() {
        assertThat(run("expand", "no-such-id")).isEqualTo(3);

        assertThat(err.toString()).contains("Not found").contains("no-such-id");
    }

    @Test
    void searchWithHostileTextFindsNothingAndChangesNothing() {
        run("info");
        String before = out.toString();
        out.getBuffer().setLength(0);

        assertThat(run("search", "') DETACH DELETE n //")).isZero();
        assertThat(out.toString()).contains("No results");
        out.getBuffer().setLength(0);
        run("info");
        assertThat(out.toString()).isEqualTo(before);
    }

    @Test
    void badArgumentsExitWithTwoAndSayWhy() {
        assertThat(run("expand", "x", "--hops", "many")).isEqualTo(2);
        assertThat(err.toString()).contains("--hops");

        err.getBuffer().setLength(0);
        assertThat(run("expand", "x", "--hops", "9")).isEqualTo(2);
        assertThat(err.toString()).contains("The number of hops must be between 1 and 4");

        err.getBuffer().setLength(0);
        assertThat(run("expand", "x", "--types", "OWNZ")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown link type “OWNZ”");
    }

    @Test
    void auditVerifyNamesTheAlteredEntry() throws IOException {
        run("info");
        run("search", "Bochum");
        assertThat(verifyAudit()).isZero();
        assertThat(out.toString()).contains("Audit log intact");

        Path log = workspace.resolve("audit/audit.log");
        List<String> lines = Files.readAllLines(log);
        lines.set(2, lines.get(2).replace("\"operation\":\"", "\"operation\":\"X"));
        Files.write(log, lines);

        assertThat(verifyAudit()).isEqualTo(6);
        assertThat(out.toString()).contains("first affected entry on line 3");
    }

    @Test
    void auditVerifyNamesAnUnreadableEntryByItsLineWithoutANumber() throws IOException {
        run("search", "Bochum");
        Path log = workspace.resolve("audit/audit.log");
        List<String> lines = Files.readAllLines(log);
        lines.set(1, "{kaputt");
        Files.write(log, lines);

        assertThat(verifyAudit()).isEqualTo(6);
        assertThat(out.toString()).contains("first affected entry on line 2 (no longer readable)").doesNotContain("no. -1");
    }

    @Test
    void aDeletedAuditLogIsRecordedAsMissingWhenTheStoreHoldsData() throws IOException {
        run("info");
        Files.delete(workspace.resolve("audit/audit.log"));

        run("info");

        assertThat(Files.readAllLines(workspace.resolve("audit/audit.log")).getFirst()).contains("auditLogMissing");
    }

    @Test
    void helpIsGermanByDefault() {
        I18n.use(I18n.GERMAN);
        NetzbildCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), "--help");

        assertThat(out.toString()).contains("Netzwerke über Gemeinde- und Behördengrenzen");
    }

    @Test
    void importChecksImportsListsAndUndoesByIdWithProblemsAsFileLineColumnField() throws IOException {
        String spec = Path.of("src/test/resources/import/gewerbeamt-essen.yaml").toString();
        String data = Path.of("src/test/resources/import/gewerbeamt-essen.csv").toString();
        Path bad = workspace.resolveSibling(workspace.getFileName() + "-kaputt.csv");
        Files.writeString(bad, Files.readString(Path.of(data), java.nio.charset.Charset.forName("windows-1252"))
                .replace("14.03.1971", "14.3.71"), java.nio.charset.Charset.forName("windows-1252"));

        assertThat(run("import", "--mapping", spec, "--check", bad.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Import refused, nothing was saved")
                .contains(bad.getFileName() + ":2:Geburtsdatum:birthDate: '14.3.71' is not a date");

        assertThat(run("import", "--mapping", spec, "--check", data)).isZero();
        assertThat(out.toString()).contains("Checked: 3 data rows");
        assertThat(run("import", "--mapping", spec, data)).isZero();
        var imported = java.util.regex.Pattern.compile("Import (import-[0-9a-f-]+): 3 rows, 9 new entities")
                .matcher(out.toString());
        assertThat(imported.find()).isTrue();

        assertThat(run("import", "--list")).isZero();
        assertThat(out.toString()).contains(imported.group(1)).contains("COMPLETE").contains("gwa-essen");
        assertThat(run("import", "--undo", imported.group(1))).isZero();
        assertThat(out.toString()).contains("undone: 18 records removed");
        assertThat(run("import", "--undo", imported.group(1))).isEqualTo(3);
        Files.delete(bad);
    }

    @Test
    void aRejectFileTakesTheBadRowsBackAndTheGoodOnesAreImported() throws IOException {
        String spec = Path.of("src/test/resources/import/gewerbeamt-essen.yaml").toString();
        var cp1252 = java.nio.charset.Charset.forName("windows-1252");
        Path data = workspace.resolveSibling(workspace.getFileName() + "-gewerbe.csv");
        Path rejects = workspace.resolveSibling(workspace.getFileName() + "-abgelehnt.csv");
        Files.writeString(data, Files.readString(Path.of("src/test/resources/import/gewerbeamt-essen.csv"), cp1252)
                .replace("21.06.1989", "21.13.1989"), cp1252);

        assertThat(run("import", "--mapping", spec, "--reject-file", rejects.toString(), data.toString())).isZero();
        assertThat(out.toString()).containsPattern("Import import-[0-9a-f-]+: 2 rows, 6 new entities")
                .contains("1 row was left out and written with the reason to " + rejects);
        assertThat(Files.readString(rejects, cp1252)).contains(";\"Reason refused\"").contains("21.13.1989");
        assertThat(run("import", "--list")).isZero();
        assertThat(out.toString()).contains("records, 1 row refused");
        assertThat(run("import", "--mapping", spec, "--reject-file", rejects.toString(), "--bulk", data.toString()))
                .isEqualTo(2);
        Files.delete(data);
        Files.delete(rejects);
    }

    @Test
    void aMultiFileSpecGivenAloneFindsItsNineFilesAndLoadsThemInOneBulkImport() {
        String spec = Path.of("src/test/resources/import/vorgang/pp-essen-vorgang.yaml").toString();

        assertThat(run("import", "--mapping", spec, "--check")).isZero();
        assertThat(out.toString()).contains("Checked: 40 data rows");
        assertThat(run("import", "--mapping", spec, "--bulk")).isZero();
        // 23 links of the relation tables and 3 to the addresses' municipalities
        assertThat(out.toString()).containsPattern("Import import-[0-9a-f-]+: 40 rows, 16 new entities, .*26 links");
        assertThat(run("search", "Özdemir")).isZero();
        assertThat(out.toString()).contains("Kemal Özdemir").contains("Aylin Özdemir").contains("Deniz Özdemir");
    }

    @Test
    void bulkImportLoadsAnEmptyWorkspaceNamesItsStepsAndIsRefusedOnceItHoldsData() {
        String spec = Path.of("src/test/resources/import/gewerbeamt-essen.yaml").toString();
        String data = Path.of("src/test/resources/import/gewerbeamt-essen.csv").toString();

        assertThat(run("import", "--mapping", spec, "--bulk", data)).isZero();
        assertThat(out.toString()).containsPattern("Import import-[0-9a-f-]+: 3 rows, 9 new entities");
        assertThat(err.toString()).contains("Neo4j's offline importer is writing the new database")
                .contains("Building indexes").contains("The new database replaces the empty store");
        assertThat(run("search", "Shisha Lounge")).isZero();
        assertThat(out.toString()).contains("Shisha Lounge Rüttenscheid");

        assertThat(run("import", "--mapping", spec, "--bulk", data)).isEqualTo(2);
        assertThat(err.toString()).contains("--bulk only loads into an empty embedded workspace");
        assertThat(run("import", "--list")).isZero();
        assertThat(out.toString()).containsOnlyOnce("COMPLETE");
    }

    /**
     * At a team server every client's entries are in the server's one chain (ADR 0023): an editor's
     * search is on it, only a DATA_PROTECTION user may check it (an editor is refused, exit 4), and
     * the check names the server.
     */
    @Test
    void auditVerifyWithAUriChecksTheServersTrailForADataProtectionUserOnly(@TempDir Path served, @TempDir Path client)
            throws Exception {
        TemplateWorkspace.copyTo(served);
        try (var server = org.netzbild.testsupport.LocalBoltServer.start(
                org.netzbild.store.embedded.StoreFolders.graph(served))) {
            var environment = Map.of("NETZBILD_PASSWORD", "unused", "NETZBILD_ACCOUNT_PASSWORD", TemplateWorkspace.PASSWORD);
            java.util.function.BiFunction<String, String[], Integer> asUser = (user, command) -> {
                var all = new ArrayList<>(List.of(command));
                all.addAll(List.of("--uri", server.uri(), "--user", "neo4j", "--store", client.toString(), "--as", user,
                        "--case", "DS/1/2026", "--purpose", "Prüfung des Protokolls"));
                return NetzbildCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), environment,
                        all.toArray(String[]::new));
            };
            assertThat(asUser.apply(TemplateWorkspace.EDITOR, new String[] {"search", "Bochum"})).as(err.toString()).isZero();

            assertThat(asUser.apply(TemplateWorkspace.EDITOR, new String[] {"audit", "verify"})).isEqualTo(4);
            assertThat(err.toString()).contains(TemplateWorkspace.EDITOR);
            out.getBuffer().setLength(0);
            assertThat(asUser.apply(TemplateWorkspace.DATA_PROTECTION, new String[] {"audit", "verify"})).as(err.toString())
                    .isZero();
            assertThat(out.toString()).contains("Audit log intact:").contains(server.uri());
        }
    }
}
