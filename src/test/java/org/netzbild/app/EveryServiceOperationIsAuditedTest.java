package org.netzbild.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.audit.AuditFailureException;
import org.netzbild.audit.Operation;
import org.netzbild.audit.Outcome;
import org.netzbild.chart.ChartState;
import org.netzbild.model.Entity;
import org.netzbild.security.AnalystSession;
import org.netzbild.security.Purpose;
import org.netzbild.security.Role;
import org.netzbild.security.Visibility;
import org.netzbild.store.StoreConnection;
import org.netzbild.store.StoreLocation;
import org.netzbild.testsupport.AuditLines;
import org.netzbild.testsupport.RecordingAuditSink;
import org.netzbild.testsupport.TemplateWorkspace;

/**
 * § 76 BDSG, proved per use case: every operation of the application services (what the desktop
 * and the command line call) runs once on a real embedded workspace, and the log then holds exactly
 * one entry that records it, with time, user, agency, case, purpose, kind of processing and
 * outcome, and the ids where records were touched. (An operation that passes the store port
 * several times — an import's batches, a chart's entities and their links — leaves the port's
 * entries besides; the row names the one entry that stands for the operation. A write is logged
 * INTENDED before and DONE after; the row counts the DONE.)
 *
 * <p>{@link #everyServiceOperationHasARow()} fails when a service gains a public method, or a new
 * service class appears, without a row here or a reason why it is no operation. Without a purpose
 * nothing is entered, and that is logged. A failing audit log leaves the store as it was.
 *
 * <p>One workspace for the table; a role change closes the workspace and signs in again.
 */
class EveryServiceOperationIsAuditedTest {

    private static final Purpose PURPOSE = new Purpose("AZ-TAB/76/2026", "Tabellentest Protokollierung");
    private static final org.netzbild.export.Recipient ESSEN = new org.netzbild.export.Recipient("KHK Meier, PP Essen",
            "pp-essen", org.netzbild.export.Recipient.Kind.LAW_ENFORCEMENT, "");

    @TempDir
    static Path folder;
    private static Fixture fixture;

    /** What a row's step may use: the workspace signed in as a role, and what earlier rows left behind. */
    static final class Fixture implements AutoCloseable {
        final Path workspace;
        final Map<String, Object> left = new HashMap<>();
        private WorkspaceGate gate;
        private Workspace open;
        private String user;

        Fixture(Path workspace) {
            this.workspace = workspace;
        }

        /** The workspace signed in as {@code who} with the table's purpose, opened anew when the role changes. */
        Workspace as(String who) {
            if (open != null && who.equals(user)) {
                return open;
            }
            close();
            gate = WorkspaceGate.open(WorkspaceAddress.embedded(workspace));
            adopt(gate.enter(gate.signIn(who, TemplateWorkspace.PASSWORD.toCharArray()), PURPOSE));
            return open;
        }

        /** A gate that has handed nothing over yet. */
        WorkspaceGate gate() {
            if (gate == null || open != null) {
                close();
                gate = WorkspaceGate.open(WorkspaceAddress.embedded(workspace));
            }
            return gate;
        }

        void adopt(Workspace entered) {
            open = entered;
            user = entered.session().user();
        }

        @SuppressWarnings("unchecked")
        <T> T get(String name) {
            return (T) left.get(name);
        }

        @Override
        public void close() {
            if (open != null) {
                open.close();
            } else if (gate != null) {
                gate.close();
            }
            open = null;
            gate = null;
            user = null;
        }
    }

    @FunctionalInterface
    interface Step {
        void run(Fixture f) throws Exception;
    }

    /** Which of the required fields an entry cannot have, and why. */
    enum Lacks {
        /** Before a purpose is stated (sign-in, first run): no case, no purpose yet. */
        CASE_AND_PURPOSE,
        /** The program's own upkeep (migration, first-run check): no person, so no agency or case. */
        AGENCY_AND_CASE
    }

    /**
     * One service operation: who runs it, and the entry that must stand for it.
     *
     * @param ids whether the entry must name the records it touched
     */
    record Row(String operation, String runAs, String action, Operation kind, Outcome outcome, boolean ids,
               Set<Lacks> lacks, Step prepare, Step step) {

        static Row of(String operation, String runAs, String action, Operation kind, boolean ids, Step step) {
            return new Row(operation, runAs, action, kind, Outcome.DONE, ids, Set.of(), f -> { }, step);
        }

        Row lacking(Lacks lacks) {
            return new Row(operation, runAs, action, kind, outcome, ids, Set.of(lacks), prepare, step);
        }

        Row endingIn(Outcome result) {
            return new Row(operation, runAs, action, kind, result, ids, lacks, prepare, step);
        }

        /** What the step needs that is no part of the operation (and so not counted). */
        Row after(Step preparation) {
            return new Row(operation, runAs, action, kind, outcome, ids, lacks, preparation, step);
        }

        @Override
        public String toString() {
            return operation + " → " + action + " " + kind + " " + outcome;
        }
    }

