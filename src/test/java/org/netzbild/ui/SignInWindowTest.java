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
 *
 * <p>The program is started as the file manager starts it for a saved chart
 * ({@code netzbild …/charts/NAME.nbchart}, the installed program's file association): the chart's
 * workspace opens, and the chart only once the user is in.
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
        // a chart of two municipalities (reference data, in every store), saved as the desktop saves one
        new org.netzbild.chart.ChartFiles(workspace.resolve("charts")).save(new org.netzbild.chart.ChartDocument(
                org.netzbild.chart.ChartDocument.FORMAT, "Lage Ruhr", java.time.Instant.parse("2026-12-01T09:00:00Z"),
                TemplateWorkspace.ANALYST, java.util.List.of("mun-bochum", "mun-essen"),
                java.util.Map.of("mun-bochum", new double[] {120, 40}, "mun-essen", new double[] {-80, 10}),
                java.util.Set.of(), java.util.Set.of(), java.util.Map.of(), org.netzbild.chart.ChartFilter.NONE, null));
        FxToolkit.registerPrimaryStage();
        app = (NetzbildApp) FxToolkit.setupApplication(NetzbildApp.class,
                workspace.resolve("charts/Lage Ruhr.nbchart").toString(), "--demo-persons", "0");
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
        // entering counts nothing (at a million entities that read the whole store): the figures on request
        assertThat(AuditLines.of(workspace, "statistics", TemplateWorkspace.ANALYST)).isEmpty();
        EntrySteps.waitUntil(60, () -> app.model().chartNameProperty().get().equals("Lage Ruhr"));
        robot.interact(app.model()::countVisible);
        EntrySteps.waitUntil(60, () -> app.model().statusProperty().get().startsWith("Sichtbar für Sie: "));
        assertThat(AuditLines.of(workspace, "statistics", TemplateWorkspace.ANALYST)).hasSize(1);
        assertThat(app.model().currentChart().entities()).containsOnlyKeys("mun-bochum", "mun-essen");
        assertThat(AuditLines.of(workspace, "entities", TemplateWorkspace.ANALYST))
                .as("the chart's records read with the analyst's purpose, on the log").anySatisfy(e ->
                        assertThat(e.json().path("ids").toString()).contains("mun-bochum").contains("mun-essen"));
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
