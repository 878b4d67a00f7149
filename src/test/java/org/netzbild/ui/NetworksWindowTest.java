package org.netzbild.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
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
import org.netzbild.analysis.NetworkFinder;
import org.netzbild.app.Analyses;
import org.netzbild.app.Workspace;
import org.netzbild.app.WorkspaceSettings;
import org.netzbild.security.AnalystSession;
import org.netzbild.security.Purpose;
import org.netzbild.security.Role;
import org.netzbild.security.Visibility;
import org.netzbild.testsupport.SmallNetwork;
import org.netzbild.testsupport.TemplateWorkspace;
import org.netzbild.testsupport.WindowSteps;
import org.netzbild.ui.analysis.NetworksWindow;
import org.netzbild.ui.analysis.PlayersWindow;
import org.netzbild.ui.analysis.SharedWindow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The supra-local finder's window, headless: an analyst of the police in Essen gives a
 * justification, finds the small network across Essen and Bottrop, reads its reasons and puts it
 * on the chart. A screenshot goes to target/screenshots for the user guides.
 */
class NetworksWindowTest {

    @TempDir
    static Path folder;
    private static Workspace workspace;
    private static final ExecutorService BACKGROUND = Executors.newSingleThreadExecutor();
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        Path copy = TemplateWorkspace.copyTo(folder.resolve("ws"));
        try (var writer = Workspace.open(WorkspaceSettings.embedded(copy, AnalystSession.unrestricted("schreiber", "pp-essen",
                new Purpose("AZ 1/26", "Test"))))) {
            SmallNetwork.write(writer.store());
        }
        var purpose = new Purpose("ST/0000002/2026", "Lagebild Kioske");
        var analyst = new AnalystSession(TemplateWorkspace.ANALYST, TemplateWorkspace.AGENCY, purpose,
                Visibility.of(TemplateWorkspace.ANALYST, TemplateWorkspace.AGENCY, purpose.caseReference()), Set.of(Role.ANALYST));
        workspace = Workspace.open(WorkspaceSettings.embedded(copy, analyst));
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.cleanupStages();
        BACKGROUND.shutdown();
        workspace.close();
    }

    @Test
    void anAnalystFindsTheNetworkWithAJustificationReadsItsReasonsAndPutsItOnTheChart() throws Exception {
        var putOnChart = new CopyOnWriteArrayList<List<String>>();
        NetworksWindow window = WaitForAsyncUtils.asyncFx(() -> {
            var w = new NetworksWindow(null, new Analyses(workspace), BACKGROUND, putOnChart::add,
                    new org.netzbild.app.Explorer(workspace)::entities);
            w.show();
            return w;
        }).get(10, TimeUnit.SECONDS);
        assertThat(this.<Button>node(window, "#networksRun").isDisabled()).as("no search without a justification").isTrue();

        robot.interact(() -> {
            this.<TextField>node(window, "#networksJustification").setText("Lagebild Kioske 2026");
            this.<Button>node(window, "#networksRun").fire();
        });
        TableView<NetworkFinder.Network> table = node(window, "#networksTable");
        WindowSteps.waitUntil(() -> table.getItems().size() == 1);
        WindowSteps.waitUntil(() -> this.<TextArea>node(window, "#networksReasons").getText().contains("Arno Beispiel (an-a)"));
        assertThat(this.<TextArea>node(window, "#networksReasons").getText())
                .contains("Bottrop", "Essen", "PP Recklinghausen", "Steuerfahndung", "an-inc", "C3", "Kiosk Beispiel (an-shop)");
        WindowSteps.screenshot(window.stage(), "networks.png");

        robot.interact(() -> this.<Button>node(window, "#networksToChart").fire());
        assertThat(putOnChart).containsExactly(List.of("an-a", "an-adr1", "an-adr2", "an-b", "an-inc", "an-shop"));
        assertThat(this.<Label>node(window, "#networksStatus").getText()).contains("#1");
        robot.interact(window.stage()::close);
    }

    /**
     * Key players and brokers of a chart: with a justification, the chart's entities in one table; the
     * kiosk in Essen and its owner in Bottrop broker between the two cities, and choosing a row selects
     * its entity on the chart.
     */
    @Test
    void anAnalystComputesTheChartsKeyPlayersAndBrokersAndChoosingOneSelectsItOnTheChart() throws Exception {
        var selected = new CopyOnWriteArrayList<List<String>>();
        var onChart = List.of("an-a", "an-b", "an-shop", "an-adr1", "an-adr2", "an-inc", "mun-essen", "mun-bottrop");
        PlayersWindow window = WaitForAsyncUtils.asyncFx(() -> {
            var w = new PlayersWindow(null, new Analyses(workspace), BACKGROUND, () -> onChart, selected::add,
                    new org.netzbild.app.Explorer(workspace)::entities);
            w.show();
            return w;
        }).get(10, TimeUnit.SECONDS);
        assertThat(WindowSteps.<Button>node(window.stage(), "#playersRun").isDisabled()).as("nothing without a justification")
                .isTrue();

        robot.interact(() -> {
            WindowSteps.<TextField>node(window.stage(), "#playersJustification").setText("Lagebild Kioske 2026");
            WindowSteps.<Button>node(window.stage(), "#playersRun").fire();
        });
        TableView<PlayersWindow.Row> table = WindowSteps.node(window.stage(), "#playersTable");
        WindowSteps.waitUntil(() -> table.getItems().size() == 6);
        var shop = table.getItems().stream().filter(r -> r.id().equals("an-shop")).findFirst().orElseThrow();
        assertThat(shop.caption()).isEqualTo("Kiosk Beispiel");
        assertThat(shop.brokerage()).isEqualTo(2.0);
        assertThat(shop.joins()).isEqualTo("Bottrop, Essen");
        assertThat(table.getItems().stream().filter(r -> r.id().equals("an-a")).findFirst().orElseThrow().brokerage())
                .as("no address: no city, and on no way between the two").isZero();
        assertThat(WindowSteps.<Label>node(window.stage(), "#playersStatus").getText()).contains("6 Objekte", "2 Vermittler");
        WindowSteps.screenshot(window.stage(), "players.png");

        robot.interact(() -> table.getSelectionModel().select(shop));
        assertThat(selected).containsExactly(List.of("an-shop"));
        robot.interact(window.stage()::close);
    }

    /**
     * Shared attributes across agencies: the kiosk whose manager the trade office and whose owner the
     * tax investigators recorded, with who knows whom, and put on the chart with both holders.
     */
    @Test
    void anAnalystFindsTheKioskTwoAgenciesKnowHoldersOfAndPutsItOnTheChart() throws Exception {
        var putOnChart = new CopyOnWriteArrayList<List<String>>();
        SharedWindow window = WaitForAsyncUtils.asyncFx(() -> {
            var w = new SharedWindow(null, new Analyses(workspace), BACKGROUND, putOnChart::add,
                    new org.netzbild.app.Explorer(workspace)::entities);
            w.show();
            return w;
        }).get(10, TimeUnit.SECONDS);
        assertThat(WindowSteps.<Button>node(window.stage(), "#sharedRun").isDisabled()).isTrue();

        robot.interact(() -> {
            WindowSteps.<TextField>node(window.stage(), "#sharedJustification").setText("Lagebild Kioske 2026");
            WindowSteps.<Button>node(window.stage(), "#sharedRun").fire();
        });
        TableView<org.netzbild.analysis.SharedAttributes.Overlap> table = WindowSteps.node(window.stage(), "#sharedTable");
        WindowSteps.waitUntil(() -> !table.getItems().isEmpty());
        assertThat(table.getItems().getFirst().id()).isEqualTo("an-shop");
        WindowSteps.waitUntil(() -> WindowSteps.<TextArea>node(window.stage(), "#sharedReasons").getText().contains("Arno Beispiel"));
        assertThat(WindowSteps.<TextArea>node(window.stage(), "#sharedReasons").getText())
                .startsWith("Kiosk Beispiel").contains("Gewerbeamt Essen: Arno Beispiel (an-a)", "Berta Beispiel (an-b)");
        WindowSteps.screenshot(window.stage(), "shared.png");

        robot.interact(() -> WindowSteps.<Button>node(window.stage(), "#sharedToChart").fire());
        assertThat(putOnChart).singleElement().satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder("an-shop", "an-a", "an-b"));
        robot.interact(window.stage()::close);
    }

    private <T extends Node> T node(NetworksWindow window, String id) {
        return WindowSteps.node(window.stage(), id);
    }
}
