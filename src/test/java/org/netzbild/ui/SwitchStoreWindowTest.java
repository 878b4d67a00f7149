package org.netzbild.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.testsupport.TemplateWorkspace;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Switching the store from the explorer's window, on the headless JavaFX platform. A class of its
 * own, with a workspace without demo data, because the switch leaves the window on another store:
 * in {@link ExplorerWindowTest} every test after it would depend on whether it had run.
 */
class SwitchStoreWindowTest {

    @TempDir
    static Path folder;
    private static NetzbildApp app;
    private static org.netzbild.testsupport.LocalBoltServer teamServer;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (NetzbildApp) FxToolkit.setupApplication(NetzbildApp.class,
                "--store", TemplateWorkspace.copyTo(folder.resolve("workspace")).toString(), "--demo-persons", "0");
        new EntrySteps(new FxRobot()).signInAndStatePurpose(TemplateWorkspace.EDITOR, TemplateWorkspace.PASSWORD,
                "AZ 1", "Datenbestand wechseln");
        waitUntil(240, () -> app.model().readyProperty().get());
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        if (teamServer != null) {
            teamServer.close();
        }
    }

    @Test
    void theStoreCanBeSwitchedAndAWrongAddressIsExplainedInTheDialog() throws Exception {
        Platform.runLater(app.view()::switchStore);
        waitUntil(10, () -> robot.lookup("#connectionUri").tryQuery().isPresent());
        TextField uri = robot.lookup("#connectionUri").query();
        robot.clickOn("Neo4j-Server oder -Cluster");
        robot.interact(() -> uri.setText("http://server.example:7474"));
        DialogPane pane = uri.getScene().getRoot().lookupAll(".dialog-pane").stream()
                .map(DialogPane.class::cast).findFirst().orElseThrow();
        robot.interact(((Button) pane.lookupButton(ButtonType.OK))::fire);
        assertThat(robot.lookup("#connectionProblem").queryLabeled().getText()).startsWith("Ungültige Angabe");

        Path other = TemplateWorkspace.copyTo(folder.resolve("other-workspace"));
        robot.clickOn("Eingebetteter Arbeitsbereich (Ordner, offline)");
        TextField chosen = robot.lookup("#connectionFolder").query();
        robot.interact(() -> chosen.setText(other.toString()));
        robot.interact(((Button) pane.lookupButton(ButtonType.OK))::fire);
        // accounts belong to a workspace: the other one asks for a sign-in of its own
        new EntrySteps(robot).signInAndStatePurpose(TemplateWorkspace.ANALYST, TemplateWorkspace.PASSWORD,
                "AZ 2", "Anderer Datenbestand");
        waitUntil(120, () -> app.model().storeDescriptionProperty().get().contains(other.toString())
                && app.model().readyProperty().get() && app.model().workspace().session().user().equals(TemplateWorkspace.ANALYST));

        assertThat(app.model().chartProperty().get().entities()).isEmpty();
    }

    /**
     * {@code app --uri … --user …} (reliability issue: the desktop takes the store options every
     * command takes): the connection dialog comes filled in from the start options, the user types
     * the password, and the desktop connects to the server and asks for a sign-in there.
     */
    @Test
    void aServerNamedAtTheStartFillsTheConnectionDialogAndTheTypedPasswordConnects() throws Exception {
        Path served = TemplateWorkspace.copyTo(folder.resolve("served"));
        // stopped after the application, which may still be connected to it
        teamServer = org.netzbild.testsupport.LocalBoltServer.start(org.netzbild.store.embedded.StoreFolders.graph(served));
        var server = teamServer;
        {
            var options = StartOptions.parse(java.util.List.of("--uri", server.uri(), "--user", "neo4j",
                    "--store", folder.resolve("client").toString()));
            Platform.runLater(() -> app.view().connectAtStart(options));
            waitUntil(10, () -> robot.lookup("#connectionUri").tryQuery().isPresent());
            TextField uri = robot.lookup("#connectionUri").query();
            assertThat(uri.getText()).isEqualTo(server.uri());
            assertThat(uri.isDisabled()).as("the server is chosen").isFalse();
            javafx.scene.control.PasswordField password = robot.lookup("#connectionPassword").query();
            robot.interact(() -> password.setText("unbenutzt"));
            DialogPane pane = uri.getScene().getRoot().lookupAll(".dialog-pane").stream()
                    .map(DialogPane.class::cast).findFirst().orElseThrow();
            robot.interact(((Button) pane.lookupButton(ButtonType.OK))::fire);

            new EntrySteps(robot).signInAndStatePurpose(TemplateWorkspace.ANALYST, TemplateWorkspace.PASSWORD,
                    "AZ 3", "Teamserver");
            waitUntil(120, () -> app.model().storeDescriptionProperty().get().contains(server.uri())
                    && app.model().readyProperty().get());
        }
    }

    /** Waits until the condition holds, evaluated on the JavaFX thread. */
    private static void waitUntil(int seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get(seconds, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
