package org.netzbild.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.chart.PlaceIndex;
import org.netzbild.demo.PlantedNetwork;
import org.netzbild.demo.PlantedNetworks;
import org.netzbild.model.Entity;
import org.netzbild.model.SearchHit;
import org.netzbild.ui.inspector.InspectorPane;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The explorer as an investigator uses it, on the headless JavaFX platform with the window the
 * README's run command opens: the workspace fills with demo data in the background, then search →
 * add → expand, filter by agency, time window, inspect provenance, save → reopen → undo/redo, a
 * new entity and a new link by form with a validation error first, shortest path, lasso, an
 * expansion along chosen link types. The workspace is opened once for the class (filling it takes
 * minutes); each test starts from a known state of its own ({@link #givenAnEmptyChart},
 * {@link #givenTheNeighbourhoodOfThePlantedChain}), so that the tests run alone or in any order;
 * what a test writes to the store (a new entity, a new link) stays outside the planted chain's
 * neighbourhood that the others draw. Nothing waits for a fixed time: every wait is for a
 * condition. Screenshots go to {@code target/screenshots}, each once the layout has come to rest
 * (the README and the user guides show copies of them from {@code docs/images}).
 */
class ExplorerWindowTest {

    @TempDir
    static Path workspace;
    private static NetzbildApp app;
    private static final PlantedNetwork SHISHA_CHAIN = PlantedNetworks.load().getFirst();
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (NetzbildApp) FxToolkit.setupApplication(NetzbildApp.class,
                "--store", workspace.toString(), "--demo-persons", "300");
        // a restricted EDITOR of PP Essen (a demo account), as the user guide tells a new user to sign in
        new EntrySteps(new FxRobot()).signInAndStatePurpose("ermittler.essen", org.netzbild.app.DemoAccounts.PASSWORD,
                "ST/0418822/2025", "Auswertung der Verbundkontrolle");
        waitUntil(240, () -> app.model().readyProperty().get());
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    /** A test that failed half-way may have left a dialog open; no test starts with one. */
    @BeforeEach
    void closeLeftOverDialogs() {
        robot.interact(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w != app.view().getScene().getWindow())
                .filter(w -> w instanceof javafx.stage.Stage).map(javafx.stage.Stage.class::cast)
                .toList().forEach(javafx.stage.Stage::close));
    }

    /**
     * The chart empty, every filter off, nothing selected or highlighted, the continuous layout
     * running, the side panel on its first tab (the inspector): as at the start.
     */
    private void givenAnEmptyChart() throws Exception {
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#filterReset").query()).fire());
        robot.interact(() -> robot.lookup("#sideTabs").<javafx.scene.control.TabPane>query().getSelectionModel().selectFirst());
        robot.interact(() -> app.model().highlighted().clear());
        robot.interact(app.model()::clearChart);
        robot.interact(() -> app.model().selection().clear());
        // reopening a saved chart or a one-shot layout stops the continuous one; at the start it runs
        robot.interact(app.view().chart()::startLayout);
        waitUntil(10, () -> app.view().chart().nodeCount() == 0);
    }

    /** The planted chain's first person and its neighbours on the chart, every filter off, nothing selected. */
    private void givenTheNeighbourhoodOfThePlantedChain() throws Exception {
        givenAnEmptyChart();
        robot.interact(() -> app.model().showEntities(List.of(SHISHA_CHAIN.start())));
        waitUntil(10, () -> app.view().chart().nodeCount() == 1);
        robot.interact(() -> app.model().selection().setAll(SHISHA_CHAIN.start()));
        robot.interact(() -> app.model().expandSelection());
        waitUntil(30, () -> app.view().chart().nodeCount() > 1);
        robot.interact(() -> app.model().selection().clear());
    }

    @Test
    void searchAddAndExpandDrawTheNeighbourhoodOfAPlantedPersonFoundUnderAnotherSpelling() throws Exception {
        givenAnEmptyChart();
        robot.interact(() -> robot.lookup("#search").queryTextInputControl().clear());
        robot.clickOn("#search").write("Dirk Hofmann").type(KeyCode.ENTER);
        waitUntil(30, () -> app.model().results().stream().anyMatch(h -> h.entity().id().equals(SHISHA_CHAIN.start())));
        ListView<SearchHit> results = robot.lookup("#results").queryListView();
        robot.interact(() -> results.getSelectionModel().select(hit(SHISHA_CHAIN.start())));
        robot.clickOn("#addToChart");
        waitUntil(10, () -> app.view().chart().nodeCount() == 1);
        assertThat(app.model().selection()).containsExactly(SHISHA_CHAIN.start());

        robot.clickOn("#expandButton");
        waitUntil(30, () -> app.view().chart().nodeCount() > 1);

        var chart = app.view().chart();
        assertThat(chart.shows(SHISHA_CHAIN.start())).isTrue();
        assertThat(SHISHA_CHAIN.members().stream().filter(chart::shows).count()).isGreaterThan(1);
        assertThat(chart.linkCount()).isGreaterThanOrEqualTo(chart.nodeCount() - 1);
        javafx.scene.layout.VBox legend = robot.lookup("#legend").query();
        List<String> legendTexts = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> legend.lookupAll(".label").stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList()).get(10, java.util.concurrent.TimeUnit.SECONDS);
        var linkTypes = app.model().chartProperty().get().links().values().stream()
                .map(l -> org.netzbild.app.Labels.linkType(l.type())).distinct().toList();
        assertThat(linkTypes).isNotEmpty();
        assertThat(legendTexts).contains("Verbindungen").containsAll(linkTypes);
        screenshot("explorer.png");
    }

    /**
     * Search that helps analysis (issue 19): it says when there are more hits than shown, narrows to
     * one entity type (searched for alone) and among the hits to one agency, and puts every shown hit
     * on the chart at once.
     */
    @Test
    void searchSaysWhenThereAreMoreNarrowsByTypeAndAgencyAndPutsAllOnTheChart() throws Exception {
        givenAnEmptyChart();
        robot.interact(() -> robot.lookup("#search").queryTextInputControl().clear());
        // a prefix of many names, streets and places: more hits than the 50 shown
        robot.clickOn("#search").write("Ma").type(KeyCode.ENTER);
        waitUntil(30, () -> app.model().results().size() == 50);
        javafx.scene.control.Label more = robot.lookup("#searchMore").query();
        waitUntil(10, more::isVisible);
        assertThat(app.model().statusProperty().get()).contains("es gibt mehr");

        javafx.scene.control.ChoiceBox<String> type = robot.lookup("#searchType").query();
        robot.interact(() -> type.setValue("Address"));
        waitUntil(30, () -> !app.model().results().isEmpty()
                && app.model().results().stream().allMatch(h -> h.entity().type().equals("Address")));
        assertThat(app.model().results()).allSatisfy(h -> assertThat(h.field()).isIn("street", "city", "full", "postalCode"));

        robot.interact(() -> type.setValue(""));
        waitUntil(30, () -> app.model().results().stream().map(h -> h.entity().type()).distinct().count() > 1);
        javafx.scene.control.ChoiceBox<String> agency = robot.lookup("#searchAgency").query();
        ListView<SearchHit> results = robot.lookup("#results").queryListView();
        String chosen = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> agency.getItems().get(1)).get(10, java.util.concurrent.TimeUnit.SECONDS);
        robot.interact(() -> agency.setValue(chosen));
        assertThat(results.getItems()).isNotEmpty().hasSizeLessThan(app.model().results().size())
                .allSatisfy(h -> assertThat(h.agencies()).contains(chosen));

        var shown = results.getItems().stream().map(h -> h.entity().id()).toList();
        robot.clickOn("#addAllToChart");
        waitUntil(30, () -> app.model().chartProperty().get().entities().keySet().containsAll(shown));
        assertThat(app.model().chartProperty().get().entities()).hasSize(shown.size());
        robot.interact(() -> agency.setValue(""));
    }

    /** Search with the duplicate matcher's name keys (issue 20, ADR 0037): a spelling the text index cannot reach, with the reason shown. */
    @Test
    void searchFindsAPersonUnderATransliterationOnlyTheMatchersKeysJoinAndSaysWhy() throws Exception {
        givenAnEmptyChart();
        String id = "keys-" + System.nanoTime();
        app.model().workspace().store().create(new Entity(id, "Person", java.util.Map.of("name", "Muhammad El Hassan",
                "birthDate", java.time.LocalDate.of(1979, 4, 2)), org.netzbild.model.Provenance.of("pp-essen", "ST/0418822/2025",
                java.time.Instant.now(), "ermittler.essen", org.netzbild.model.Grading.eu("B2"))));
        robot.interact(() -> robot.lookup("#search").queryTextInputControl().clear());
        robot.clickOn("#search").write("Mohamed Hasan").type(KeyCode.ENTER);
        waitUntil(30, () -> app.model().results().stream().anyMatch(h -> h.entity().id().equals(id)));

        SearchHit found = hit(id);
        assertThat(found.reason()).isEqualTo("Mohamed Hasan ~ Muhammad El Hassan: 0.95");
        ListView<SearchHit> results = robot.lookup("#results").queryListView();
        robot.interact(() -> {
            results.getSelectionModel().select(found);
            results.scrollTo(found);
        });
        waitUntil(10, () -> results.lookupAll(".list-cell").stream().map(n -> ((javafx.scene.control.ListCell<?>) n).getText())
                .anyMatch(t -> t != null && t.contains("Muhammad El Hassan")
                        && t.contains("Schreibweise: Mohamed Hasan ~ Muhammad El Hassan: 0.95")));
        screenshot("search-name-keys.png");

        // a tax office's record of the same person: the "possible duplicate" hint in the results and the inspector
        String other = "keys-fa-" + System.nanoTime();
        app.model().workspace().store().create(new Entity(other, "Person", java.util.Map.of("name", "Mohammed Al-Hassan",
                "birthDate", java.time.LocalDate.of(1979, 4, 2)), org.netzbild.model.Provenance.of("fa-bottrop", "St.-Nr. 1",
                java.time.Instant.now(), "fa.bottrop", org.netzbild.model.Grading.eu("B2"))));
        // what the import wizard calls when an import ends: the hint looks again
        robot.interact(app.model()::storeChanged);
        waitUntil(60, () -> app.model().possibleDuplicates().containsKey(id));
        assertThat(app.model().possibleDuplicates().get(id)).startsWith("Mohammed Al-Hassan · ");
        waitUntil(10, () -> results.lookupAll(".list-cell").stream().map(n -> ((javafx.scene.control.ListCell<?>) n).getText())
                .anyMatch(t -> t != null && t.contains("Muhammad El Hassan") && t.contains("Mögliche Dublette: Mohammed Al-Hassan")));
        robot.interact(() -> app.model().add(found));
        waitUntil(10, () -> app.view().chart().nodeCount() == 1);
        javafx.scene.control.Label hint = waitForNode("#inspectorDuplicate");
        waitUntil(10, () -> hint.getText().startsWith("⚑ Mögliche Dublette: Mohammed Al-Hassan · "));
        // on the chart: the badge at the entity's upper right, and its row in the legend
        waitForNode("#legendPossibleDuplicate");
        waitUntil(10, () -> badgePixels(id) > 10);
        assertThat(WaitForAsyncUtils.asyncFx(() -> app.view().chart().looks().get(id).classes()).get(10, TimeUnit.SECONDS))
                .as("a diagram export draws no badge: it is this desktop's working hint").doesNotContain("duplicate");
        screenshot("search-possible-duplicate.png");
    }

    @Test
    void filteringAnAgencyTakesItsRecordsOffTheChartAndUndoBringsThemBack() throws Exception {
        givenTheNeighbourhoodOfThePlantedChain();
        var state = app.model().chartProperty().get();
        String centreAgency = state.entities().get(SHISHA_CHAIN.start()).provenance().sourceAgency();
        String other = state.entities().values().stream().map(e -> e.provenance().sourceAgency())
                .filter(a -> !a.equals(centreAgency)).findFirst().orElseThrow();
        int before = app.view().chart().nodeCount();

        robot.interact(() -> app.view().filters().agencyChoices().get(other).set(false));
        waitUntil(10, () -> app.view().chart().nodeCount() < before);

        var drawn = drawn();
        assertThat(drawn).noneMatch(e -> e.provenance().sourceAgency().equals(other));
        robot.clickOn("Filter");
        screenshot("explorer-filter.png");
        robot.clickOn("#undoButton");
        waitUntil(10, () -> app.view().chart().nodeCount() == before);

        var places = PlaceIndex.of(app.model().chartProperty().get());
        String town = app.view().filters().municipalityChoices().keySet().iterator().next();
        robot.interact(() -> app.view().filters().municipalityChoices().get(town).set(false));
        waitUntil(10, () -> app.view().chart().nodeCount() < before);
        assertThat(drawn()).noneMatch(e -> town.equals(places.municipality(e.id())));
        robot.clickOn("#undoButton");
        waitUntil(10, () -> app.view().chart().nodeCount() == before);

        String category = app.view().filters().categoryChoices().keySet().iterator().next();
        robot.interact(() -> app.view().filters().categoryChoices().get(category).set(false));
        waitUntil(10, () -> app.view().chart().nodeCount() < before);
        assertThat(drawn()).noneMatch(e -> e.type().equals("Incident") && category.equals(e.text("category")));
        robot.clickOn("#undoButton");
        waitUntil(10, () -> app.view().chart().nodeCount() == before);
    }

    @Test
    void theTimeWindowLeavesOutIncidentsOutsideIt() throws Exception {
        givenTheNeighbourhoodOfThePlantedChain();
        robot.clickOn("Filter");
        var incidents = app.model().chartProperty().get().entities().values().stream()
                .filter(e -> e.type().equals("Incident")).toList();
        assertThat(incidents).isNotEmpty();
        var filters = app.view().filters();

        robot.interact(() -> filters.timeWindow().setLowValue(filters.timeWindow().getMax()));
        waitUntil(10, () -> drawn().stream().filter(e -> e.type().equals("Incident")).count() < incidents.size());

        var latest = incidents.stream().map(e -> (java.time.LocalDate) e.get("dateFrom")).max(java.util.Comparator.naturalOrder()).orElseThrow();
        assertThat(drawn()).filteredOn(e -> e.type().equals("Incident"))
                .allSatisfy(e -> assertThat(((java.time.LocalDate) e.get("dateFrom")).withDayOfMonth(1))
                        .isAfterOrEqualTo(latest.withDayOfMonth(1).minusMonths(2)));
        screenshot("explorer-time.png");
        robot.clickOn("#filterReset");
        waitUntil(10, () -> drawn().size() == app.model().chartProperty().get().entities().size());
    }

    @Test
    void theInspectorShowsEveryPropertyWithItsProvenance() throws Exception {
        givenTheNeighbourhoodOfThePlantedChain();
        robot.clickOn("Eigenschaften");
        robot.interact(() -> app.model().selection().setAll(SHISHA_CHAIN.start()));
        waitUntil(10, () -> !app.view().inspector().rows().isEmpty());

        var rows = app.view().inspector().rows();
        Entity centre = app.model().entityOnChart(SHISHA_CHAIN.start());
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.property()).isEqualTo("Name");
            assertThat(row.value()).isEqualTo(centre.text("name"));
            // the record names its agency by id; the inspector shows the agency's name in the user's language
            assertThat(centre.provenance().sourceAgency()).isEqualTo("pp-essen");
            assertThat(row.agency()).isEqualTo("Polizeipräsidium Essen");
            assertThat(row.grading()).isEqualTo(centre.provenance().grading().code());
            assertThat(row.nature()).isEqualTo("Tatsache");
        });
        assertThat(rows).anySatisfy(row -> assertThat(row.property()).startsWith("→ "));

        // customs and tax investigation know the same person; the birth dates disagree
        String birthDate = org.netzbild.app.EntityForms.label("birthDate");
        waitUntil(10, () -> app.view().inspector().rows().stream().filter(r -> r.property().equals(birthDate)).count() > 1);
        var birthDates = app.view().inspector().rows().stream().filter(r -> r.property().equals(birthDate)).toList();
        assertThat(birthDates).extracting(InspectorPane.Row::agency).doesNotHaveDuplicates()
                .contains("Polizeipräsidium Essen", "Hauptzollamt Duisburg");
        assertThat(birthDates).extracting(InspectorPane.Row::value).hasSizeGreaterThan(1);
        assertThat(birthDates).allSatisfy(row -> assertThat(row.divergent()).isTrue());
        screenshot("explorer-inspector.png");
    }

    @Test
    void aSavedChartReopensWithTheSameEntitiesAndUndoRedoWork() throws Exception {
        givenTheNeighbourhoodOfThePlantedChain();
        Set<String> saved = Set.copyOf(app.model().chartProperty().get().entities().keySet());
        Platform.runLater(app.view()::saveChart);
        TextField name = waitForNode("#chartName");
        robot.interact(() -> name.setText("Shisha Essen"));
        pressOk(".text-input-dialog");
        waitUntil(15, () -> app.model().statusProperty().get().contains("gespeichert"));

        robot.interact(() -> app.model().selection().setAll(SHISHA_CHAIN.start()));
        robot.interact(app.model()::removeSelection);
        assertThat(app.view().chart().shows(SHISHA_CHAIN.start())).isFalse();

        Platform.runLater(app.view()::openChart);
        // the chart shown has unsaved changes (the removal): opening another asks first
        javafx.scene.control.DialogPane unsaved = waitForNode("#unsavedChanges");
        robot.interact(unsaved.getButtonTypes().stream()
                .filter(t -> t.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.NO)
                .map(t -> (javafx.scene.control.Button) unsaved.lookupButton(t)).findFirst().orElseThrow()::fire);
        pressOk(".choice-dialog");
        waitUntil(15, () -> app.model().statusProperty().get().contains("geöffnet"));
        assertThat(app.model().chartProperty().get().entities().keySet()).isEqualTo(saved);
        assertThat(app.view().chart().shows(SHISHA_CHAIN.start())).isTrue();

        robot.interact(() -> app.model().selection().setAll(SHISHA_CHAIN.start()));
        robot.interact(app.model()::removeSelection);
        assertThat(app.view().chart().shows(SHISHA_CHAIN.start())).isFalse();
        robot.clickOn("#undoButton");
        assertThat(app.view().chart().shows(SHISHA_CHAIN.start())).isTrue();
        robot.clickOn("#redoButton");
        assertThat(app.view().chart().shows(SHISHA_CHAIN.start())).isFalse();
        robot.clickOn("#undoButton");
    }

    @Test
    void aNewEntityByFormIsRefusedWithReasonsUntilValidThenDrawn() throws Exception {
        givenTheNeighbourhoodOfThePlantedChain();
        Platform.runLater(app.view()::newEntity);
        TextField birthDate = waitForNode("#field-birthDate");
        robot.interact(() -> birthDate.setText("31.02.1990"));
        robot.clickOn("#formCreate");
        waitUntil(10, () -> !robot.lookup("#problem-name").queryLabeled().getText().isEmpty());

        assertThat(robot.lookup("#problem-name").queryLabeled().getText()).isEqualTo("Pflichtangabe");
        assertThat(robot.lookup("#problem-birthDate").queryLabeled().getText()).contains("TT.MM.JJJJ");
        screenshotOf(robot.lookup("#formCreate").query().getScene(), "form-validation.png");

        TextField name = robot.lookup("#field-name").query();
        robot.interact(() -> {
            name.setText("Erika Testfall");
            birthDate.setText("17.05.1984");
        });
        robot.clickOn("#formCreate");
        waitUntil(15, () -> app.model().chartProperty().get().entities().values().stream()
                .anyMatch(e -> "Erika Testfall".equals(e.text("name"))));
        Entity created = app.model().chartProperty().get().entities().values().stream()
                .filter(e -> "Erika Testfall".equals(e.text("name"))).findFirst().orElseThrow();
        assertThat(created.get("birthDate")).isEqualTo(java.time.LocalDate.of(1984, 5, 17));
        waitUntil(10, () -> app.view().chart().shows(created.id()));
    }

    @Test
    void theShortestPathBetweenTwoSelectedEntitiesIsDrawnHighlighted() throws Exception {
        givenTheNeighbourhoodOfThePlantedChain();
        String[] pair = twoLinkedEntitiesNotLinkedToEachOther(linkedEntities());
        robot.interact(() -> app.model().selection().setAll(pair[0], pair[1]));

        robot.interact(() -> app.model().pathBetweenSelection(true));
        waitUntil(15, () -> !app.model().highlighted().isEmpty());

        assertThat(app.model().highlighted()).contains(pair[0], pair[1]).hasSizeGreaterThan(2);
        screenshot("explorer-path.png");

        robot.interact(menuItem("action.layoutHierarchy")::fire);
        assertThat(app.view().chart().layoutRunning()).isFalse();
        robot.interact(menuItem("action.layoutStart")::fire);
        assertThat(app.view().chart().layoutRunning()).isTrue();
    }

    /**
     * Connections among the selection (issue 19): between two entities the shortest paths beyond the
     * shortest, listed in the paths tab; among three, the network that joins them; both highlighted.
     */
    @Test
    void connectionsAmongTwoOrThreeSelectedEntitiesAreListedAndHighlighted() throws Exception {
        givenTheNeighbourhoodOfThePlantedChain();
        var linked = linkedEntities().stream().sorted().toList();
        String[] pair = twoLinkedEntitiesNotLinkedToEachOther(linked);
        robot.interact(() -> app.model().selection().setAll(pair[0], pair[1]));

        robot.interact(() -> app.model().connectSelection("Lagebild Testlauf"));
        waitUntil(30, () -> app.model().statusProperty().get().contains("kürzeste Wege"));
        var paths = List.copyOf(app.model().paths());
        assertThat(paths).isNotEmpty();
        assertThat(paths).allSatisfy(p -> {
            assertThat(p.entities().getFirst().id()).isEqualTo(pair[0]);
            assertThat(p.entities().getLast().id()).isEqualTo(pair[1]);
        });
        assertThat(paths).extracting(org.netzbild.model.GraphPath::length).isSorted();
        assertThat(app.model().highlighted()).contains(pair[0], pair[1]);
        assertThat(app.model().statusProperty().get()).contains("kürzeste Wege");

        String third = linked.stream().filter(id -> !id.equals(pair[0]) && !id.equals(pair[1])).findFirst().orElseThrow();
        robot.interact(() -> app.model().selection().setAll(pair[0], pair[1], third));
        robot.interact(() -> app.model().connectSelection("Lagebild Testlauf"));
        waitUntil(30, () -> app.model().statusProperty().get().startsWith("Verbindendes Netz"));
        assertThat(app.model().highlighted()).contains(pair[0], pair[1], third);
        assertThat(app.model().paths()).isEmpty();
        robot.interact(() -> app.model().highlighted().clear());
    }

    /** The entities on the chart that have a link on it. */
    private List<String> linkedEntities() {
        var state = app.model().chartProperty().get();
        return state.entities().keySet().stream().filter(id -> state.links().values().stream()
                .anyMatch(l -> l.fromId().equals(id) || l.toId().equals(id))).toList();
    }

    /** The first two of {@code linked}, in their order, that no link of the chart joins directly. */
    private String[] twoLinkedEntitiesNotLinkedToEachOther(List<String> linked) {
        var state = app.model().chartProperty().get();
        return linked.stream().flatMap(a -> linked.stream().filter(b -> !a.equals(b))
                        .filter(b -> state.links().values().stream().noneMatch(l -> Set.of(a, b).equals(Set.of(l.fromId(), l.toId()))))
                        .map(b -> new String[] {a, b}))
                .findFirst().orElseThrow();
    }

    /** Presses OK of the dialog with this style class once it shows. */
    private void pressOk(String dialog) throws TimeoutException {
        javafx.scene.control.DialogPane pane = waitForNode(dialog);
        var ok = (javafx.scene.control.Button) pane.lookupButton(javafx.scene.control.ButtonType.OK);
        robot.interact(ok::fire);
    }

    @Test
    void aLassoOverTheWholeChartSelectsItsEntities() throws Exception {
        givenTheNeighbourhoodOfThePlantedChain();
        robot.interact(() -> app.model().selection().clear());
        robot.interact(app.view().chart()::fit);
        var bounds = app.view().chart().view().localToScreen(app.view().chart().view().getBoundsInLocal());

        robot.drag(bounds.getMinX() + 3, bounds.getMinY() + 3, javafx.scene.input.MouseButton.PRIMARY)
                .dropTo(bounds.getMaxX() - 3, bounds.getMaxY() - 3);
        waitUntil(10, () -> app.model().selection().size() > 1);

        assertThat(app.model().selection()).hasSizeGreaterThan(1);
    }

    /**
     * The timeline under the chart (issue 19): the chart's incidents in lanes; dragging over a period
     * highlights its incidents and the entities linked to them; a click clears it; with one entity
     * selected it says when that one was first and last seen.
     */
    @Test
    void aPeriodBrushedOnTheTimelineHighlightsItsIncidentsAndTheirEntities() throws Exception {
        givenTheNeighbourhoodOfThePlantedChain();
        robot.interact(app.view()::toggleTimeline);
        try {
            javafx.scene.layout.Region pane = robot.lookup("#timelinePane").query();
            javafx.scene.control.Label info = robot.lookup("#timelineInfo").query();
            waitUntil(10, () -> pane.getHeight() > 100 && info.getText().contains("Ereignisse vom"));
            var incidents = app.model().chartProperty().get().entities().values().stream()
                    .filter(e -> e.type().equals("Incident") && e.get("dateFrom") != null).map(org.netzbild.model.Entity::id).toList();
            assertThat(incidents).isNotEmpty();

            var bounds = pane.localToScreen(pane.getBoundsInLocal());
            double y = bounds.getMinY() + 60;
            robot.drag(bounds.getMinX() + 152, y, javafx.scene.input.MouseButton.PRIMARY).dropTo(bounds.getMaxX() - 13, y);
            waitUntil(10, () -> info.getText().contains("hervorgehoben"));
            assertThat(app.model().highlighted()).containsAll(incidents).hasSizeGreaterThan(incidents.size());
            screenshot("timeline.png");

            // saved with the chart: opened again, the timeline shows the same period brushed
            var brushed = List.copyOf(app.model().highlighted());
            robot.interact(() -> app.model().save("Zeitleiste Probe", app.view().chart().positions(), () -> { }));
            waitUntil(20, () -> "Zeitleiste Probe".equals(app.model().chartNameProperty().get()));
            robot.interact(app.view()::toggleTimeline);
            robot.interact(() -> app.model().highlighted().clear());
            robot.interact(() -> app.model().openChart("Zeitleiste Probe"));
            waitUntil(20, () -> app.view().timelineShown() && app.model().highlighted().containsAll(brushed));
            waitUntil(10, () -> info.getText().contains("hervorgehoben"));

            robot.clickOn(bounds.getMinX() + 300, y);
            waitUntil(10, () -> app.model().highlighted().isEmpty());

            var involved = app.model().chartProperty().get().links().values().stream()
                    .filter(l -> l.type().equals("INVOLVED_IN") && incidents.contains(l.toId()))
                    .map(org.netzbild.model.Link::fromId).findFirst().orElseThrow();
            robot.interact(() -> app.model().selection().setAll(involved));
            waitUntil(10, () -> info.getText().startsWith("Zuerst gesehen"));
        } finally {
            robot.interact(app.view()::toggleTimeline);
            robot.interact(() -> app.model().highlighted().clear());
        }
    }

    @Test
    void anExpansionAlongChosenLinkTypesFollowsOnlyThose() throws Exception {
        givenAnEmptyChart();
        robot.interact(() -> app.model().showEntities(List.of(SHISHA_CHAIN.start())));
        waitUntil(10, () -> app.view().chart().nodeCount() == 1);
        robot.interact(() -> app.model().selection().setAll(SHISHA_CHAIN.start()));

        Platform.runLater(app.view()::expandByLinkTypes);
        javafx.scene.control.DialogPane pane = waitForNode("#expandTypes");
        var ok = (javafx.scene.control.Button) pane.lookupButton(javafx.scene.control.ButtonType.OK);
        assertThat(ok.isDisabled()).isTrue();
        robot.interact(() -> ((javafx.scene.control.CheckBox) pane.lookup("#expandType-FAMILY")).setSelected(true));
        robot.interact(ok::fire);
        waitUntil(30, () -> app.view().chart().nodeCount() > 1);

        var links = app.model().chartProperty().get().links().values();
        assertThat(links).isNotEmpty().allSatisfy(l -> assertThat(l.type()).isEqualTo("FAMILY"));
    }

    @Test
    void aLinkByFormBetweenTwoSelectedEntitiesIsRefusedWithReasonsUntilValidThenDrawn() throws Exception {
        // two persons of another planted network: the link written to the store must not change
        // the neighbourhood of the chain the other tests (and the screenshots) draw
        PlantedNetwork dealers = PlantedNetworks.load().get(1);
        List<String> persons = dealers.members().stream().filter(id -> id.startsWith(dealers.id() + "-p")).limit(2).toList();
        givenAnEmptyChart();
        robot.interact(() -> app.model().showEntities(persons));
        waitUntil(10, () -> app.view().chart().nodeCount() == 2);
        var state = app.model().chartProperty().get();
        robot.interact(() -> app.model().selection().setAll(persons));
        int linksBefore = state.links().size();

        Platform.runLater(app.view()::newLink);
        javafx.scene.control.ComboBox<?> type = waitForNode("#linkType");
        assertThat(type.getItems()).isNotEmpty();
        robot.interact(() -> type.getSelectionModel().select(type.getItems().indexOf("ASSOCIATE")));
        TextField from = robot.lookup("#field-validFrom").query();
        robot.interact(() -> from.setText("31.02.2020"));
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#linkCreate").query()).fire());
        waitUntil(10, () -> !robot.lookup("#problem-validFrom").queryLabeled().getText().isEmpty());
        assertThat(robot.lookup("#problem-validFrom").queryLabeled().getText()).contains("TT.MM.JJJJ");
        screenshotOf(type.getScene(), "link-form.png");

        robot.interact(() -> from.setText("01.02.2020"));
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#linkCreate").query()).fire());
        waitUntil(10, () -> app.model().chartProperty().get().links().size() == linksBefore + 1);

        assertThat(app.model().chartProperty().get().links().values()).anySatisfy(l -> {
            assertThat(l.type()).isEqualTo("ASSOCIATE");
            assertThat(java.util.Set.of(l.fromId(), l.toId())).containsExactlyInAnyOrderElementsOf(persons);
            assertThat(l.provenance().validFrom()).isEqualTo(java.time.LocalDate.of(2020, 2, 1));
        });
    }

    @Test
    void theLanguageChosenInTheMenuIsKeptForTheNextStart() throws Exception {
        Path preferences = workspace.resolve("preferences.properties");
        String before = System.getProperty("netzbild.preferences");
        System.setProperty("netzbild.preferences", preferences.toString());
        try {
            robot.interact(menuItem("language-en")::fire);
            javafx.scene.control.DialogPane dialog = waitForNode("#languageDialog");

            assertThat(dialog.getContentText()).contains("ab dem nächsten Start").contains("from the next start");
            assertThat(Files.readString(preferences)).contains("language=en");
            assertThat(org.netzbild.app.UserPreferences.language()).contains(org.netzbild.app.I18n.ENGLISH);
            robot.interact(() -> ((javafx.stage.Stage) dialog.getScene().getWindow()).close());
        } finally {
            if (before == null) {
                System.clearProperty("netzbild.preferences");
            } else {
                System.setProperty("netzbild.preferences", before);
            }
        }
    }

    /** A menu item by id; menus open in popups, which the headless robot cannot click into. */
    private javafx.scene.control.MenuItem menuItem(String id) {
        javafx.scene.control.MenuBar bar = robot.lookup("#menuBar").query();
        var items = new java.util.ArrayDeque<javafx.scene.control.MenuItem>();
        bar.getMenus().forEach(items::add);
        while (!items.isEmpty()) {
            var item = items.poll();
            if (id.equals(item.getId())) {
                return item;
            }
            if (item instanceof javafx.scene.control.Menu menu) {
                items.addAll(menu.getItems());
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    private static SearchHit hit(String id) {
        return app.model().results().stream().filter(h -> h.entity().id().equals(id)).findFirst().orElseThrow();
    }

    private static List<Entity> drawn() {
        var state = app.model().chartProperty().get();
        return state.visibleEntities(PlaceIndex.of(state));
    }

    /** How many pixels of the possible-duplicate badge's colour the chart shows above and right of the entity's centre. */
    private int badgePixels(String entityId) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            double[] centre = app.view().chart().whereDrawnEntity(entityId);
            if (centre == null) {
                return 0;
            }
            var image = app.view().chart().view().snapshot(null, null);
            var badge = javafx.scene.paint.Color.web(org.netzbild.chart.paint.ChartPainter.BADGE.hex());
            int count = 0;
            for (int x = (int) centre[0]; x < centre[0] + 30 && x < image.getWidth(); x++) {
                for (int y = (int) centre[1] - 30; y < centre[1]; y++) {
                    if (y >= 0 && close(image.getPixelReader().getColor(x, y), badge)) {
                        count++;
                    }
                }
            }
            return count;
        }).get(10, TimeUnit.SECONDS);
    }

    private static boolean close(javafx.scene.paint.Color a, javafx.scene.paint.Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.06 && Math.abs(a.getGreen() - b.getGreen()) < 0.06
                && Math.abs(a.getBlue() - b.getBlue()) < 0.06;
    }

    private <T extends javafx.scene.Node> T waitForNode(String query) throws TimeoutException {
        waitUntil(10, () -> robot.lookup(query).tryQuery().isPresent());
        return robot.lookup(query).query();
    }

    /** A picture of the window once the layout has come to rest, so that it shows the drawing, not a moment of it. */
    private void screenshot(String name) throws Exception {
        waitUntil(120, () -> app.view().chart().layoutSettled());
        screenshotOf(app.view().getScene(), name);
    }

    private static void screenshotOf(Scene scene, String name) throws Exception {
        Path folder = Path.of(System.getProperty("netzbild.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", folder.resolve(name).toFile());
    }

    /**
     * Waits until the condition holds, evaluated on the JavaFX thread: the chart is redrawn there
     * in one event, so a condition read from the test thread could see a half-drawn chart (nodes
     * already in, links not yet).
     */
    private static void waitUntil(int seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get(seconds, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
    }

}
