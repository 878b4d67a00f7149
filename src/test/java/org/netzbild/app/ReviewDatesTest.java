package org.netzbild.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.audit.Outcome;
import org.netzbild.ingest.ImportRefusedException;
import org.netzbild.ingest.Importer;
import org.netzbild.model.Entity;
import org.netzbild.model.ExpandRequest;
import org.netzbild.model.Handling;
import org.netzbild.model.Link;
import org.netzbild.model.PathRequest;
import org.netzbild.model.SearchRequest;
import org.netzbild.model.WriteBatch;
import org.netzbild.schema.Ontology;
import org.netzbild.schema.ReviewPeriods;
import org.netzbild.security.AnalystSession;
import org.netzbild.security.NotPermittedException;
import org.netzbild.security.Purpose;
import org.netzbild.security.Role;
import org.netzbild.security.Visibility;
import org.netzbild.store.GraphStore;
import org.netzbild.store.NotFoundException;
import org.netzbild.store.StoreConnection;
import org.netzbild.store.StoreLocation;
import org.netzbild.store.WriteMode;
import org.netzbild.testsupport.RecordingAuditSink;
import org.netzbild.testsupport.Records;
import org.netzbild.testsupport.TemplateWorkspace;

/**
 * Review dates and the review queue (§ 75 BDSG, PolG NRW § 22b; ADR 0022) on a real embedded
 * store, one copy of the template for the class: an imported record gets its review date, a later
 * event moves it, an overdue record is out of search, expand and paths but in its agency's
 * officer's queue, where keeping and restricting bring it back (audited), and a bad review date in
 * an import is refused with file, line and field before anything is written.
 */
class ReviewDatesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final Purpose PURPOSE = new Purpose("AZ 100 Js 9/26", "Aussonderungsprüfung");
    /** Case work at the police in Essen: reads and writes, as restricted as a signed-in user. */
    private static final AnalystSession EDITOR = session("edit.essen", "pp-essen", Role.EDITOR);
    private static final AnalystSession OFFICER = session("dsb.essen", "pp-essen", Role.DATA_PROTECTION);
    private static final AnalystSession OTHER_OFFICER = session("dsb.zoll", "hza-duisburg", Role.DATA_PROTECTION);

    @TempDir
    static Path folder;
    private static StoreConnection connection;
    private static final RecordingAuditSink AUDIT = new RecordingAuditSink();
    private final Records r = new Records();

    @BeforeAll
    static void open() {
        Path workspace = TemplateWorkspace.copyTo(folder.resolve("workspace"));
        connection = StoreConnection.open(new StoreLocation.Embedded(workspace), EDITOR, AUDIT);
    }

    @AfterAll
    static void close() {
        connection.close();
    }

    private static AnalystSession session(String user, String agency, Role role) {
        return new AnalystSession(user, agency, PURPOSE, Visibility.of(user, agency, PURPOSE.caseReference()), Set.of(role));
    }

    private static GraphStore store(AnalystSession session) {
        return connection.session(session, AUDIT);
    }

    private Entity person(String local, String name, LocalDate reviewBy) {
        return new Entity(r.id(local), "Person", Records.props("name", name, "birthDate", LocalDate.of(1979, 4, 4)),
                Records.from("pp-essen").reviewedBy(reviewBy));
    }

    private Importer.Summary importFile(String spec, String csv) throws IOException {
        Path specFile = folder.resolve(r.id("spec.yaml"));
        Path data = folder.resolve(r.id("personen.csv"));
        Files.writeString(specFile, spec, StandardCharsets.UTF_8);
        Files.writeString(data, csv, StandardCharsets.UTF_8);
        return new Importer(store(EDITOR), Ontology.standard(), EDITOR.user(), ReviewPeriods.standard())
                .run(Imports.spec(specFile), List.of(data), "personen.csv", (done, total) -> { }, () -> false);
    }

    private static String spec(String extra) {
        return """
                name: Personen mit Prüfdatum
                source: {format: csv, delimiter: ";"}
                provenance:
                  agency: pp-essen
                  reference: PP-E/KK11/2026/5
                  grading: B2
                %s
                entities:
                  - key: person
                    type: Person
                    id: [Name, Geburtsdatum]
                    properties:
                      name: Name
                      birthDate: Geburtsdatum
                """.formatted(extra.indent(2).stripTrailing());
    }

    @Test
    void anImportedRecordGetsItsReviewDateFromThePeriodsOrItsOwnColumn() throws IOException {
        String name = "Prüfdatum Import " + r.id("");
        var summary = importFile(spec("reviewBy: Prüfdatum"),
                "Name;Geburtsdatum;Prüfdatum\n" + name + " Eins;01.02.1980;\n" + name + " Zwei;02.02.1980;30.06.2031\n");

        var editor = store(EDITOR);
        var imported = editor.entities(summary.newEntityIds());
        assertThat(imported).hasSize(2).allSatisfy(e -> assertThat(e.provenance().reviewBy()).isNotNull());
        assertThat(imported).filteredOn(e -> e.caption().endsWith("Eins")).singleElement()
                .satisfies(e -> assertThat(e.provenance().reviewBy())
                        .isEqualTo(ReviewPeriods.standard().reviewBy("Person", org.netzbild.model.AgencyKind.POLICE,
                                e.provenance().recordedAt())));
        assertThat(imported).filteredOn(e -> e.caption().endsWith("Zwei")).singleElement()
                .satisfies(e -> assertThat(e.provenance().reviewBy()).isEqualTo(LocalDate.of(2031, 6, 30)));
    }

    @Test
    void aMappingSpecsReviewPeriodAppliesToEveryRecordOfItsFile() throws IOException {
        var summary = importFile(spec("reviewPeriod: P2Y"), "Name;Geburtsdatum\nFrist Kurz " + r.id("") + ";03.03.1990\n");

        assertThat(store(EDITOR).entities(summary.newEntityIds())).singleElement().satisfies(e ->
                assertThat(e.provenance().reviewBy()).isEqualTo(LocalDate.ofInstant(e.provenance().recordedAt(), ZoneOffset.UTC)
                        .plusYears(2)));
    }

    @Test
    void aBadReviewDateInAnImportNamesFileLineAndFieldAndWritesNothing() {
        String name = "Prüfdatum Kaputt " + r.id("");
        int importsBefore = store(EDITOR).imports().size();

        assertThatThrownBy(() -> importFile(spec("reviewBy: Prüfdatum"),
                "Name;Geburtsdatum;Prüfdatum\n" + name + " Gut;01.02.1980;30.06.2031\n" + name + " Schlecht;02.02.1980;31.02.2031\n"))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.file()).endsWith("personen.csv");
                            assertThat(p.line()).isEqualTo(3);
                            assertThat(p.column()).isEqualTo("Prüfdatum");
                            assertThat(p.field()).isEqualTo("reviewBy");
                        }));
        assertThat(store(EDITOR).search(SearchRequest.of(name))).isEmpty();
        assertThat(store(EDITOR).imports()).hasSize(importsBefore);
    }

    @Test
    void aReviewDateInThePastIsRefusedAsWell() {
        assertThatThrownBy(() -> importFile(spec("reviewBy: Prüfdatum"),
                "Name;Geburtsdatum;Prüfdatum\nFrist Vorbei " + r.id("") + ";01.02.1980;01.01.2020\n"))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.key()).isEqualTo("problem.reviewByPast")));
    }

    @Test
    void aLaterImportTouchingTheSameEntityMovesItsReviewDateOn() throws IOException {
        Entity known = person("known", "Frist Verschoben " + r.id(""), TODAY.plusMonths(3));
        store(EDITOR).create(known);

        // another agency's file names the same person: its statement is the new event
        var summary = importFile(spec("reviewPeriod: P7Y").replace("agency: pp-essen", "agency: hza-duisburg"),
                "Name;Geburtsdatum\n" + known.get("name") + ";04.04.1979\n");

        assertThat(summary.statements()).isEqualTo(1);
        assertThat(store(EDITOR).entity(known.id()).orElseThrow().provenance().reviewBy()).isEqualTo(TODAY.plusYears(7));
    }

    @Test
    void aFileReSentWhileItsEarlierRecordIsOverdueIsRefusedUntilTheOfficerHasDecided() throws IOException {
        String name = "Frist Wiederholt " + r.id("");
        String csv = "Name;Geburtsdatum;Prüfdatum\n" + name + ";05.05.1985;%s\n";
        var first = importFile(spec("reviewBy: Prüfdatum"), csv.formatted("31.12.2030"));
        String id = first.newEntityIds().getFirst();
        // the record falls due (written as it stands, with yesterday's date)
        connection.upkeep(AnalystSession.unrestricted("upkeep", "pp-essen", PURPOSE), AUDIT)
                .write(new WriteBatch(List.of(new Entity(id, "Person", Records.props("name", name, "birthDate",
                        LocalDate.of(1985, 5, 5)), store(EDITOR).entity(id).orElseThrow().provenance()
                        .reviewedBy(TODAY.minusDays(1)))), List.of()), WriteMode.UPSERT);

        // the same agency's id again: data due for review are not combined with new data before review
        assertThatThrownBy(() -> importFile(spec("reviewBy: Prüfdatum"), csv.formatted("31.12.2032")))
                .isInstanceOf(org.netzbild.store.DuplicateIdException.class).hasMessageContaining(id);
        assertThat(store(OFFICER).dueForReview(10_000)).extracting(Entity::id).contains(id);

        store(OFFICER).keep(id, TODAY.plusYears(1), "Vorgang noch offen");
        assertThat(importFile(spec("reviewBy: Prüfdatum"), csv.formatted("31.12.2032")).alreadyKnown()).isEqualTo(1);
    }

    @Test
    void anOverdueRecordIsOutOfSearchExpandAndPathsButInItsAgencysReviewQueue() {
        String name = "Frist Abgelaufen " + r.id("");
        Entity overdue = person("overdue", name, TODAY.minusDays(1));
        Entity middle = person("middle", "Frist Mitte " + r.id(""), TODAY.plusYears(5));
        Entity far = person("far", "Frist Ferne " + r.id(""), TODAY.plusYears(5));
        store(EDITOR).write(new WriteBatch(List.of(overdue, middle, far), List.of(
                new Link(r.id("om"), "ASSOCIATE", overdue.id(), middle.id(), Map.of(), Records.from("pp-essen")),
                new Link(r.id("mf"), "ASSOCIATE", middle.id(), far.id(), Map.of(), Records.from("pp-essen")))),
                WriteMode.CREATE);
        var editor = store(EDITOR);

        assertThat(editor.search(SearchRequest.of(name))).isEmpty();
        assertThatThrownBy(() -> editor.expand(ExpandRequest.of(overdue.id(), 1))).isInstanceOf(NotFoundException.class);
        assertThat(Records.ids(editor.expand(ExpandRequest.of(middle.id(), 1)).entities()))
                .containsExactlyInAnyOrder(middle.id(), far.id());
        assertThatThrownBy(() -> editor.shortestPaths(PathRequest.of(overdue.id(), far.id(), 3)))
                .isInstanceOf(NotFoundException.class);
        assertThat(editor.entity(overdue.id())).isEmpty();

        assertThat(store(OFFICER).dueForReview(10_000)).extracting(Entity::id).contains(overdue.id())
                .doesNotContain(middle.id(), far.id());
        assertThat(store(OTHER_OFFICER).dueForReview(10_000)).extracting(Entity::id).doesNotContain(overdue.id());
        assertThatThrownBy(() -> editor.dueForReview(10)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void keepingAndRestrictingBringARecordBackWithANewDateAndAreAudited() {
        Entity kept = person("kept", "Frist Behalten " + r.id(""), TODAY.minusDays(3));
        Entity restricted = new Entity(r.id("restricted"), "Person", Records.props("name", "Frist Eingeschränkt " + r.id(""),
                "birthDate", LocalDate.of(1979, 4, 4)), Records.from("pp-essen").reviewedBy(TODAY.minusDays(3)));
        store(EDITOR).write(new WriteBatch(List.of(kept, restricted), List.of()), WriteMode.CREATE);
        var officer = store(OFFICER);

        officer.keep(kept.id(), TODAY.plusYears(2), "Ermittlungsverfahren läuft noch");
        officer.restrict(restricted.id(), Handling.AGENCY_ONLY, TODAY.plusYears(1), "nur noch für die eigene Behörde");

        assertThat(store(EDITOR).entity(kept.id()).orElseThrow().provenance().reviewBy()).isEqualTo(TODAY.plusYears(2));
        assertThat(store(EDITOR).entity(restricted.id()).orElseThrow().provenance().handling()).isEqualTo(Handling.AGENCY_ONLY);
        assertThat(store(session("zoll.1", "hza-duisburg", Role.ANALYST)).entity(restricted.id())).isEmpty();
        assertThat(officer.dueForReview(10_000)).extracting(Entity::id).doesNotContain(kept.id(), restricted.id());
        assertThat(AUDIT.events()).filteredOn(e -> e.ids().listed().contains(kept.id()) && e.action().equals("keep"))
                .extracting(e -> e.outcome()).containsExactly(Outcome.INTENDED, Outcome.DONE);
        assertThat(AUDIT.events()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("restrict");
            assertThat(e.actor().user()).isEqualTo(OFFICER.user());
            assertThat(e.criteria()).contains("AGENCY_ONLY", "nur noch für die eigene Behörde");
        });
        // a record that is not due answers as a missing one
        assertThatThrownBy(() -> officer.keep(kept.id(), TODAY.plusYears(3), "noch einmal")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void erasingFromTheQueueNeedsAReasonAndLeavesTheRecordGone(@TempDir Path other) {
        // a workspace of its own: erasure rebuilds the store and reopens the workspace on it
        var dsb = AnalystSession.unrestricted("dsb.1", "pp-essen", PURPOSE);
        try (var workspace = Workspace.open(WorkspaceSettings.embedded(TemplateWorkspace.copyTo(other), dsb))) {
            Entity gone = person("gone", "Frist Löschen " + r.id(""), TODAY.minusDays(1));
            Entity stays = person("stays", "Frist Bleibt " + r.id(""), TODAY.plusYears(1));
            workspace.store().write(new WriteBatch(List.of(gone, stays), List.of()), WriteMode.CREATE);
            var queue = new ReviewQueue(workspace);
            assertThat(queue.due()).extracting(Entity::id).contains(gone.id());
            assertThatThrownBy(() -> queue.erase(gone.id(), " ")).isInstanceOf(UserFacingException.class);
            assertThatThrownBy(() -> queue.erase(stays.id(), "nicht fällig")).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> queue.keep(gone.id(), TODAY, "heute")).isInstanceOf(UserFacingException.class);

            queue.erase(gone.id(), "Prüffrist abgelaufen, keine Speicherung mehr erforderlich");

            assertThat(queue.due()).extracting(Entity::id).doesNotContain(gone.id());
            assertThat(workspace.store().entity(stays.id())).isPresent();
        }
        try {
            var log = Files.readAllLines(WorkspaceSettings.auditFile(other));
            assertThat(log).anySatisfy(line -> assertThat(line).contains("\"deleteDue\"", "DONE"));
            assertThat(log).anySatisfy(line -> assertThat(line).contains("\"compact\"", "abgelaufen", "DONE"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