    private static final String GATE = "(gate)";
    private static final String EDITOR = TemplateWorkspace.EDITOR;
    private static final String ADMIN = TemplateWorkspace.ADMIN;
    private static final String OFFICER = TemplateWorkspace.DATA_PROTECTION;

    /** The table, in the order it runs (grouped by role, so the workspace is signed in again seldom). */
    static final List<Row> ROWS = List.of(
            Row.of("WorkspaceGate.open", GATE, "migrateSchema", Operation.CHANGE, false, f -> {
                Path empty = Files.createDirectories(f.workspace.resolveSibling("new-workspace"));
                WorkspaceGate.open(WorkspaceAddress.embedded(empty)).close();
                f.left.put("logOf", empty);
            }).lacking(Lacks.AGENCY_AND_CASE),
            Row.of("WorkspaceGate.hasAccounts", GATE, "anyAccount", Operation.QUERY, false,
                    f -> assertThat(f.gate().hasAccounts()).isTrue()).lacking(Lacks.AGENCY_AND_CASE),
            Row.of("WorkspaceGate.createFirstAdmin", GATE, "createFirstAdmin", Operation.CREATE, false, f ->
                    assertThatThrownBy(() -> f.gate().createFirstAdmin("zweiter.admin", "pp-essen",
                            "ein-langes-passwort".toCharArray())).isInstanceOf(UserFacingException.class))
                    .endingIn(Outcome.REFUSED).lacking(Lacks.CASE_AND_PURPOSE),
            Row.of("WorkspaceGate.signIn", GATE, "signIn", Operation.SIGN_IN, false, f ->
                    f.left.put("signedIn", f.gate().signIn(EDITOR, TemplateWorkspace.PASSWORD.toCharArray())))
                    .lacking(Lacks.CASE_AND_PURPOSE),
            Row.of("WorkspaceGate.enter", GATE, "statePurpose", Operation.QUERY, false, f ->
                    f.adopt(f.gate().enter(f.get("signedIn"), PURPOSE))),

            Row.of("EntityForms.create", EDITOR, "write", Operation.CREATE, true, f -> f.left.put("person",
                    new EntityForms(f.as(EDITOR)).create("Person", Map.of("name", "Tabea Tabelle"), "B2", false))),
            Row.of("EntityForms.createLink", EDITOR, "write", Operation.CREATE, true, f -> {
                Entity person = f.get("person");
                Entity business = f.get("business");
                new EntityForms(f.as(EDITOR)).createLink("EMPLOYED_BY", person, business, Map.of(), "", "", "B2", false);
            }).after(f -> f.left.put("business",
                    new EntityForms(f.as(EDITOR)).create("Business", Map.of("name", "Tabellen GmbH"), "B2", false))),
            Row.of("EntityForms.update", EDITOR, "update", Operation.CHANGE, true, f -> {
                Entity person = f.get("person");
                new EntityForms(f.as(EDITOR)).update(person, Map.of("name", "Tabea Tabelle-Neu"), "B2", false);
            }),
            Row.of("Explorer.search", EDITOR, "search", Operation.QUERY, true,
                    f -> assertThat(new Explorer(f.as(EDITOR)).search("Tabea Tabelle", 10)).isNotEmpty()),
            Row.of("Explorer.entity", EDITOR, "entity", Operation.DISCLOSE, true,
                    f -> assertThat(new Explorer(f.as(EDITOR)).entity(f.<Entity>get("person").id())).isPresent()),
            Row.of("Explorer.entities", EDITOR, "entities", Operation.DISCLOSE, true,
                    f -> new Explorer(f.as(EDITOR)).entities(List.of(f.<Entity>get("person").id()))),
            Row.of("Explorer.linksAmong", EDITOR, "linksAmong", Operation.DISCLOSE, true,
                    f -> assertThat(new Explorer(f.as(EDITOR)).linksAmong(List.of(f.<Entity>get("person").id(),
                            f.<Entity>get("business").id()))).hasSize(1)),
            Row.of("Explorer.statements", EDITOR, "statements", Operation.DISCLOSE, true,
                    f -> new Explorer(f.as(EDITOR)).statements(f.<Entity>get("person").id())),
            Row.of("Explorer.sourceAgencies", EDITOR, "statements", Operation.DISCLOSE, true,
                    f -> assertThat(new Explorer(f.as(EDITOR)).sourceAgencies(List.of(f.<Entity>get("person").id())))
                            .containsKey(f.<Entity>get("person").id())),
            Row.of("Explorer.profile", EDITOR, "statements", Operation.DISCLOSE, true,
                    f -> assertThat(new Explorer(f.as(EDITOR)).profile(f.<Entity>get("person").id(), 10).links()).isNotEmpty()),
            Row.of("Explorer.expand", EDITOR, "expand", Operation.QUERY, true,
                    f -> new Explorer(f.as(EDITOR)).expand(f.<Entity>get("person").id(), 1, Set.of(), 10)),
            Row.of("Explorer.expandMore", EDITOR, "expand", Operation.QUERY, true,
                    f -> new Explorer(f.as(EDITOR)).expandMore(f.<Entity>get("person").id(), Set.of(), 10)),
            Row.of("Explorer.paths", EDITOR, "shortestPaths", Operation.QUERY, true,
                    f -> assertThat(new Explorer(f.as(EDITOR)).paths(f.<Entity>get("person").id(),
                            f.<Entity>get("business").id(), 2, Set.of(), Explorer.DEFAULT_MAX_PATHS).paths()).isNotEmpty()),
            // the analysis functions (issue 19): the result is logged with its ids after the store logged the read
            Row.of("Analyses.networks", EDITOR, "analysis:networks", Operation.COMBINE, false,
                    f -> assertThat(new Analyses(f.as(EDITOR)).networks(org.netzbild.analysis.NetworkFinder.Settings.defaults(),
                            10, "Tabellentest Analyse").networks()).isEmpty()),
            Row.of("Analyses.sharedAttributes", EDITOR, "analysis:sharedAttributes", Operation.COMBINE, false,
                    f -> assertThat(new Analyses(f.as(EDITOR)).sharedAttributes(2, 40, 10, "Tabellentest Analyse").overlaps())
                            .isEmpty()),
            Row.of("Analyses.keyPlayers", EDITOR, "analysis:keyPlayers", Operation.COMBINE, true,
                    f -> assertThat(new Analyses(f.as(EDITOR)).keyPlayers(Set.of(f.<Entity>get("person").id(),
                            f.<Entity>get("business").id()), Set.of(), false, 1L, "Tabellentest Analyse").players()).hasSize(2)),
            Row.of("Analyses.brokers", EDITOR, "analysis:brokers", Operation.COMBINE, false,
                    f -> assertThat(new Analyses(f.as(EDITOR)).brokers(Set.of(f.<Entity>get("person").id(),
                            f.<Entity>get("business").id()), Set.of(), false, org.netzbild.analysis.Brokers.Border.AGENCY,
                            "Tabellentest Analyse").brokers()).isEmpty()),
            Row.of("Analyses.connections", EDITOR, "analysis:connections", Operation.COMBINE, true,
                    f -> assertThat(new Analyses(f.as(EDITOR)).connections(List.of(f.<Entity>get("person").id(),
                            f.<Entity>get("business").id()), Set.of(), false, 3, 4, "Tabellentest Analyse").connections())
                            .singleElement().satisfies(c -> assertThat(c.steps()).isEqualTo(1))),
            Row.of("Explorer.statistics", EDITOR, "statistics", Operation.QUERY, false,
                    f -> new Explorer(f.as(EDITOR)).statistics()),
            Row.of("Charts.save", EDITOR, "saveChart", Operation.CREATE, true, f -> {
                Entity person = f.get("person");
                new Charts(f.as(EDITOR)).save("tabelle", ChartState.EMPTY.with(List.of(person), List.of()), Map.of(), "TYPE");
            }),
            Row.of("Charts.open", EDITOR, "entities", Operation.DISCLOSE, true,
                    f -> assertThat(new Charts(f.as(EDITOR)).open("tabelle").missing()).isEmpty()),
            Row.of("Duplicates.candidates", EDITOR, "personFacts", Operation.QUERY, true,
                    f -> assertThat(new Duplicates(f.as(EDITOR)).candidates()).extracting(org.netzbild.resolve.Candidate::id)
                            .contains("tab-dublette-1+tab-dublette-2"))
                    .after(f -> f.as(EDITOR).store().write(new org.netzbild.model.WriteBatch(List.of(
                            twin(1, "Jürgen Müller", "pp-essen"), twin(2, "Juergen Mueller", "fa-bottrop"),
                            twin(3, "Mohammed Al-Hassan", "pp-essen"), twin(4, "Muhammad El Hassan", "fa-bottrop")), List.of()),
                            org.netzbild.store.WriteMode.CREATE)),
            // one agency's own two spellings of a person: a candidate only when asked for within agencies too
            Row.of("Duplicates.candidates", EDITOR, "personFacts", Operation.QUERY, true,
                    f -> assertThat(new Duplicates(f.as(EDITOR)).candidates(org.netzbild.resolve.CandidateFinder.Scope.ALSO_WITHIN_AGENCIES))
                            .extracting(org.netzbild.resolve.Candidate::id).contains("tab-dublette-5+tab-dublette-6"))
                    .after(f -> f.as(EDITOR).store().write(new org.netzbild.model.WriteBatch(List.of(
                            twin(5, "Hans-Peter Schmitz", "pp-essen"), twin(6, "Hans Peter Schmitz", "pp-essen")), List.of()),
                            org.netzbild.store.WriteMode.CREATE)),
            // the twins written for the rows above: the pair of a new person, as an import's report asks for it
            Row.of("Duplicates.candidatesFor", EDITOR, "personFacts", Operation.QUERY, true,
                    f -> assertThat(new Duplicates(f.as(EDITOR)).candidatesFor(List.of("tab-dublette-2")))
                            .extracting(org.netzbild.resolve.Candidate::id).contains("tab-dublette-1+tab-dublette-2")),
            Row.of("Duplicates.byPerson", EDITOR, "personFacts", Operation.QUERY, true,
                    f -> assertThat(new Duplicates(f.as(EDITOR)).byPerson()).containsKeys("tab-dublette-1", "tab-dublette-2")),
            // the desktop's hint: the persons read no further than its limit
            Row.of("Duplicates.byPersonIfAtMost", EDITOR, "personFacts", Operation.QUERY, true,
                    f -> assertThat(new Duplicates(f.as(EDITOR)).byPersonIfAtMost(1_000_000).orElseThrow())
                            .containsKeys("tab-dublette-1", "tab-dublette-2")),
            // more persons than the limit: counted, nothing of them read, nothing compared
            Row.of("Duplicates.byPersonIfAtMost", EDITOR, "personCount", Operation.QUERY, false,
                    f -> assertThat(new Duplicates(f.as(EDITOR)).byPersonIfAtMost(1)).isEmpty()),
            Row.of("Imports.possibleDuplicates", EDITOR, "personFacts", Operation.QUERY, true,
                    f -> assertThat(new Imports(f.as(EDITOR)).possibleDuplicates(new org.netzbild.ingest.Importer.Summary("probe", 1, 1, 0, 0, 0,
                            List.of("tab-dublette-4"), java.util.Map.of(), 0))).extracting(org.netzbild.resolve.Candidate::id)
                            .contains("tab-dublette-3+tab-dublette-4")),
            Row.of("Duplicates.reject", EDITOR, "rejectPair", Operation.CHANGE, true,
                    f -> new Duplicates(f.as(EDITOR)).reject("tab-dublette-3+tab-dublette-4", "Tabellentest: Brüder")),
            Row.of("Duplicates.accept", EDITOR, "merge", Operation.CHANGE, true,
                    f -> new Duplicates(f.as(EDITOR)).accept("tab-dublette-1+tab-dublette-2", "Tabellentest: eine Person")),
            Row.of("Duplicates.merges", EDITOR, "merges", Operation.QUERY, true,
                    f -> assertThat(new Duplicates(f.as(EDITOR)).merges()).isNotEmpty()),
            Row.of("Duplicates.unmerge", EDITOR, "unmerge", Operation.CHANGE, true, f -> new Duplicates(f.as(EDITOR))
                    .unmerge(org.netzbild.model.MergeRecord.idOf("tab-dublette-1", "tab-dublette-2"), "Tabellentest: doch zwei")),
            // the table's person is entered by hand without a legal basis: unlabelled, so never passed on and
            // the entry lists no id; cli.ExportCommandLineTest proves the ids of an export
            Row.of("Exports.export", EDITOR, "export", Operation.EXPORT, false,
                    f -> assertThat(new Exports(f.as(EDITOR)).export("tabelle", Exports.Format.CSV, ESSEN,
                            f.workspace.resolveSibling("tabelle.csv")).files()).isNotEmpty()),
            Row.of("Exports.exportShown", EDITOR, "export", Operation.EXPORT, false, f -> {
                Entity person = f.get("person");
                assertThat(new Exports(f.as(EDITOR)).exportShown("tabelle", ChartState.EMPTY.with(List.of(person), List.of()),
                        Map.of(person.id(), new double[] {1, 2}), Exports.Format.GRAPHML, ESSEN,
                        f.workspace.resolveSibling("gezeigt.graphml")).missing()).isEmpty();
            }),
            // the clipboard or the printer: INTENDED when the pages are drawn, DONE when the desktop says they arrived
            Row.of("Exports.handOver", EDITOR, "export", Operation.EXPORT, false, f -> {
                Entity person = f.get("person");
                var handover = new Exports(f.as(EDITOR)).handOver("tabelle", ChartState.EMPTY.with(List.of(person), List.of()),
                        Map.of(person.id(), new double[] {1, 2}), ESSEN, Exports.DiagramOptions.DEFAULT,
                        Exports.Destination.CLIPBOARD);
                assertThat(handover.pageCount()).isEqualTo(1);
                assertThat(handover.page(0).getWidth()).isPositive();
                handover.delivered();
            }),
            Row.of("Imports.run", EDITOR, "completeImport", Operation.CHANGE, true, f -> {
                var imports = new Imports(f.as(EDITOR));
                var summary = imports.run(Imports.spec(Path.of("src/test/resources/import/gewerbeamt-essen.yaml")),
                        List.of(Path.of("src/test/resources/import/gewerbeamt-essen.csv")), (done, total) -> { }, () -> false);
                f.left.put("import", summary.importId());
            }),
            Row.of("Imports.list", EDITOR, "imports", Operation.QUERY, true,
                    f -> assertThat(new Imports(f.as(EDITOR)).list()).isNotEmpty()),
            Row.of("Imports.undo", EDITOR, "undoImport", Operation.DELETE, true,
                    f -> new Imports(f.as(EDITOR)).undo(f.get("import"), false)),
            // after the undo above: its persons would be stated again here, and that import relied upon
            Row.of("Imports.runLeavingOut", EDITOR, "completeImport", Operation.CHANGE, true, f -> {
                var imports = new Imports(f.as(EDITOR));
                imports.runLeavingOut(Imports.spec(Path.of("src/test/resources/import/zoll-personen.yaml")),
                        List.of(Path.of("src/test/resources/import/zoll-personen.csv")),
                        folder.resolve("abgelehnt.csv"), (done, total) -> { }, () -> false);
            }),
            Row.of("Erasure.erase", EDITOR, "delete", Operation.DELETE, true,
                    f -> new Erasure(f.as(EDITOR)).erase(f.<Entity>get("business").id(), "Tabellentest: Prüffrist")),
            Row.of("Erasure.compact", EDITOR, "compact", Operation.DELETE, false,
                    f -> new Erasure(f.as(EDITOR)).compact("Tabellentest: aufräumen")),
            Row.of("Workspace.changePurpose", EDITOR, "changePurpose", Operation.CHANGE, false,
                    f -> f.as(EDITOR).changePurpose(new Purpose("AZ-TAB/77/2026", "Zweiter Zweck"))),

            Row.of("Accounts.add", ADMIN, "createAccount", Operation.CREATE, true, f -> new Accounts(f.as(ADMIN))
                    .add("tabelle.neu", "pp-essen", Set.of(Role.ANALYST), "ein-langes-passwort".toCharArray())),
            Row.of("Accounts.list", ADMIN, "accounts", Operation.QUERY, true,
                    f -> assertThat(new Accounts(f.as(ADMIN)).list()).isNotEmpty()),
            Row.of("Accounts.setPassword", ADMIN, "setPassword", Operation.CHANGE, true,
                    f -> new Accounts(f.as(ADMIN)).setPassword("tabelle.neu", "ein-anderes-passwort".toCharArray())),
            Row.of("Accounts.disable", ADMIN, "updateAccount", Operation.CHANGE, true,
                    f -> new Accounts(f.as(ADMIN)).disable("tabelle.neu")),

            Row.of("ReviewQueue.due", OFFICER, "dueForReview", Operation.QUERY, true,
                    f -> assertThat(new ReviewQueue(f.as(OFFICER)).due()).extracting(Entity::id)
                            .contains("tab-faellig-1", "tab-faellig-2", "tab-faellig-3"))
                    .after(f -> {
                        // an editor records them; the officer signs in again before the row's window
                        f.as(EDITOR).store().write(new org.netzbild.model.WriteBatch(List.of(overdue(1), overdue(2),
                                overdue(3)), List.of()), org.netzbild.store.WriteMode.CREATE);
                        f.as(OFFICER);
                    }),
            Row.of("ReviewQueue.keep", OFFICER, "keep", Operation.CHANGE, true, f -> new ReviewQueue(f.as(OFFICER))
                    .keep("tab-faellig-1", LocalDate.now().plusYears(1), "Tabellentest: Verfahren läuft")),
            Row.of("ReviewQueue.restrict", OFFICER, "restrict", Operation.CHANGE, true, f -> new ReviewQueue(f.as(OFFICER))
                    .restrict("tab-faellig-2", org.netzbild.model.Handling.AGENCY_ONLY, LocalDate.now().plusYears(1),
                            "Tabellentest: nur noch die eigene Behörde")),
            Row.of("ReviewQueue.erase", OFFICER, "deleteDue", Operation.DELETE, true, f -> new ReviewQueue(f.as(OFFICER))
                    .erase("tab-faellig-3", "Tabellentest: Prüffrist abgelaufen")),

            Row.of("AuditTrail.find", OFFICER, "auditRead", Operation.AUDIT_READ, true, f -> assertThat(
                    new AuditTrail(f.as(OFFICER)).find(new AuditQuery(EDITOR, null, null, null, null, null, null,
                            f.<Entity>get("person").id()), ZoneId.of("Europe/Berlin"), 100).entries()).isNotEmpty()),
            Row.of("AuditTrail.export", OFFICER, "auditExport", Operation.AUDIT_READ, false,
                    f -> new AuditTrail(f.as(OFFICER)).export(AuditQuery.everything(),
                            f.workspace.resolveSibling("export.csv"), ZoneId.of("Europe/Berlin"))),
            Row.of("AuditTrail.prune", OFFICER, "pruneAudit", Operation.DELETE, false,
                    f -> new AuditTrail(f.as(OFFICER)).prune(LocalDate.now(), ZoneId.of("Europe/Berlin"))));

