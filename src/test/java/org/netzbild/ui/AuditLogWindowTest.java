package org.netzbild.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.app.Explorer;
import org.netzbild.app.WorkspaceAddress;
import org.netzbild.app.WorkspaceGate;
import org.netzbild.app.AuditLine;
import org.netzbild.security.Purpose;
import org.netzbild.testsupport.AuditLines;
import org.netzbild.testsupport.TemplateWorkspace;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A data-protection officer signs in to the desktop, finds the audit log under Extras, and asks
 * who has seen a record: the window lists the analyst's reads of it, says the chain is intact, and
 * its own reading lands on the log. One test, the steps as the officer takes them.
 */
class AuditLogWindowTest {

    @TempDir
    static Path folder;
    private static NetzbildApp app;
    private static Path workspace;
    private static String seenId;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void anAnalystLookedSomethingUpThenTheOfficerSignsIn() throws Exception {
        workspace = TemplateWorkspace.copyTo(folder.resolve("workspace"));
        try (var gate = WorkspaceGate.open(WorkspaceAddress.embedded(workspace));
             var analyst = gate.enter(gate.signIn(TemplateWorkspace.ANALYST, TemplateWorkspace.PASSWORD.toCharArray()),
                     new Purpose("ST/0418822/2025", "Auswertung Gewerbeamt"))) {
            var hits = new Explorer(analyst).search("Essen", 5);
            seenId = hits.getFirst().entity().id();
            new Explorer(analyst).entity(seenId);
        }
        FxToolkit.registerPrimaryStage();
        app = (NetzbildApp) FxToolkit.setupApplication(NetzbildApp.class,
                "--store", workspace.toString(), "--demo-persons", "0");
        new EntrySteps(new FxRobot()).signInAndStatePurpose(TemplateWorkspace.DATA_PROTECTION, TemplateWorkspace.PASSWORD,
                "DS-2026-12", "Kontrolle der Zugriffe auf Essen");
        EntrySteps.waitUntil(120, () -> app.model().readyProperty().get());
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void theOfficerFindsWhoHasSeenARecordAndTheReadingIsLogged() throws Exception {
        assertThat(app.model().statusProperty().get()).contains("Rolle Datenschutz");
        MenuItem menuItem = robot.lookup("#menuBar").<MenuBar>query().getMenus().stream()
                .flatMap(menu -> menu.getItems().stream()).filter(item -> "action.auditLog".equals(item.getId()))
                .findFirst().orElseThrow();
        assertThat(menuItem.isVisible()).isTrue();

        robot.interact(() -> {
            app.view().showAuditLog();
        });
        EntrySteps.waitUntil(60, () -> robot.lookup("#auditTable").tryQuery().isPresent()
                && !robot.lookup("#auditSummary").<Label>query().getText().isEmpty());
        TableView<AuditLine> table = robot.lookup("#auditTable").query();
        assertThat(table.getItems()).isNotEmpty();
        assertThat(robot.lookup("#auditChainState").<Label>query().getText()).startsWith("Protokoll unverändert");

        robot.interact(() -> robot.lookup("#auditRecord").<TextField>query().setText(seenId));
        robot.interact(() -> robot.lookup("#auditUser").<TextField>query().setText(TemplateWorkspace.ANALYST));
        String before = robot.lookup("#auditSummary").<Label>query().getText();
        robot.clickOn("#auditSearch");
        EntrySteps.waitUntil(60, () -> !robot.lookup("#auditSummary").<Label>query().getText().equals(before)
                && table.getItems().stream().allMatch(e -> e.names(seenId)));

        assertThat(table.getItems()).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.user()).isEqualTo(TemplateWorkspace.ANALYST);
            assertThat(entry.caseReference()).isEqualTo("ST/0418822/2025");
        });
        assertThat(table.getItems()).extracting(AuditLine::action).contains("search", "entity");
        var reading = AuditLines.of(workspace, "auditRead", TemplateWorkspace.DATA_PROTECTION).getLast();
        assertThat(reading.get("operation")).isEqualTo("AUDIT_READ");
        assertThat(reading.get("case")).isEqualTo("DS-2026-12");
        assertThat(reading.get("criteria")).contains("record=" + seenId, "user=" + TemplateWorkspace.ANALYST);
        assertThat(reading.json().path("ids").get(0).asText()).isEqualTo(seenId);
        screenshot(table);
    }

    /** A picture of the window for the user guides ({@code target/screenshots}). */
    private void screenshot(TableView<AuditLine> table) throws Exception {
        Path screenshots = Path.of(System.getProperty("netzbild.screenshots", "target/screenshots"));
        java.nio.file.Files.createDirectories(screenshots);
        javafx.scene.image.WritableImage image = org.testfx.util.WaitForAsyncUtils
                .asyncFx(() -> table.getScene().snapshot(null)).get();
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                screenshots.resolve("audit-window.png").toFile());
    }
}
