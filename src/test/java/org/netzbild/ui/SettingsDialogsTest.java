package org.netzbild.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.app.I18n;
import org.netzbild.ui.backup.BackupDialog;
import org.netzbild.ui.forms.PreferencesDialog;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The backup and preferences dialogs meet mistakes as a user types them: each is named under the
 * fields in the user's words, OK stays off until nothing is wrong, and what the dialog then hands
 * over is what was typed. No store is needed: the dialogs only collect (the use cases check again).
 */
class SettingsDialogsTest {

    @TempDir
    static Path folder;
    private static Stage owner;
    private final FxRobot robot = new FxRobot();
    private final EntrySteps entry = new EntrySteps(robot);

    @BeforeAll
    static void start() throws Exception {
        owner = FxToolkit.registerPrimaryStage();
        // a dialog takes its owner's style sheets: the owner needs a scene, as the explorer's window has
        FxToolkit.setupStage(stage -> {
            stage.setScene(new javafx.scene.Scene(new Label("Netzbild"), 400, 300));
            stage.show();
        });
        I18n.use(I18n.GERMAN);
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupStages();
    }

    @AfterEach
    void closeDialogs() {
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != owner).toList()
                .forEach(javafx.stage.Window::hide));
    }

    @Test
    void theBackupDialogNamesEachMistakeAndHandsOverOnlyAFileInAFolderThatExistsWithAMatchingLongPassword()
            throws Exception {
        var chosen = new AtomicReference<BackupDialog.Choice>();
        robot.interact(() -> {
            var dialog = new BackupDialog(owner, folder.resolve("ws-2026-12-07.nbbackup"));
            dialog.setOnHidden(event -> chosen.set(dialog.getResult()));
            dialog.show();
        });
        EntrySteps.waitUntil(10, () -> robot.lookup("#backupDialog").tryQuery().isPresent());
        assertThat(problem("#backupProblem")).isEmpty();
        assertThat(okDisabled("#backupDialog")).isFalse();

        entry.type("#backupFile", folder.resolve("gibt-es-nicht/sicherung.nbbackup").toString());
        assertThat(problem("#backupProblem")).contains("gibt-es-nicht").contains("gibt es nicht");
        assertThat(okDisabled("#backupDialog")).isTrue();
        entry.type("#backupFile", "");
        assertThat(problem("#backupProblem")).contains("in welche Datei");
        entry.type("#backupFile", folder.toString());
        assertThat(problem("#backupProblem")).contains("ist ein Ordner");

        Path file = folder.resolve("Akte Süd.nbbackup");
        entry.type("#backupFile", file.toString());
        entry.type("#backupPassword", "kurz");
        entry.type("#backupPasswordAgain", "kurz");
        assertThat(problem("#backupProblem")).contains("mindestens 12 Zeichen");
        entry.type("#backupPassword", "Sicherung der Akte 2026");
        entry.type("#backupPasswordAgain", "Sicherung der Akte 2025");
        assertThat(problem("#backupProblem")).contains("stimmen nicht überein");
        assertThat(okDisabled("#backupDialog")).isTrue();

        entry.type("#backupPasswordAgain", "Sicherung der Akte 2026");
        assertThat(problem("#backupProblem")).isEmpty();
        entry.ok("#backupDialog");
        EntrySteps.waitUntil(10, () -> chosen.get() != null);
        assertThat(chosen.get().file()).isEqualTo(file);
        assertThat(new String(chosen.get().password())).isEqualTo("Sicherung der Akte 2026");
    }

    @Test
    void thePreferencesDialogRefusesAnAddressThatIsNoServerAndACertificateThatIsNotThere() throws Exception {
        String before = System.getProperty("netzbild.preferences");
        System.setProperty("netzbild.preferences", folder.resolve("prefs/preferences.properties").toString());
        try {
            var chosen = new AtomicReference<PreferencesDialog.Choice>();
            robot.interact(() -> {
                var dialog = new PreferencesDialog(owner, folder.resolve("ws"));
                dialog.setOnHidden(event -> chosen.set(dialog.getResult()));
                dialog.show();
            });
            EntrySteps.waitUntil(10, () -> robot.lookup("#preferencesDialog").tryQuery().isPresent());
            assertThat(problem("#preferencesProblem")).isEmpty();

            for (String notAServer : java.util.List.of("kein server", "http://server.behoerde.nrw:7474", "neo4j+s://",
                    "server.behoerde.nrw:7687")) {
                entry.type("#preferencesServerUri", notAServer);
                assertThat(problem("#preferencesProblem")).as(notAServer).contains("keine Serveradresse");
                assertThat(okDisabled("#preferencesDialog")).isTrue();
            }
            entry.type("#preferencesServerUri", "neo4j+s://server.behoerde.nrw:7687");
            entry.type("#preferencesTrustCertificate", folder.resolve("fehlt.pem").toString());
            assertThat(problem("#preferencesProblem")).contains("fehlt.pem").contains("gibt es nicht");

            Path certificate = Files.writeString(folder.resolve("server.pem"), "-----BEGIN CERTIFICATE-----\n");
            entry.type("#preferencesTrustCertificate", certificate.toString());
            entry.type("#preferencesWorkspace", folder.resolve("Arbeitsbereich").toString());
            assertThat(problem("#preferencesProblem")).isEmpty();
            entry.ok("#preferencesDialog");
            EntrySteps.waitUntil(10, () -> chosen.get() != null);
            assertThat(chosen.get().workspace()).isEqualTo(folder.resolve("Arbeitsbereich"));
            assertThat(chosen.get().server().uri()).isEqualTo("neo4j+s://server.behoerde.nrw:7687");
            assertThat(chosen.get().server().trustCertificate()).isEqualTo(certificate.toString());
        } finally {
            if (before == null) {
                System.clearProperty("netzbild.preferences");
            } else {
                System.setProperty("netzbild.preferences", before);
            }
        }
    }

    private String problem(String id) {
        var text = new AtomicReference<String>();
        robot.interact(() -> text.set(robot.lookup(id).<Label>query().getText()));
        return text.get();
    }

    private boolean okDisabled(String dialog) {
        var disabled = new AtomicReference<Boolean>();
        robot.interact(() -> disabled.set(robot.lookup(dialog).<DialogPane>query().lookupButton(ButtonType.OK).isDisabled()));
        return disabled.get();
    }
}