    /**
     * Public methods of the services that are no processing of personal data, each with the reason;
     * and operations proved by a test of their own, too slow to repeat here.
     */
    static final Map<String, String> NO_ROW = new LinkedHashMap<>();

    static {
        for (String accessor : List.of("Workspace.store", "Workspace.session", "Workspace.settings",
                "Workspace.description", "Workspace.auditFile", "Workspace.close", "WorkspaceGate.folder",
                "WorkspaceGate.isEmbedded", "WorkspaceGate.description", "WorkspaceGate.close")) {
            NO_ROW.put(accessor, "what the workspace is and where; closing it processes no record");
        }
        NO_ROW.put("Workspace.open", "the core's own entrance with a session its caller vouches for; its opening is logged as WorkspaceGate.open");
        for (String ontology : List.of("EntityForms.types", "EntityForms.fields", "EntityForms.linkTypes",
                "EntityForms.isOwn", "EntityForms.values", "EntityForms.propertyNames")) {
            NO_ROW.put(ontology, "answers from the ontology or from an entity already read; no store access");
        }
        NO_ROW.put("Charts.names", "names of the workspace's chart files; no record is read");
        NO_ROW.put("Backups.backup", "logged backupWorkspace (DISCLOSE) before and after, for an ADMIN; it shuts and reopens the store, "
                + "so it is proved by BackupRestoreTest (backup, wipe, restore) and not in this table's one workspace");
        NO_ROW.put("Backups.recordRestore", "logs restoreWorkspace on the restored workspace's own log, for one of its ADMINs; "
                + "proved by BackupRestoreTest, which restores into a folder of its own");
        NO_ROW.put("Imports.preview", "parses the agency's file for the wizard; nothing reaches or is read from the graph");
        NO_ROW.put("Imports.check", "validates the agency's file; nothing reaches or is read from the graph");
        NO_ROW.put("Imports.bulkPossible", "upkeep: whether the store holds only reference data, yes or no");
        NO_ROW.put("Imports.runBulk", "logged bulkImport INTENDED/DONE with every id; proved by ingest.BulkImportTest (the offline importer takes a minute)");
        NO_ROW.put("AuditTrail.retention", "the configured retention; reads no entry");
        NO_ROW.put("Erasure.eraseDue", "the review queue's erasure: run and proved by the row ReviewQueue.erase");
        NO_ROW.put("AuditCheck.verifyServer", "remote mode only (the server's audit trail, ADR 0023), logged as"
                + " verifyAuditTrail: cli.CommandLineTest.auditVerifyWithAUriChecksTheServersTrailForADataProtectionUserOnly");
        NO_ROW.put("DemoData.isEmpty", "upkeep of a new workspace: whether it is empty, yes or no");
        NO_ROW.put("DemoData.isDemo", "upkeep: whether the workspace holds the demo data, yes or no");
        NO_ROW.put("DemoData.isNew", "upkeep: whether the workspace is new, yes or no");
        NO_ROW.put("DemoData.generate", "the program's upkeep of a workspace without accounts, logged as user netzbild; app.DemoWorkspaceTest");
        NO_ROW.put("DemoData.fill", "the program's upkeep of a workspace without accounts, logged as user netzbild; app.DemoWorkspaceTest");
    }

