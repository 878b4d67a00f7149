package org.netzbild.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextInputControl;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dialogs before any data, filled in as a user would: the first ADMIN account, the sign-in,
 * the purpose. Each step waits for its dialog, types into its fields and presses OK.
 */
final class EntrySteps {

    private final FxRobot robot;

    EntrySteps(FxRobot robot) {
        this.robot = robot;
    }

    /** Signs in and states the purpose: what every window test does before it sees data. */
    void signInAndStatePurpose(String user, String password, String caseReference, String reason) throws TimeoutException {
        signIn(user, password);
        statePurpose(caseReference, reason);
    }

    void signIn(String user, String password) throws TimeoutException {
        type("#signInUser", user);
        type("#signInPassword", password);
        ok("#signInDialog");
    }

    void statePurpose(String caseReference, String reason) throws TimeoutException {
        type("#purposeCase", caseReference);
        type("#purposeReason", reason);
        ok("#purposeDialog");
    }

    void createFirstAdmin(String name, String agency, String password) throws TimeoutException {
        type("#firstAdminName", name);
        robot.interact(() -> robot.lookup("#firstAdminAgency").<javafx.scene.control.ComboBox<String>>query().setValue(agency));
        type("#firstAdminPassword", password);
        type("#firstAdminPasswordAgain", password);
        ok("#firstAdminDialog");
    }

    /** Waits for a field of a dialog and sets its text. */
    void type(String field, String text) throws TimeoutException {
        waitUntil(240, () -> robot.lookup(field).tryQuery().isPresent());
        robot.interact(() -> robot.lookup(field).<TextInputControl>query().setText(text));
    }

    /** Presses OK in the dialog of this id. */
    void ok(String dialog) throws TimeoutException {
        waitUntil(10, () -> robot.lookup(dialog).tryQuery().isPresent());
        DialogPane pane = robot.lookup(dialog).query();
        robot.interact(((Button) pane.lookupButton(ButtonType.OK))::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A picture of a dialog, for the user guides ({@code target/screenshots}, copied to docs/images). */
    void screenshot(String dialog, String name) throws Exception {
        DialogPane pane = robot.lookup(dialog).query();
        java.nio.file.Path screenshots = java.nio.file.Path.of(System.getProperty("netzbild.screenshots", "target/screenshots"));
        java.nio.file.Files.createDirectories(screenshots);
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> pane.getScene().snapshot(null)).get();
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                screenshots.resolve(name).toFile());
    }

    static void waitUntil(int seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get(seconds, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
