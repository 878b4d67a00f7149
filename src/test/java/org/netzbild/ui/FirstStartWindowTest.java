package org.netzbild.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.app.UserPreferences;
import org.netzbild.app.WorkspaceSettings;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The installed program's first start on an account (issue 22): without {@code --store}, without a
 * workspace chosen before and none in the suggested folder, the window asks where the workspace
 * goes and whether it gets the demo data; a folder holding other files is refused in the dialog (the
 * application log alone does not count); an empty workspace then asks for its first ADMIN, and the folder is kept as the default. The test's
 * own home folder and preferences file, so that nothing reaches the user's.
 */
class FirstStartWindowTest {

    @TempDir
    static Path home;
    private static String homeBefore;
    private static String preferencesBefore;
    private static NetzbildApp app;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        homeBefore = System.getProperty("user.home");
        preferencesBefore = System.getProperty("netzbild.preferences");
        System.setProperty("user.home", home.toString());
        System.setProperty("netzbild.preferences", home.resolve(".netzbild/preferences.properties").toString());
        // as Main does before the window: the application log opened in the suggested folder
        Path logs = Files.createDirectories(WorkspaceSettings.suggestedFolder().resolve("logs"));
        Files.writeString(logs.resolve("netzbild.log"), "start\n");
        FxToolkit.registerPrimaryStage();
        app = (NetzbildApp) FxToolkit.setupApplication(NetzbildApp.class, "--demo-persons", "0");
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        System.setProperty("user.home", homeBefore);
        if (preferencesBefore == null) {
            System.clearProperty("netzbild.preferences");
        } else {
            System.setProperty("netzbild.preferences", preferencesBefore);
        }
    }

    @Test
    void theFirstStartAsksForTheFolderRefusesAForeignOneAndOpensAnEmptyWorkspaceAtItsFirstAdmin() throws Exception {
        var entry = new EntrySteps(robot);
        EntrySteps.waitUntil(60, () -> robot.lookup("#firstRunDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#firstRunFolder").<javafx.scene.control.TextField>query().getText())
                .isEqualTo(WorkspaceSettings.suggestedFolder().toString()).startsWith(home.toString());

        Path foreign = Files.createDirectories(home.resolve("Dokumente"));
        Files.writeString(foreign.resolve("brief.txt"), "kein Arbeitsbereich");
        entry.type("#firstRunFolder", foreign.toString());
        entry.ok("#firstRunDialog");
        EntrySteps.waitUntil(10, () -> robot.lookup("#firstRunProblem").<javafx.scene.control.Label>query().getText()
                .contains("kein Netzbild-Arbeitsbereich"));

        // the suggested folder, holding only the log Main opened, counts as empty
        Path chosen = WorkspaceSettings.suggestedFolder();
        entry.type("#firstRunFolder", chosen.toString());
        entry.screenshot("#firstRunDialog", "first-run-dialog.png");
        entry.ok("#firstRunDialog");

        EntrySteps.waitUntil(240, () -> robot.lookup("#firstAdminDialog").tryQuery().isPresent());
        assertThat(UserPreferences.workspace()).contains(chosen);
        assertThat(WorkspaceSettings.auditFile(chosen)).exists();
        assertThat(WorkspaceSettings.isFirstRun()).isFalse();
    }
}