    /** A person of pp-essen whose review date passed yesterday: due in the officer's queue. */
    private static Entity overdue(int n) {
        return new Entity("tab-faellig-" + n, "Person", org.netzbild.testsupport.Records.props("name", "Fällig " + n,
                "birthDate", LocalDate.of(1970, 1, n)), org.netzbild.testsupport.Records.from("pp-essen")
                .reviewedBy(LocalDate.now().minusDays(1)));
    }

    /** One person as two agencies spell it, born on one day: a duplicate candidate. */
    private static Entity twin(int n, String name, String agency) {
        return new Entity("tab-dublette-" + n, "Person", org.netzbild.testsupport.Records.props("name", name,
                "birthDate", LocalDate.of(1971, 6, 14)), org.netzbild.testsupport.Records.from(agency));
    }

    @AfterAll
    static void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void everyServiceOperationHasARow() {
        var inTable = new TreeSet<String>();
        ROWS.forEach(row -> inTable.add(row.operation()));
        inTable.addAll(NO_ROW.keySet());

        assertThat(new TreeSet<>(serviceOperations()))
                .as("each public method of a service needs a row in ROWS or a reason in NO_ROW")
                .isEqualTo(inTable);
    }

    /**
     * The public operations of the application services, found in the compiled classes: every public
     * method of the workspace and its gate, every public instance method of a class of {@code app}
     * that is made from a workspace, and every public static method of {@code app} that takes one.
     */
    static Set<String> serviceOperations() {
        var found = new TreeSet<String>();
        for (var javaClass : new ClassFileImporter().importPackages("org.netzbild.app")) {
            if (!javaClass.getPackageName().equals("org.netzbild.app") || !javaClass.getModifiers()
                    .contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC) || javaClass.isNestedClass()) {
                continue;
            }
            Class<?> type = javaClass.reflect();
            boolean entrance = type == Workspace.class || type == WorkspaceGate.class;
            boolean service = Arrays.stream(type.getConstructors())
                    .anyMatch(c -> Arrays.asList(c.getParameterTypes()).contains(Workspace.class));
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
                    continue;
                }
                boolean isStatic = Modifier.isStatic(method.getModifiers());
                boolean takesWorkspace = Arrays.stream(method.getParameterTypes())
                        .anyMatch(p -> p == Workspace.class || p == WorkspaceGate.class);
                if (entrance || service && !isStatic || isStatic && takesWorkspace) {
                    found.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        return found;
    }

