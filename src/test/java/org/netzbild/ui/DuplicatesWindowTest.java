package org.netzbild.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.app.Duplicates;
import org.netzbild.app.Workspace;
import org.netzbild.app.WorkspaceSettings;
import org.netzbild.model.Entity;
import org.netzbild.model.WriteBatch;
import org.netzbild.resolve.Candidate;
import org.netzbild.security.AnalystSession;
import org.netzbild.security.Purpose;
import org.netzbild.security.Role;
import org.netzbild.security.Visibility;
import org.netzbild.store.WriteMode;
import org.netzbild.testsupport.Records;
import org.netzbild.testsupport.TemplateWorkspace;
import org.netzbild.testsupport.WindowSteps;
import org.netzbild.ui.duplicates.DuplicatesWindow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The possible duplicates window, headless: an editor of the police in Essen sees two pairs recorded
 * by the police and a tax office under other spellings, reads the reasons side by side, merges one
 * pair with a reason and notes the other as two persons; both leave the list and the store holds the
 * decisions. A screenshot goes to target/screenshots for the user guides.
 */
class DuplicatesWindowTest {

    private static final LocalDate BORN = LocalDate.of(1968, 1, 8);

    @TempDir
    static Path folder;
    private static Workspace workspace;
    private static final ExecutorService BACKGROUND = Executors.newSingleThreadExecutor();
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        var purpose = new Purpose("ST/0000001/2026", "Abgleich der Personen");
        var editor = new AnalystSession(TemplateWorkspace.EDITOR, TemplateWorkspace.AGENCY, purpose,
                Visibility.of(TemplateWorkspace.EDITOR, TemplateWorkspace.AGENCY, purpose.caseReference()), Set.of(Role.EDITOR));
        workspace = Workspace.open(WorkspaceSettings.embedded(TemplateWorkspace.copyTo(folder.resolve("ws")), editor));
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.cleanupStages();
        BACKGROUND.shutdown();
        workspace.close();
    }

    @Test
    void anEditorMergesOnePairAndRejectsTheOtherEachWithAReason() throws Exception {
        workspace.store().write(new WriteBatch(List.of(
                person("dw-1", "Jürgen Müller", TemplateWorkspace.AGENCY, BORN),
                person("dw-2", "Juergen Mueller", "fa-bottrop", BORN),
                person("dw-3", "Mohammed Al-Hassan", TemplateWorkspace.AGENCY, LocalDate.of(1990, 4, 11)),
                person("dw-4", "Muhammad El Hassan", "fa-bottrop", LocalDate.of(1990, 11, 4))), List.of()), WriteMode.CREATE);

        DuplicatesWindow window = shown();
        TableView<Candidate> table = node(window, "#duplicatesTable");
        WindowSteps.waitUntil(() -> ids(table).containsAll(List.of("dw-1+dw-2", "dw-3+dw-4")));
        robot.interact(() -> table.getSelectionModel().select(row(table, "dw-3+dw-4")));
        assertThat(this.<TextArea>node(window, "#duplicatesReasons").getText())
                .contains("Mohammed Al-Hassan", "Muhammad El Hassan", "teilweise", "1990-04-11 ~ 1990-11-04");
        WindowSteps.screenshot(window.stage(), "duplicates.png");

        robot.interact(() -> {
            table.getSelectionModel().select(row(table, "dw-1+dw-2"));
            this.<Button>node(window, "#duplicatesMerge").fire();
        });
        WindowSteps.waitUntil(() -> this.<Label>node(window, "#duplicatesStatus").getText().startsWith("Bitte den Grund"));
        robot.interact(() -> {
            this.<TextField>node(window, "#duplicatesReason").setText("eine Person: gleiche Anschrift und Geburtstag");
            this.<Button>node(window, "#duplicatesMerge").fire();
        });
        WindowSteps.waitUntil(() -> !ids(table).contains("dw-1+dw-2"));
        assertThat(workspace.store().entity("dw-2")).isEmpty();
        assertThat(workspace.store().statements("dw-1")).extracting(org.netzbild.model.Statement::id).contains("dw-2");

        robot.interact(() -> {
            table.getSelectionModel().select(row(table, "dw-3+dw-4"));
            this.<TextField>node(window, "#duplicatesReason").setText("Brüder, laut Meldeamt");
            this.<Button>node(window, "#duplicatesReject").fire();
        });
        WindowSteps.waitUntil(() -> !ids(table).contains("dw-3+dw-4"));
        assertThat(new Duplicates(workspace).candidates()).extracting(Candidate::id).doesNotContain("dw-3+dw-4");
        robot.interact(window.stage()::close);
    }

    @Test
    void anAgencysOwnTwoSpellingsOfOnePersonAreListedWhenAskedForWithinTheAgencyToo() throws Exception {
        workspace.store().write(new WriteBatch(List.of(
                person("dw-5", "Hans-Peter Schmitz", TemplateWorkspace.AGENCY, BORN),
                person("dw-6", "Hans Peter Schmitz", TemplateWorkspace.AGENCY, BORN)), List.of()), WriteMode.CREATE);

        DuplicatesWindow window = shown();
        TableView<Candidate> table = node(window, "#duplicatesTable");
        Label status = node(window, "#duplicatesStatus");
        WindowSteps.waitUntil(() -> status.getText().contains("Kandidat"));
        assertThat(ids(table)).as("across agencies only, at first").doesNotContain("dw-5+dw-6");

        robot.interact(() -> this.<javafx.scene.control.CheckBox>node(window, "#duplicatesWithinAgencies").setSelected(true));
        WindowSteps.waitUntil(() -> ids(table).contains("dw-5+dw-6"));
        robot.interact(() -> this.<javafx.scene.control.CheckBox>node(window, "#duplicatesWithinAgencies").setSelected(false));
        WindowSteps.waitUntil(() -> !ids(table).contains("dw-5+dw-6"));
        robot.interact(window.stage()::close);
    }

    @Test
    void anEditorUndoesAMergeFromTheWindowAfterConfirmingIt() throws Exception {
        workspace.store().write(new WriteBatch(List.of(
                person("um-1", "Ayşe Öztürk", TemplateWorkspace.AGENCY, LocalDate.of(1984, 3, 7)),
                person("um-2", "Ayse Oeztuerk", "fa-bottrop", LocalDate.of(1984, 3, 7))), List.of()), WriteMode.CREATE);
        var merged = new Duplicates(workspace).accept("um-1+um-2", "gleiche Person laut Akte");
        assertThat(workspace.store().entity("um-2")).isEmpty();

        DuplicatesWindow window = shown();
        TableView<org.netzbild.model.MergeRecord> merges = node(window, "#mergesTable");
        WindowSteps.waitUntil(() -> merges.getItems().stream().anyMatch(m -> m.id().equals(merged.id())));
        robot.interact(() -> {
            this.<javafx.scene.control.TabPane>node(window, "#duplicatesTabs").getSelectionModel().select(1);
            merges.getSelectionModel().select(merges.getItems().stream().filter(m -> m.id().equals(merged.id())).findFirst().orElseThrow());
            this.<TextField>node(window, "#duplicatesReason").setText("doch zwei Personen: Meldeamt");
        });
        WindowSteps.screenshot(window.stage(), "duplicates-merges.png");
        // the merges are listed by the names a reader knows, with the ids beside them
        assertThat(cellTexts(merges, 1)).contains("Ayşe Öztürk (um-1)");
        assertThat(cellTexts(merges, 2)).contains("Ayse Oeztuerk (um-2)");

        // cancelled: nothing happens
        robot.interact(() -> this.<Button>node(window, "#duplicatesUnmerge").fire());
        var cancelled = confirmation();
        robot.interact(() -> ((Button) cancelled.lookupButton(javafx.scene.control.ButtonType.CANCEL)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.store().entity("um-2")).isEmpty();
        assertThat(merges.getItems()).extracting(org.netzbild.model.MergeRecord::id).contains(merged.id());

        // confirmed: both persons as before, the merge gone from the list
        robot.interact(() -> this.<Button>node(window, "#duplicatesUnmerge").fire());
        var pane = confirmation();
        assertThat(pane.getContentText()).contains("Ayşe Öztürk (um-1)", "Ayse Oeztuerk (um-2)");
        robot.interact(() -> ((Button) pane.lookupButton(javafx.scene.control.ButtonType.OK)).fire());
        WindowSteps.waitUntil(() -> merges.getItems().stream().noneMatch(m -> m.id().equals(merged.id())));
        assertThat(workspace.store().entity("um-2")).isPresent();
        assertThat(workspace.store().entity("um-1")).isPresent();
        assertThat(workspace.store().merges()).extracting(org.netzbild.model.MergeRecord::id).doesNotContain(merged.id());
        assertThat(this.<Label>node(window, "#duplicatesStatus").getText()).contains("Aufgehoben: Ayşe Öztürk (um-1) / Ayse Oeztuerk (um-2).");
        // the pair is a candidate again
        WindowSteps.waitUntil(() -> this.<TableView<Candidate>>node(window, "#duplicatesTable").getItems().stream()
                .anyMatch(c -> c.id().equals("um-1+um-2")));
        robot.interact(window.stage()::close);
    }

    /** The window, shown: it looks for the candidates at once. */
    private static DuplicatesWindow shown() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var w = new DuplicatesWindow(null, new Duplicates(workspace), BACKGROUND);
            w.show();
            return w;
        }).get(10, TimeUnit.SECONDS);
    }

    /** The confirmation the window shows, once it is showing. */
    private static javafx.scene.control.DialogPane confirmation() throws Exception {
        WindowSteps.waitUntil(() -> dialogPane() != null);
        return WaitForAsyncUtils.asyncFx(DuplicatesWindowTest::dialogPane).get(10, TimeUnit.SECONDS);
    }

    private static javafx.scene.control.DialogPane dialogPane() {
        return javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isShowing)
                .filter(w -> w.getScene() != null)
                .map(w -> w.getScene().getRoot().lookup(".dialog-pane"))
                .filter(pane -> pane instanceof javafx.scene.control.DialogPane)
                .map(javafx.scene.control.DialogPane.class::cast).findFirst().orElse(null);
    }

    private static Entity person(String id, String name, String agency, LocalDate born) {
        return new Entity(id, "Person", Records.props("name", name, "birthDate", born), Records.from(agency));
    }

    private static List<String> ids(TableView<Candidate> table) {
        return table.getItems().stream().map(Candidate::id).toList();
    }

    private static Candidate row(TableView<Candidate> table, String id) {
        return table.getItems().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private <T extends Node> T node(DuplicatesWindow window, String id) {
        return WindowSteps.node(window.stage(), id);
    }

    /** The texts of a table's column {@code column} as its cells show them. */
    private static java.util.List<String> cellTexts(TableView<?> table, int column) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> table.lookupAll(".table-row-cell").stream()
                .map(row -> ((javafx.scene.control.TableRow<?>) row).getChildrenUnmodifiable().get(column))
                .map(cell -> ((javafx.scene.control.TableCell<?, ?>) cell).getText()).filter(java.util.Objects::nonNull)
                .toList()).get(10, TimeUnit.SECONDS);
    }
}
