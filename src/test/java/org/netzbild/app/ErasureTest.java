package org.netzbild.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.audit.AuditVerifier;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;
import org.netzbild.model.SearchRequest;
import org.netzbild.model.Statement;
import org.netzbild.model.WriteBatch;
import org.netzbild.security.AnalystSession;
import org.netzbild.security.Purpose;
import org.netzbild.store.NotFoundException;
import org.netzbild.store.WriteMode;
import org.netzbild.testsupport.Records;
import org.netzbild.testsupport.TemplateWorkspace;

/**
 * The erasure canary (§ 75 BDSG, issue 15): a person with a name no other test uses is written
 * with a link and another agency's statement, found on disk, erased, and then no file of the
 * workspace holds the name any more — store files, transaction logs, full-text index, application
 * and audit logs alike — while everything else is still there and the audit chain holds.
 */
class ErasureTest {

    /** Long enough to be stored as plain text (Neo4j packs short strings); lower case as the index keeps terms. */
    private static final String CANARY = "zyxwvutkanarienvogel";

    private static final AnalystSession ANALYST = AnalystSession.unrestricted("dsb.1", Records.POLICE, new Purpose("Aussonderungsprüfung 2026", "Test"));

    @TempDir
    Path folder;

    @Test
    void compactingTheStoreIsRefusedToAnAnalystAndTheRefusalIsLogged() throws java.io.IOException {
        Path workspaceFolder = TemplateWorkspace.copyTo(folder);
        var analyst = new AnalystSession("analyst.test", Records.POLICE, new Purpose("Aussonderungsprüfung 2026", "Test"),
                org.netzbild.security.Visibility.of("analyst.test", Records.POLICE, "Test"),
                java.util.Set.of(org.netzbild.security.Role.ANALYST));

        try (var workspace = Workspace.open(WorkspaceSettings.embedded(workspaceFolder, analyst))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Erasure(workspace).compact("aufräumen"))
                    .isInstanceOf(org.netzbild.security.NotPermittedException.class);
        }

        assertThat(Files.readAllLines(workspaceFolder.resolve("audit").resolve("audit.log")))
                .filteredOn(line -> line.contains("\"compact\"")).singleElement()
                .satisfies(line -> assertThat(line).contains("REFUSED", "analyst.test"));
    }

    @Test
    void anErasedPersonLeavesNoTraceInAnyFileOfTheWorkspace() {
        Path workspaceFolder = TemplateWorkspace.copyTo(folder);
        var records = new Records();
        String canaryName = "Zyxwvutkanarienvogel Probeperson aus dem Löschnachweis der Aussonderung";
        Entity canary = new Entity(records.id("loesch"), "Person", Records.props("name", canaryName,
                "aliases", List.of(CANARY + "alias"), "birthDate", LocalDate.of(1977, 7, 7)), Records.from(Records.POLICE));
        Entity neighbour = records.person("nachbar", "Bleibt Bestehen");
        var statement = new Statement(records.id("loesch-fa"), canary.id(),
                Records.props("names", List.of(CANARY + " Steuerakte Aussage des Finanzamts")), Records.from(Records.TAX));
        Link link = records.link("kennt", "ASSOCIATE", canary, neighbour, "context", CANARY + " Treffen");
        long before;
        try (var workspace = Workspace.open(WorkspaceSettings.embedded(workspaceFolder, ANALYST))) {
            workspace.store().write(new WriteBatch(List.of(canary, neighbour), List.of(link), List.of(statement)),
                    WriteMode.CREATE);
            assertThat(workspace.store().search(SearchRequest.of("Probeperson Löschnachweis"))).isNotEmpty();
            before = workspace.store().statistics().entityCount();
        }
        assertThat(filesHolding(workspaceFolder, CANARY)).as("the canary is on disk before the erasure").isNotEmpty();

        try (var workspace = Workspace.open(WorkspaceSettings.embedded(workspaceFolder, ANALYST))) {
            var kept = new Erasure(workspace).erase(canary.id(), "Prüffrist abgelaufen, keine Speicherung mehr erforderlich");
            assertThat(kept.nodes()).isPositive();
            // the workspace goes on on the rebuilt store, with everything else in it
            assertThat(workspace.store().entity(canary.id())).isEmpty();
            assertThat(workspace.store().entity(neighbour.id())).contains(neighbour);
            assertThat(workspace.store().statistics().entityCount()).isEqualTo(before - 1);
            assertThat(workspace.store().search(SearchRequest.of("Bleibt Bestehen"))).isNotEmpty();
        }

        assertThat(filesHolding(workspaceFolder, CANARY)).as("files that still hold the erased person").isEmpty();
        Path auditLog = workspaceFolder.resolve("audit").resolve("audit.log");
        try {
            assertThat(AuditVerifier.verify(auditLog).intact()).isTrue();
            assertThat(Files.readAllLines(auditLog)).filteredOn(line -> line.contains("\"compact\""))
                    .anySatisfy(line -> assertThat(line).contains("abgelaufen", "DONE"))
                    .anySatisfy(line -> assertThat(line).contains("INTENDED"));
            assertThat(Files.readAllLines(auditLog)).anySatisfy(line -> assertThat(line).contains("\"delete\"", canary.id()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anErasureNeedsAReasonAndAnIdTheSessionMaySee() {
        Path workspaceFolder = TemplateWorkspace.copyTo(folder);
        try (var workspace = Workspace.open(WorkspaceSettings.embedded(workspaceFolder, ANALYST))) {
            var erasure = new Erasure(workspace);
            assertThatThrownBy(() -> erasure.erase("irgendwas", " ")).isInstanceOf(UserFacingException.class);
            assertThatThrownBy(() -> erasure.erase("nie-geschrieben", "Prüffrist")).isInstanceOf(NotFoundException.class);
        }
    }

    /** Every file under the folder whose bytes hold the text, in any letter case (ASCII). */
    private static List<Path> filesHolding(Path folder, String lowerCaseText) {
        byte[] wanted = lowerCaseText.getBytes(StandardCharsets.US_ASCII);
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(file -> holds(file, wanted)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean holds(Path file, byte[] wanted) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            outer:
            for (int i = 0; i + wanted.length <= bytes.length; i++) {
                for (int j = 0; j < wanted.length; j++) {
                    byte b = bytes[i + j];
                    if (b >= 'A' && b <= 'Z') {
                        b = (byte) (b + ('a' - 'A'));
                    }
                    if (b != wanted[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