    @TestFactory
    Stream<DynamicTest> eachOperationLeavesExactlyOneEntryWithEveryRequiredField() {
        fixture = new Fixture(TemplateWorkspace.copyTo(folder.resolve("workspace")));
        return ROWS.stream().map(row -> DynamicTest.dynamicTest(row.toString(), () -> check(row)));
    }

    private static void check(Row row) throws Exception {
        Path log = fixture.workspace;
        if (!row.runAs().equals(GATE)) {
            fixture.as(row.runAs()); // a sign-in of its own is not the row's business
        }
        row.prepare().run(fixture);
        int before = AuditLines.of(log).size();
        row.step().run(fixture);
        if (fixture.left.get("logOf") instanceof Path other) {
            log = other;
            before = 0;
            fixture.left.remove("logOf");
        }
        var fresh = AuditLines.of(log).subList(before, AuditLines.of(log).size());
        var standing = fresh.stream().filter(e -> e.get("action").equals(row.action())
                && e.get("outcome").equals(row.outcome().name())).toList();

        assertThat(standing).as("entries %s %s among %s", row.action(), row.outcome(), actions(fresh)).hasSize(1);
        var entry = standing.getFirst();
        assertThat(entry.get("time")).as("time").isNotBlank();
        assertThat(entry.get("user")).as("user").isNotBlank();
        assertThat(entry.get("operation")).as("kind of processing").isEqualTo(row.kind().name());
        if (!row.lacks().contains(Lacks.AGENCY_AND_CASE)) {
            assertThat(entry.get("agency")).as("agency").isEqualTo(TemplateWorkspace.AGENCY);
        }
        if (row.lacks().isEmpty()) {
            AnalystSession session = fixture.as(row.runAs().equals(GATE) ? EDITOR : row.runAs()).session();
            // the entry that stands for the operation, and every entry of the port calls it made
            assertThat(fresh).as("every entry of %s names who, for which agency, case and purpose", row.operation())
                    .allSatisfy(each -> {
                        assertThat(each.get("user")).isEqualTo(session.user());
                        assertThat(each.get("agency")).isEqualTo(session.agency());
                        assertThat(each.get("case")).isEqualTo(session.purpose().caseReference());
                        assertThat(each.get("purpose")).isEqualTo(session.purpose().reason());
                        assertThat(each.get("time")).isNotBlank();
                        assertThat(each.get("outcome")).isIn("INTENDED", "DONE");
                    });
        }
        if (row.ids()) {
            assertThat(entry.json().path("count").asLong()).as("ids touched").isPositive();
            assertThat(entry.json().path("ids")).as("ids touched").isNotEmpty();
        }
        if (row.outcome() == Outcome.DONE && Set.of(Operation.CREATE, Operation.CHANGE, Operation.DELETE).contains(row.kind())
                && !row.action().equals("changePurpose")) {
            assertThat(fresh.stream().filter(e -> e.get("action").equals(row.action())
                    && e.get("outcome").equals("INTENDED"))).as("a write is logged before it runs").hasSize(1);
        }
    }

