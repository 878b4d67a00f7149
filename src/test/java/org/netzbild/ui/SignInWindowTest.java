package org.netzbild.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.security.Purpose;
import org.netzbild.testsupport.AuditLines;
import org.netzbild.testsupport.TemplateWorkspace;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The window shows no data before a sign-in and a purpose: a wrong password is named in the
 * dialog and audited, the purpose dialog offers the recent ones, and changing the purpose is an
 * explicit, logged step. One test, since the steps follow each other as a user takes them.
 * Screenshots of both dialogs go to {@code target/screenshots} (the user guides show copies).
 */
class SignInWindowTest {

    @TempDir
    static Path folder;
    private static NetzbildApp app;
    private static Path workspace;
    private final FxRobot robot = new FxRobot();
    private final EntrySteps entry = new EntrySteps(robot);

    @BeforeAll
    static void start() throws Exception {
        workspace = TemplateWorkspace.copyTo(folder.resolve("workspace"));
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
    void noDataBeforeSignInAndPurposeAndAChangeOfPurposeIsLogged() throws Exception {
        org.netzbild.app.UserPreferences.rememberPurpose(new Purpose("ST/0000007/2026", "Frühere Auswertung"));
        entry.type("#signInUser", TemplateWorkspace.ANALYST);
        assertThat(app.model().readyProperty().get()).isFalse();
        assertThat(app.model().workspace()).isNull();

        entry.type("#signInPassword", "falsches-passwort");
        entry.ok("#signInDialog");
        EntrySteps.waitUntil(30, () -> robot.lookup("#signInProblem").tryQuery()
                .map(n -> ((javafx.scene.control.Label) n).getText().startsWith("Anmeldung abgelehnt")).orElse(false));
        assertThat(AuditLines.of(workspace, "signIn").getLast().get("outcome")).isEqualTo("REFUSED");
        entry.type("#signInUser", TemplateWorkspace.ANALYST);
        entry.type("#signInPassword", TemplateWorkspace.PASSWORD);
        entry.screenshot("#signInDialog", "signin-dialog.png");
        entry.ok("#signInDialog");

        entry.type("#purposeCase", "ST/0418822/2025");
        entry.type("#purposeReason", "Auswertung der Verbundkontrolle Altendorfer Straße");
        assertThat(robot.lookup("#purposeRecent").<ComboBox<Purpose>>query().getItems())
                .contains(new Purpose("ST/0000007/2026", "Frühere Auswertung"));
        entry.screenshot("#purposeDialog", "purpose-dialog.png");
        entry.ok("#purposeDialog");
        EntrySteps.waitUntil(60, () -> app.model().readyProperty().get());

        assertThat(app.model().sessionDescriptionProperty().get()).contains(TemplateWorkspace.ANALYST)
                .contains("Polizeipräsidium Essen").contains("ST/0418822/2025");
        assertThat(app.model().workspace().session().visibility().unrestricted()).isFalse();

        robot.interact(app.model()::requestPurposeChange);
        robot.interact(() -> robot.lookup("#purposeRecent").<ComboBox<Purpose>>query()
                .setValue(new Purpose("ST/0000007/2026", "Frühere Auswertung")));
        entry.ok("#purposeDialog");
        EntrySteps.waitUntil(30, () -> app.model().sessionDescriptionProperty().get().contains("ST/0000007/2026"));

        assertThat(AuditLines.of(workspace, "changePurpose")).singleElement().satisfies(e -> {
            assertThat(e.get("case")).isEqualTo("ST/0000007/2026");
            assertThat(e.get("criteria")).contains("ST/0418822/2025");
        });
        assertThat(org.netzbild.app.UserPreferences.recentPurposes().getFirst().caseReference()).isEqualTo("ST/0000007/2026");
    }
}
