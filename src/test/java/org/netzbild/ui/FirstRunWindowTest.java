package org.netzbild.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.testsupport.AuditLines;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A workspace without accounts and without demo data: the window asks for its first ADMIN account,
 * who then signs in and, having no case data to see, is told so instead of seeing figures.
 */
class FirstRunWindowTest {

    @TempDir
    static Path workspace;
    private static NetzbildApp app;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (NetzbildApp) FxToolkit.setupApplication(NetzbildApp.class,
                "--store", workspace.toString(), "--demo-persons", "0");
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void theFirstRunCreatesTheFirstAdminWhoSignsInAndSeesNoCaseData() throws Exception {
        var entry = new EntrySteps(robot);
        entry.type("#firstAdminName", "erste.admin");
        robot.interact(() -> robot.lookup("#firstAdminAgency").<javafx.scene.control.ComboBox<String>>query().setValue("pp-essen"));
        entry.type("#firstAdminPassword", "zu-kurz");
        entry.type("#firstAdminPasswordAgain", "zu-kurz");
        entry.ok("#firstAdminDialog");
        EntrySteps.waitUntil(30, () -> robot.lookup("#firstAdminProblem").tryQuery()
                .map(n -> ((javafx.scene.control.Label) n).getText().contains("mindestens 12 Zeichen")).orElse(false));
        entry.screenshot("#firstAdminDialog", "first-admin-dialog.png");

        entry.createFirstAdmin("erste.admin", "pp-essen", "erstes-admin-passwort");
        entry.signInAndStatePurpose("erste.admin", "erstes-admin-passwort", "IT-1", "Arbeitsbereich einrichten");
        EntrySteps.waitUntil(60, () -> app.model().statusProperty().get().startsWith("Nicht erlaubt"));

        assertThat(app.model().readyProperty().get()).isFalse();
        assertThat(AuditLines.of(workspace, "createAccount")).extracting(e -> e.get("outcome"))
                .containsExactly("INTENDED", "DONE");
        assertThat(AuditLines.of(workspace, "statistics").getLast().get("outcome")).isEqualTo("REFUSED");
    }
}