    @Test
    void withoutAPurposeNothingIsEnteredAndTheRefusalIsLogged(@TempDir Path elsewhere) {
        Path workspace = TemplateWorkspace.copyTo(elsewhere.resolve("workspace"));
        try (var gate = WorkspaceGate.open(WorkspaceAddress.embedded(workspace))) {
            var signedIn = gate.signIn(TemplateWorkspace.ANALYST, TemplateWorkspace.PASSWORD.toCharArray());

            assertThatThrownBy(() -> gate.enter(signedIn, null)).isInstanceOf(UserFacingException.class)
                    .satisfies(e -> assertThat(ErrorMessages.exitCode(e)).isEqualTo(2));
        }

        var refused = AuditLines.of(workspace, "enter").getLast();
        assertThat(refused.get("outcome")).isEqualTo("REFUSED");
        assertThat(refused.get("user")).isEqualTo(TemplateWorkspace.ANALYST);
        assertThat(refused.get("agency")).isEqualTo(TemplateWorkspace.AGENCY);
        assertThat(refused.get("criteria")).isEqualTo("no purpose stated");
        assertThat(AuditLines.of(workspace, "statePurpose", TemplateWorkspace.ANALYST)).isEmpty();
    }

    /**
     * A write whose audit entry cannot be written does not happen: with the log failing, each write
     * of the services throws, and the store (and the chart folder) afterwards is as it was.
     */
    @TestFactory
    Stream<DynamicTest> aWriteWhoseAuditEntryFailsLeavesTheStoreUnchanged(@TempDir Path elsewhere) {
        record Failing(String operation, java.util.function.Consumer<Workspace> write,
                       java.util.function.Function<Workspace, Object> state) {
        }
        var spec = Path.of("src/test/resources/import/gewerbeamt-essen.yaml");
        var data = Path.of("src/test/resources/import/gewerbeamt-essen.csv");
        var writes = List.of(
                new Failing("EntityForms.create", w -> new EntityForms(w).create("Person", Map.of("name", "Nie Geschrieben"), "B2", false),
                        w -> new Explorer(w).search("Nie Geschrieben", 5).size()),
                new Failing("EntityForms.update", w -> new EntityForms(w).update(person(w),
                        Map.of("name", "Nie Geändert"), "B2", false), w -> new Explorer(w).entity(personId).orElseThrow().properties()),
                new Failing("EntityForms.createLink", w -> new EntityForms(w).createLink("EMPLOYED_BY", person(w), business(w),
                        Map.of(), "", "", "B2", false), w -> new Explorer(w).linksAmong(List.of(personId, businessId)).size()),
                new Failing("Imports.run", w -> new Imports(w).run(Imports.spec(spec), List.of(data), (d, t) -> { }, () -> false),
                        w -> List.of(new Imports(w).list().size(), new Explorer(w).statistics().entityCount())),
                new Failing("Imports.undo", w -> new Imports(w).undo(importId, true),
                        w -> List.of(new Imports(w).list().size(), new Explorer(w).statistics().entityCount())),
                new Failing("Erasure.erase", w -> new Erasure(w).erase(businessId, "nie gelöscht"),
                        w -> new Explorer(w).entity(businessId).isPresent()),
                new Failing("Charts.save", w -> new Charts(w).save("nie", ChartState.EMPTY.with(List.of(person(w)), List.of()),
                        Map.of(), "TYPE"), w -> new Charts(w).names()),
                new Failing("Exports.export", w -> new Exports(w).export("vorher", Exports.Format.GRAPHML, ESSEN,
                        elsewhere.resolve("nie.graphml")), w -> Files.exists(elsewhere.resolve("nie.graphml"))));
        var sink = new RecordingAuditSink();
        Workspace workspace = editorWithFailableLog(TemplateWorkspace.copyTo(elsewhere.resolve("workspace")), sink);
        var forms = new EntityForms(workspace);
        personId = forms.create("Person", Map.of("name", "Vorher Da"), "B2", false).id();
        businessId = forms.create("Business", Map.of("name", "Vorher GmbH"), "B2", false).id();
        importId = new Imports(workspace).run(Imports.spec(spec), List.of(data), (d, t) -> { }, () -> false).importId();
        new Charts(workspace).save("vorher", ChartState.EMPTY.with(List.of(person(workspace)), List.of()), Map.of(), "TYPE");
        return Stream.concat(writes.stream().map(write -> DynamicTest.dynamicTest(write.operation(), () -> {
            Object before = write.state().apply(workspace);
            sink.failFromNowOn(true);
            try {
                assertThatThrownBy(() -> write.write().accept(workspace)).isInstanceOf(AuditFailureException.class);
            } finally {
                sink.failFromNowOn(false);
            }
            assertThat(write.state().apply(workspace)).isEqualTo(before);
        })), Stream.of(DynamicTest.dynamicTest("close", workspace::close)));
    }

    private static String personId;
    private static String businessId;
    private static String importId;

    private static Entity person(Workspace w) {
        return new Explorer(w).entity(personId).orElseThrow();
    }

    private static Entity business(Workspace w) {
        return new Explorer(w).entity(businessId).orElseThrow();
    }

    /** An EDITOR's workspace whose audit log is held in memory and can be told to fail; the store is real. */
    private static Workspace editorWithFailableLog(Path folder, RecordingAuditSink sink) {
        var session = new AnalystSession(EDITOR, TemplateWorkspace.AGENCY, PURPOSE,
                Visibility.of(EDITOR, TemplateWorkspace.AGENCY, PURPOSE.caseReference()), Set.of(Role.EDITOR));
        var location = new StoreLocation.Embedded(folder);
        return new Workspace(new WorkspaceSettings(folder, location, session), sink,
                StoreConnection.open(location, session, sink));
    }

    private static List<String> actions(List<AuditLines.Entry> entries) {
        return entries.stream().map(e -> e.get("action") + ":" + e.get("outcome")).toList();
    }
}
