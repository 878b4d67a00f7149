package org.netzbild.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** What the tests of a single window do again and again: look a control up, wait for the FX thread, take a screenshot. */
public final class WindowSteps {

    private WindowSteps() {
    }

    /** The control with this CSS id ({@code #table}) in the stage's scene. */
    @SuppressWarnings("unchecked")
    public static <T extends Node> T node(Stage stage, String id) {
        return (T) stage.getScene().lookup(id);
    }

    /** Waits up to a minute until {@code condition}, asked on the FX thread, holds, then for the FX events it caused. */
    public static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The stage's scene as a PNG in {@code target/screenshots} (or {@code netzbild.screenshots}), for the user guides. */
    public static void screenshot(Stage stage, String name) throws Exception {
        Path target = Path.of(System.getProperty("netzbild.screenshots", "target/screenshots"));
        Files.createDirectories(target);
        var image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", target.resolve(name).toFile());
    }
}
