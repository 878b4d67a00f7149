package org.netzbild.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ListView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.demo.PlantedNetwork;
import org.netzbild.demo.PlantedNetworks;
import org.netzbild.model.SearchHit;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desktop as the README's run command starts it, on the headless JavaFX platform: it opens an
 * empty workspace, fills it with demo data in the background, and draws the neighbourhood of a
 * planted person found under a variant spelling.
 */
class ExplorerWindowTest {

    @TempDir
    static Path workspace;
    private static NetzbildApp app;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        System.setProperty("org.graphstream.ui", "javafx");
        FxToolkit.registerPrimaryStage();
        app = (NetzbildApp) FxToolkit.setupApplication(NetzbildApp.class,
                "--store", workspace.toString(), "--demo-persons", "300");
        waitUntil(240, () -> app.model().readyProperty().get());
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void searchingAPlantedPersonUnderAnotherSpellingDrawsTheirNeighbourhood() throws Exception {
        PlantedNetwork shishaChain = PlantedNetworks.load().getFirst();

        robot.clickOn("#search").write("Dirk Hofmann").type(KeyCode.ENTER);
        waitUntil(30, () -> app.model().results().stream().anyMatch(h -> h.entity().id().equals(shishaChain.start())));
        ListView<SearchHit> results = robot.lookup("#results").queryListView();
        robot.interact(() -> results.getSelectionModel().select(app.model().results().stream()
                .filter(h -> h.entity().id().equals(shishaChain.start())).findFirst().orElseThrow()));
        waitUntil(30, () -> app.view().chart().nodeCount() > 1);

        var chart = app.view().chart();
        assertThat(chart.shows(shishaChain.start())).isTrue();
        assertThat(shishaChain.members().stream().filter(chart::shows).count()).isGreaterThan(1);
        assertThat(chart.linkCount()).isGreaterThanOrEqualTo(chart.nodeCount() - 1);
        assertThat(robot.lookup("#status").queryLabeled().getText()).startsWith("Umfeld:");

        Thread.sleep(2500); // let the force layout spread the nodes before the picture is taken
        screenshot("explorer.png");
    }

    private void screenshot(String name) throws Exception {
        Path folder = Path.of(System.getProperty("netzbild.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> app.view().getScene().snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", folder.resolve(name).toFile());
    }

    private static void waitUntil(int seconds, java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    }
}
