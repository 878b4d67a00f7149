package org.netzbild.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.netzbild.audit.AuditVerifier;
import org.netzbild.chart.ChartState;
import org.netzbild.model.SearchRequest;
import org.netzbild.model.StoreStatistics;
import org.netzbild.model.WriteBatch;
import org.netzbild.security.AnalystSession;
import org.netzbild.security.NotPermittedException;
import org.netzbild.security.Purpose;
import org.netzbild.security.Role;
import org.netzbild.security.Visibility;
import org.netzbild.store.WriteMode;
import org.netzbild.testsupport.Records;
import org.netzbild.testsupport.TemplateWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backup → wipe → restore (issue 22): a workspace backed up while it is open and in use, sealed with
 * a password, comes back with the same counts, the same charts and an audit log that verifies and
 * names the backup and the restore; a wrong password, a non-ADMIN and a damaged file are refused.
 * One store for the class's flow: each step opens the workspace as a user would.
 */
class BackupRestoreTest {

    private static final char[] PASSWORD = "Sicherung der Akte 2026".toCharArray();
    private static final Purpose PURPOSE = new Purpose("ST/0418822/2025", "Sicherung");

    @TempDir
    Path folder;

    @Test
    void anOpenWorkspaceBackedUpWipedAndRestoredHasTheSameCountsChartsAndAVerifiableLog() throws IOException {
        Path workspaceFolder = TemplateWorkspace.copyTo(folder.resolve("akte"));
        Path backup = folder.resolve("akte.nbbackup");
        var records = new Records();
        var anna = records.person("anna", "Anna Sicherungsprobe");
        var shop = records.person("shop", "Bruno Sicherungsprobe");
        StoreStatistics before;
        // an EDITOR who is also the ADMIN: writes, saves a chart, backs up, and works on afterwards
        var editorAdmin = new AnalystSession("leitung.essen", TemplateWorkspace.AGENCY, PURPOSE,
                Visibility.everything(), Set.of(Role.EDITOR, Role.ADMIN));
        try (var workspace = Workspace.open(WorkspaceSettings.embedded(workspaceFolder, editorAdmin))) {
            workspace.store().write(new WriteBatch(List.of(anna, shop),
                    List.of(records.link("kennt", "ASSOCIATE", anna, shop)), List.of()), WriteMode.CREATE);
            new Charts(workspace).save("Fall Sicherung", ChartState.EMPTY.with(List.of(anna, shop), List.of()),
                    Map.of(anna.id(), new double[] {1, 2}), "type");
            before = workspace.store().statistics();

            var made = new Backups(workspace).backup(backup, PASSWORD);

            assertThat(made.sealed()).isTrue();
            assertThat(made.bytes()).isPositive();
            // the store was shut for the copy and is open again for the session
            assertThat(workspace.store().search(SearchRequest.of("Sicherungsprobe"))).hasSize(2);
        }
        String logBefore = Files.readString(WorkspaceSettings.auditFile(workspaceFolder));
        assertThat(logBefore).contains("\"backupWorkspace\"").contains("\"DONE\"");

        wipe(workspaceFolder);
        Path restored = folder.resolve("akte-wiederhergestellt");

        assertThatThrownBy(() -> Backups.restore(backup, "falsch".toCharArray(), restored))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.key()).isEqualTo("backup.wrongPassword"));
        assertThat(restored).doesNotExist();

        var what = Backups.restore(backup, PASSWORD, restored);
        assertThat(what.createdBy()).isEqualTo("leitung.essen");
        // a signed-in ANALYST of the restored workspace may not put their name to it
        try (var gate = WorkspaceGate.open(WorkspaceAddress.embedded(restored))) {
            var analyst = gate.enter(gate.signIn(TemplateWorkspace.ANALYST, TemplateWorkspace.PASSWORD.toCharArray()),
                    PURPOSE);
            assertThatThrownBy(() -> Backups.recordRestore(analyst, backup, what))
                    .isInstanceOf(NotPermittedException.class);
            analyst.close();
        }
        try (var gate = WorkspaceGate.open(WorkspaceAddress.embedded(restored))) {
            try (var admin = gate.enter(gate.signIn(TemplateWorkspace.ADMIN, TemplateWorkspace.PASSWORD.toCharArray()),
                    PURPOSE)) {
                Backups.recordRestore(admin, backup, what);
            }
        }

        try (var workspace = Workspace.open(WorkspaceSettings.embedded(restored,
                AnalystSession.unrestricted("pruefer", TemplateWorkspace.AGENCY, PURPOSE)))) {
            assertThat(workspace.store().statistics()).isEqualTo(before);
            assertThat(new Charts(workspace).names()).containsExactly("Fall Sicherung");
            assertThat(new Charts(workspace).open("Fall Sicherung").state().entities().keySet())
                    .containsExactlyInAnyOrder(anna.id(), shop.id());
        }
        var verification = AuditVerifier.verify(WorkspaceSettings.auditFile(restored));
        assertThat(verification.intact()).as(verification.toString()).isTrue();
        String log = Files.readString(WorkspaceSettings.auditFile(restored));
        assertThat(log).contains("\"backupWorkspace\"", "\"restoreWorkspace\"", "REFUSED");
    }

    @Test
    void onlyAnAdminBacksUpAndTheRefusalIsLogged() {
        Path workspaceFolder = TemplateWorkspace.copyTo(folder.resolve("akte"));
        var editor = new AnalystSession("editor.test", TemplateWorkspace.AGENCY, PURPOSE, Visibility.everything(),
                Set.of(Role.EDITOR, Role.DATA_PROTECTION));
        try (var workspace = Workspace.open(WorkspaceSettings.embedded(workspaceFolder, editor))) {
            assertThatThrownBy(() -> new Backups(workspace).backup(folder.resolve("x.nbbackup"), null))
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> new Backups(workspace).backup(workspaceFolder.resolve("x.nbbackup"), null))
                    .isInstanceOf(NotPermittedException.class);
        }
        assertThat(folder.resolve("x.nbbackup")).doesNotExist();
    }

    private static void wipe(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
