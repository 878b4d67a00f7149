package org.netzbild.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.app.ReviewQueue;
import org.netzbild.app.Workspace;
import org.netzbild.app.WorkspaceSettings;
import org.netzbild.model.Entity;
import org.netzbild.model.Handling;
import org.netzbild.model.WriteBatch;
import org.netzbild.security.AnalystSession;
import org.netzbild.security.Purpose;
import org.netzbild.security.Role;
import org.netzbild.security.Visibility;
import org.netzbild.store.WriteMode;
import org.netzbild.testsupport.Records;
import org.netzbild.testsupport.TemplateWorkspace;
import org.netzbild.testsupport.WindowSteps;
import org.netzbild.ui.review.ReviewQueueWindow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The review queue window, headless: the data protection officer of the police in Essen sees the
 * agency's overdue records, is told that a decision needs a reason, keeps one record until a new
 * date and restricts another to need-to-know; each leaves the list and the store holds the decision.
 * A screenshot goes to target/screenshots for the user guides.
 */
class ReviewQueueWindowTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @TempDir
    static Path folder;
    private static Workspace workspace;
    private static final ExecutorService BACKGROUND = Executors.newSingleThreadExecutor();
    private final FxRobot robot = new FxRobot();
    private final Records r = new Records();

    @BeforeAll
    static void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        // an officer who also records (so the test can write what falls due), restricted to the agency
        var purpose = new Purpose("DS 2026/14", "Aussonderungsprüfung");
        var officer = new AnalystSession(TemplateWorkspace.DATA_PROTECTION, TemplateWorkspace.AGENCY, purpose,
                Visibility.of(TemplateWorkspace.DATA_PROTECTION, TemplateWorkspace.AGENCY, purpose.caseReference()),
                Set.of(Role.DATA_PROTECTION, Role.EDITOR));
        workspace = Workspace.open(WorkspaceSettings.embedded(TemplateWorkspace.copyTo(folder.resolve("ws")), officer));
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.cleanupStages();
        BACKGROUND.shutdown();
        workspace.close();
    }

    @Test
    void theOfficerKeepsOneOverdueRecordAndRestrictsAnotherEachWithAReason() throws Exception {
        Entity kept = overdue("kept", "Andrea Fristablauf");
        Entity restricted = overdue("restricted", "Bernd Fristablauf");
        workspace.store().write(new WriteBatch(List.of(kept, restricted), List.of()), WriteMode.CREATE);

        ReviewQueueWindow window = WaitForAsyncUtils.asyncFx(() -> {
            var w = new ReviewQueueWindow(null, new ReviewQueue(workspace), BACKGROUND);
            w.show();
            return w;
        }).get(10, TimeUnit.SECONDS);
        TableView<Entity> table = node(window, "#reviewTable");
        WindowSteps.waitUntil(() -> table.getItems().stream().map(Entity::id).toList().containsAll(List.of(kept.id(), restricted.id())));
        WindowSteps.screenshot(window.stage(), "review-queue.png");

        robot.interact(() -> table.getSelectionModel().select(row(table, kept)));
        robot.interact(() -> this.<Button>node(window, "#reviewKeep").fire());
        WindowSteps.waitUntil(() -> this.<Label>node(window, "#reviewStatus").getText().startsWith("Bitte den Grund"));

        LocalDate until = TODAY.plusYears(2);
        robot.interact(() -> {
            this.<TextField>node(window, "#reviewReason").setText("Ermittlungsverfahren läuft noch");
            this.<DatePicker>node(window, "#reviewUntil").setValue(until);
            this.<Button>node(window, "#reviewKeep").fire();
        });
        WindowSteps.waitUntil(() -> table.getItems().stream().noneMatch(e -> e.id().equals(kept.id())));
        assertThat(this.<Label>node(window, "#reviewStatus").getText()).startsWith("Entschieden: Andrea Fristablauf.");
        assertThat(workspace.store().entity(kept.id()).orElseThrow().provenance().reviewBy()).isEqualTo(until);

        robot.interact(() -> {
            table.getSelectionModel().select(row(table, restricted));
            this.<ChoiceBox<Handling>>node(window, "#reviewHandling").setValue(Handling.NEED_TO_KNOW);
            this.<TextField>node(window, "#reviewReason").setText("nur noch für die Sachbearbeitung");
            this.<Button>node(window, "#reviewRestrict").fire();
        });
        WindowSteps.waitUntil(() -> table.getItems().stream().noneMatch(e -> e.id().equals(restricted.id())));
        // need-to-know without named users: the recorder alone sees it now, the officer (who recorded it) too
        assertThat(workspace.store().entity(restricted.id()).orElseThrow().provenance().handling())
                .isEqualTo(Handling.NEED_TO_KNOW);
        robot.interact(window.stage()::close);
    }

    private Entity overdue(String local, String name) {
        return new Entity(r.id(local), "Person", Records.props("name", name, "birthDate", LocalDate.of(1970, 1, 1)),
                org.netzbild.model.Provenance.of(TemplateWorkspace.AGENCY, "ST/0815/2014",
                        java.time.Instant.parse("2014-03-01T09:00:00Z"), TemplateWorkspace.DATA_PROTECTION,
                        org.netzbild.model.Grading.eu("B2")).reviewedBy(TODAY.minusDays(2)));
    }

    private static Entity row(TableView<Entity> table, Entity wanted) {
        return table.getItems().stream().filter(e -> e.id().equals(wanted.id())).findFirst().orElseThrow();
    }

    private <T extends Node> T node(ReviewQueueWindow window, String id) {
        return WindowSteps.node(window.stage(), id);
    }
}
