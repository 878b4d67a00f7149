package org.netzbild.ui.explorer;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.netzbild.app.Charts;
import org.netzbild.app.EntityForms;
import org.netzbild.app.I18n;
import org.netzbild.app.UserPreferences;
import org.netzbild.chart.ChartState;
import org.netzbild.chart.PlaceIndex;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;
import org.netzbild.chart.Colouring;
import org.netzbild.ui.chart.NetworkChart;
import org.netzbild.ui.filter.FilterPane;
import org.netzbild.ui.forms.ConnectionDialog;
import org.netzbild.ui.signin.FirstAdminDialog;
import org.netzbild.ui.signin.PurposeDialog;
import org.netzbild.ui.signin.SignInDialog;
import org.netzbild.ui.forms.EntityFormDialog;
import org.netzbild.ui.inspector.InspectorPane;

/**
 * The explorer window: menus, tool bar, search on the left, the chart in the middle with its
 * legend, inspector and filters on the right, status bar below. Bound to the view model; every
 * action goes through it.
 */
public final class ExplorerView extends BorderPane {

    private final ExplorerViewModel model;
    private final NetworkChart chart = new NetworkChart();
    private final InspectorPane inspector = new InspectorPane();
    private final FilterPane filters;
    /** The legend: a header to drag it by and to fold it, and its rows. */
    private final VBox legend = new VBox(2);
    private final VBox legendRows = new VBox(2);
    /** Set by {@link #redraw}, which has just worked out what is drawn; a binding would do it again. */
    private final Label counts = new Label();

    public ExplorerView(ExplorerViewModel model) {
        this.model = model;
        this.filters = new FilterPane(model::applyFilter);
        chart.onSelection(ids -> {
            if (!ids.equals(model.selection())) {
                model.selection().setAll(ids);
            }
        });
        chart.onOpen(id -> {
            if (id.startsWith(NetworkChart.MORE_PREFIX)) {
                model.expandMore(id.substring(NetworkChart.MORE_PREFIX.length()));
            } else {
                model.selection().setAll(id);
                model.expandSelection();
            }
        });
        chart.onLinkSelection(id -> model.inspectedLinkProperty().set(id));
        chart.onMovedByHand(model::movedByHand);
        var tips = new ChartTooltips(model);
        chart.tooltips(tips::ofEntity, tips::ofLink);
        model.inspectedLinkProperty().addListener((o, old, id) -> inspect());
        chart.view().setOnContextMenuRequested(e -> contextMenu().show(chart.view(), e.getScreenX(), e.getScreenY()));
        model.chartProperty().addListener((o, old, state) -> redraw(state));
        model.colouringProperty().addListener((o, old, colouring) -> redraw(model.chartProperty().get()));
        model.linksByAgencyKindProperty().addListener((o, old, now) -> redraw(model.chartProperty().get()));
        model.selection().addListener((javafx.collections.ListChangeListener<String>) change -> {
            if (!chart.selection().equals(model.selection())) {
                chart.select(List.copyOf(model.selection()));
            }
            inspect();
        });
        model.statementsProperty().addListener((o, old, now) -> inspect());
        model.possibleDuplicatesProperty().addListener((o, old, now) -> {
            inspect();
            redraw(model.chartProperty().get());
        });
        model.highlighted().addListener((javafx.collections.ListChangeListener<String>) change ->
                redraw(model.chartProperty().get()));
        model.dimmed().addListener((javafx.collections.ListChangeListener<String>) change ->
                redraw(model.chartProperty().get()));
        model.borderProperty().addListener((o, was, now) -> redraw(model.chartProperty().get()));
        model.acrossOnlyProperty().addListener((o, was, now) -> redraw(model.chartProperty().get()));
        // a redraw for each read of the agencies behind the chart's entities, not for each entity of it
        model.sources().addListener((javafx.collections.MapChangeListener<String, java.util.SortedSet<String>>) change ->
                sourcesLater.playFromStart());
        sourcesLater.setOnFinished(e -> redraw(model.chartProperty().get()));
        model.placedPositionsProperty().addListener((o, old, positions) -> {
            if (positions != null) {
                chart.place(positions);
                Platform.runLater(chart::fit);
            }
        });

        model.sessionDescriptionProperty().addListener((o, before, now) -> closeAuditLog());

        // the dialogs before any data: shown once the current event is through, one at a time
        model.entryProperty().addListener((o, old, step) -> Platform.runLater(() -> askFor(step)));

        var menus = new ExplorerMenus(this, model);
        setTop(new VBox(menus.bar(), toolBar()));
        setCenter(centre());
        setBottom(statusBar());
    }

    private ToolBar toolBar() {
        Spinner<Integer> hops = new Spinner<>(1, 2, 1);
        hops.setId("hops");
        hops.setPrefWidth(70);
        model.hopsProperty().bind(hops.valueProperty());
        Button expand = button("expandButton", "action.expand", model::expandSelection);
        expand.disableProperty().bind(Bindings.isEmpty(model.selection()));
        Button undo = button("undoButton", "action.undo", model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = button("redoButton", "action.redo", model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not());
        return new ToolBar(expand, new Label(I18n.text("expand.hops")), hops,
                button("fitButton", "action.fit", chart::fit), undo, redo);
    }

    private SplitPane centre() {
        Label hint = new Label(I18n.text("chart.hint"));
        hint.setId("chartHint");
        hint.setWrapText(true);
        hint.setMaxWidth(360);
        hint.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.chartProperty().get().entities().isEmpty(), model.chartProperty()));
        hint.setMouseTransparent(true);
        legend.setId("legend");
        legend.setPadding(new Insets(6));
        legend.setStyle("-fx-background-color: rgba(255,255,255,0.9); -fx-border-color: #cccccc;");
        legend.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        legendRows.setId("legendRows");
        legend.getChildren().setAll(legendHeader(), legendRows);
        legend.setVisible(false);
        StackPane.setAlignment(legend, Pos.TOP_LEFT);
        StackPane.setMargin(legend, new Insets(8));
        var chartArea = new StackPane(chart.view(), hint, legend);
        // the chart fits beside the open legend instead of under it (issue 18)
        legend.boundsInParentProperty().addListener((o, was, now) -> roomForLegend());
        legend.visibleProperty().addListener((o, was, now) -> roomForLegend());
        legendRows.visibleProperty().addListener((o, was, now) -> roomForLegend());
        var filterScroll = new javafx.scene.control.ScrollPane(filters);
        filterScroll.setFitToWidth(true);
        var pathsTab = new Tab(I18n.text("tab.paths"), new PathsPane(model));
        pathsTab.setId("pathsTab");
        var side = new TabPane(new Tab(I18n.text("tab.inspector"), inspector), new Tab(I18n.text("tab.filters"),
                filterScroll), pathsTab);
        // paths found: their list comes to the front
        model.paths().addListener((javafx.collections.ListChangeListener<org.netzbild.model.GraphPath>) change -> {
            if (!model.paths().isEmpty()) {
                side.getSelectionModel().select(pathsTab);
            }
        });
        side.setId("sideTabs");
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        var search = new SearchPane(model);
        split.setId("explorerSplit");
        searchPane = search;
        sidePane = side;
        // the timeline under the chart, shown on request (issue 19)
        timelinePane = new TimelinePane(model);
        timelinePane.setVisible(false);
        timelinePane.managedProperty().bind(timelinePane.visibleProperty());
        var chartColumn = new javafx.scene.layout.BorderPane(chartArea);
        chartColumn.setBottom(timelinePane);
        this.chartArea = chartColumn;
        SplitPane.setResizableWithParent(search, false);
        SplitPane.setResizableWithParent(side, false);
        // the chart is what the analyst works in: it gets most of the window, and what a larger window adds;
        // the panes are as the analyst last left them (issue 18)
        arrangePanes();
        savePanesLater.setOnFinished(e -> {
            try {
                UserPreferences.savePaneLayout(panes);
            } catch (org.netzbild.app.UserFacingException notKept) {
                model.statusProperty().set(notKept.getMessage());
            }
        });
        return split;
    }

    private final SplitPane split = new SplitPane();
    private javafx.scene.Node searchPane;
    private javafx.scene.Node sidePane;
    private javafx.scene.Node chartArea;
    /** The panes as the analyst last left them (read before the menus, which tick what is shown). */
    private UserPreferences.PaneLayout panes = UserPreferences.paneLayout();
    private final javafx.animation.PauseTransition savePanesLater = new javafx.animation.PauseTransition(
            javafx.util.Duration.millis(400));
    private boolean arranging;

    /** Puts the shown panes into the split at their kept sizes, and follows the dividers the analyst drags. */
    private void arrangePanes() {
        arranging = true;
        var items = new java.util.ArrayList<javafx.scene.Node>();
        if (panes.searchShown()) {
            items.add(searchPane);
        }
        items.add(chartArea);
        if (panes.sideShown()) {
            items.add(sidePane);
        }
        split.getItems().setAll(items);
        if (panes.searchShown() && panes.sideShown()) {
            split.setDividerPositions(panes.searchEnds(), panes.sideBegins());
        } else if (panes.searchShown()) {
            split.setDividerPositions(panes.searchEnds());
        } else if (panes.sideShown()) {
            split.setDividerPositions(panes.sideBegins());
        }
        for (var divider : split.getDividers()) {
            divider.positionProperty().addListener((o, was, now) -> dividersMoved());
        }
        arranging = false;
    }

    private void dividersMoved() {
        if (arranging) {
            return;
        }
        var at = split.getDividerPositions();
        double searchEnds = panes.searchShown() ? at[0] : panes.searchEnds();
        double sideBegins = panes.sideShown() ? at[at.length - 1] : panes.sideBegins();
        panes = new UserPreferences.PaneLayout(searchEnds, sideBegins, panes.searchShown(), panes.sideShown());
        savePanesLater.playFromStart();
    }

    /** Shows or hides the search pane; the chart takes its room (View, Ctrl+1). */
    public void toggleSearchPane() {
        panes = new UserPreferences.PaneLayout(panes.searchEnds(), panes.sideBegins(), !panes.searchShown(), panes.sideShown());
        arrangePanes();
        savePanesLater.playFromStart();
    }

    /** Shows or hides the side pane (properties, filters, paths); the chart takes its room (Ctrl+2). */
    public void toggleSidePane() {
        panes = new UserPreferences.PaneLayout(panes.searchEnds(), panes.sideBegins(), panes.searchShown(), !panes.sideShown());
        arrangePanes();
        savePanesLater.playFromStart();
    }

    private TimelinePane timelinePane;

    /** Shows or hides the timeline under the chart. */
    public void toggleTimeline() {
        if (timelinePane != null) {
            timelinePane.setVisible(!timelinePane.isVisible());
        }
    }

    /** Whether the timeline is shown, for the menu and tests. */
    public boolean timelineShown() {
        return timelinePane != null && timelinePane.isVisible();
    }

    /** The timeline under the chart, for tests. */
    TimelinePane timelinePane() {
        return timelinePane;
    }

    /** Whether the search pane and the side pane are shown, for the menu and tests. */
    public boolean searchPaneShown() {
        return panes.searchShown();
    }

    public boolean sidePaneShown() {
        return panes.sideShown();
    }

    private HBox statusBar() {
        ProgressBar progress = new ProgressBar();
        progress.setId("progress");
        progress.progressProperty().bind(model.tasks().progressProperty());
        progress.visibleProperty().bind(model.tasks().busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Button cancel = button("cancelButton", "action.cancel", model.tasks()::cancelCurrent);
        cancel.visibleProperty().bind(model.tasks().busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(Bindings.when(model.tasks().busyProperty())
                .then(model.tasks().messageProperty()).otherwise(model.statusProperty()));
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        counts.setId("counts");
        counts.setText(I18n.text("status.counts", 0, 0, 0));
        Label session = new Label();
        session.textProperty().bind(model.sessionDescriptionProperty());
        Label store = new Label();
        store.textProperty().bind(model.storeDescriptionProperty());
        var bar = new HBox(12, progress, cancel, status, counts, session, store);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        return bar;
    }

    private ContextMenu contextMenu() {
        return new ContextMenu(
                ExplorerMenus.item("action.expand", model::expandSelection),
                ExplorerMenus.item("action.expandTypes", this::expandByLinkTypes),
                ExplorerMenus.item("action.collapse", model::collapseSelection),
                ExplorerMenus.item("action.focus", () -> model.selection().stream().findFirst().ifPresent(chart::focus)),
                ExplorerMenus.item("action.editEntity", this::editEntity),
                ExplorerMenus.item("action.newLink", this::newLink),
                ExplorerMenus.item("action.hide", model::hideSelection),
                ExplorerMenus.item("action.pin", () -> model.pinSelection(true)),
                ExplorerMenus.item("action.unpin", () -> model.pinSelection(false)),
                ExplorerMenus.item("action.remove", model::removeSelection));
    }

    private final javafx.animation.PauseTransition sourcesLater = new javafx.animation.PauseTransition(
            javafx.util.Duration.millis(1));

    /** The source rings of the chart's entities stated by more than one agency, as far as read. */
    private Map<String, String[]> sourceRings(ChartState state) {
        var rings = new java.util.HashMap<String, String[]>();
        for (String id : state.entities().keySet()) {
            String[] ring = org.netzbild.app.ChartColours.sourceRing(model.sources().get(id));
            if (ring != null) {
                rings.put(id, ring);
            }
        }
        return rings;
    }

    /** The workspace whose colours the chart's key holds, and the key's state last kept there. */
    private org.netzbild.app.Workspace coloursOf;
    private int coloursKept;
    private final javafx.animation.PauseTransition keepColoursLater = new javafx.animation.PauseTransition(
            javafx.util.Duration.millis(500));

    /** A workspace newly open: the marks it kept are the chart's again (issue 18: each value's colour fixed for the workspace). */
    private void restoreColours() {
        var workspace = model.workspace();
        if (workspace == coloursOf) {
            return;
        }
        coloursOf = workspace;
        if (workspace != null) {
            chart.colourKey().restore(org.netzbild.app.ChartColours.kept(workspace.settings().folder()));
            coloursKept = chart.colourKey().generation();
        }
    }

    /** Keeps the chart's marks with the workspace a moment after new values got theirs. */
    private void keepColours() {
        if (coloursOf == null || chart.colourKey().generation() == coloursKept) {
            return;
        }
        var workspace = coloursOf;
        keepColoursLater.setOnFinished(e -> {
            try {
                org.netzbild.app.ChartColours.keep(workspace.settings().folder(), chart.colourKey().given());
                coloursKept = chart.colourKey().generation();
            } catch (org.netzbild.app.UserFacingException notKept) {
                model.statusProperty().set(notKept.getMessage());
            }
        });
        keepColoursLater.playFromStart();
    }

    private void redraw(ChartState state) {
        restoreColours();
        PlaceIndex places = PlaceIndex.of(state);
        List<Entity> entities = state.visibleEntities(places);
        var drawnIds = new HashSet<String>();
        entities.forEach(e -> drawnIds.add(e.id()));
        Colouring colouring = model.colouringProperty().get();
        var links = state.visibleLinks(drawnIds);
        var shownLinks = new HashSet<String>();
        var across = new HashSet<String>();
        var border = model.borderProperty().get();
        for (Link l : links) {
            boolean crosses = border.crossedBy(state.entities().get(l.fromId()), state.entities().get(l.toId()), places);
            if (crosses) {
                across.add(l.id());
            }
            if (crosses || border == org.netzbild.chart.Border.NONE || !model.acrossOnlyProperty().get()) {
                shownLinks.add(l.id());
            }
        }
        links = links.stream().filter(l -> shownLinks.contains(l.id())).toList();
        // everything on the chart is drawn into it; what the filters leave out is hidden, not removed (ADR 0027)
        var drawing = new NetworkChart.Drawing(List.copyOf(state.entities().values()), List.copyOf(state.links().values()),
                drawnIds, shownLinks, state.more(), state.pinned(), java.util.Set.copyOf(model.highlighted()),
                java.util.Set.copyOf(model.possibleDuplicates().keySet()), java.util.Set.copyOf(model.dimmed()),
                sourceRings(state), across, linkColours(links));
        chart.draw(drawing, colouring, e -> org.netzbild.app.ChartColours.category(colouring, places, e),
                count -> I18n.text("chart.more", count));
        keepColours();
        showLegend(entities, links, colouring);
        counts.setText(I18n.text("status.counts", entities.size(), state.entities().size(), state.links().size()));
        var authorities = new java.util.HashMap<String, String>();
        var municipalities = new java.util.HashMap<String, String>();
        state.entities().keySet().forEach(id -> {
            authorities.put(id, places.policeAuthority(id));
            municipalities.put(id, places.municipality(id));
        });
        filters.update(state, municipalities, authorities);
        inspect();
    }

    /** Each drawn link in the colour of the kind of agency that stated it, when the analyst asks for it (issue 18). */
    private java.util.Map<String, String> linkColours(java.util.Collection<Link> links) {
        if (!model.linksByAgencyKindProperty().get()) {
            return java.util.Map.of();
        }
        var colours = new java.util.HashMap<String, String>();
        links.forEach(l -> colours.put(l.id(), org.netzbild.app.ChartColours.agencyKindColour(l.provenance().sourceAgency())));
        return colours;
    }

    /**
     * The legend of what is drawn, and only that: the category colours (when colouring by one),
     * the entity types in the chart's own shapes, drawn by the chart's painter, and the link types
     * in their colour and pattern.
     */
    private void showLegend(List<Entity> entities, java.util.Collection<Link> links, Colouring colouring) {
        var rows = new java.util.ArrayList<javafx.scene.Node>();
        if (colouring != Colouring.TYPE) {
            rows.add(new Label(I18n.text("legend." + colouring.name())));
            chart.legendValues().forEach(value -> rows.add(legendRow(chart.categorySwatch(value), value, null)));
        }
        rows.add(new Label(I18n.text("legend.byType")));
        var collator = java.text.Collator.getInstance(I18n.locale());
        entities.stream().map(Entity::type).distinct()
                .sorted(java.util.Comparator.comparing((String type) -> I18n.text("type." + type), collator))
                .forEach(type -> rows.add(legendRow(NetworkChart.entitySwatch(type, colouring == Colouring.TYPE),
                        I18n.text("type." + type), "legendShape-" + type)));
        // entities stated by several agencies: the ring, and the kinds of agency its colours stand for
        var kinds = org.netzbild.app.ChartColours.kindColours(entities.stream().map(e -> model.sources().get(e.id()))
                .filter(s -> s != null && s.size() > 1).flatMap(java.util.Set::stream).toList());
        if (!kinds.isEmpty()) {
            var heading = new Label(I18n.text("legend.sourceRing"));
            heading.setId("legendSourceRing");
            rows.add(heading);
            kinds.forEach((kind, colour) -> rows.add(legendRow(NetworkChart.sourceRingSwatch(colour), kind, null)));
        }
        if (entities.stream().anyMatch(e -> model.possibleDuplicates().containsKey(e.id()))) {
            rows.add(legendRow(NetworkChart.possibleDuplicateSwatch(), I18n.text("legend.possibleDuplicate"),
                    "legendPossibleDuplicate"));
        }
        var border = model.borderProperty().get();
        if (border != org.netzbild.chart.Border.NONE) {
            rows.add(legendRow(NetworkChart.acrossSwatch(), I18n.text("legend.across." + border.name()), "legendAcross"));
        }
        if (model.linksByAgencyKindProperty().get() && !links.isEmpty()) {
            var linkKinds = org.netzbild.app.ChartColours.kindColours(links.stream().map(l -> l.provenance().sourceAgency()).toList());
            var heading = new Label(I18n.text("legend.linksByAgencyKind"));
            heading.setId("legendLinkKinds");
            rows.add(heading);
            linkKinds.forEach((kind, colour) -> rows.add(legendRow(NetworkChart.colouredLineSwatch(colour), kind, null)));
        }
        var types = links.stream().map(Link::type).distinct()
                .sorted(java.util.Comparator.comparing(org.netzbild.app.Labels::linkType, collator)).toList();
        if (!types.isEmpty()) {
            rows.add(new Label(I18n.text("legend.links")));
            boolean typeColours = !model.linksByAgencyKindProperty().get();
            types.forEach(type -> rows.add(legendRow(NetworkChart.linkSwatch(type, typeColours), org.netzbild.app.Labels.linkType(type),
                    "legendLink-" + type)));
        }
        legendRows.getChildren().setAll(rows);
        legend.setVisible(!entities.isEmpty());
    }

    private static HBox legendRow(javafx.scene.Node swatch, String text, String id) {
        var cell = new StackPane(swatch);
        cell.setMinWidth(28);
        cell.setPrefWidth(28);
        if (id != null) {
            swatch.setId(id);
        }
        var row = new HBox(6, cell, new Label(text));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** What the chart keeps free at its left for the open legend, in pixels. */
    private double legendRoom;

    /**
     * Keeps room at the chart's left for the legend while it is open near the left edge. The room
     * only grows while the legend stays open, so that a filter that shortens the legend moves no
     * entity on the screen; folding or moving the legend away gives the room back.
     */
    private void roomForLegend() {
        var bounds = legend.getBoundsInParent();
        double width = chart.view().getWidth();
        boolean open = legend.isVisible() && legendRows.isVisible() && bounds.getMinX() < width / 3;
        double next = open ? Math.max(legendRoom, bounds.getMaxX() + 8) : 0;
        if (next != legendRoom) {
            legendRoom = next;
            chart.reserveLeft(next);
        }
    }

    /** The legend's title bar: a button folds the rows away and back; dragging the bar moves the legend within the chart. */
    private HBox legendHeader() {
        var title = new Label(I18n.text("legend.title"));
        title.setStyle("-fx-font-weight: bold;");
        var fold = new javafx.scene.control.Button("▾");
        fold.setId("legendToggle");
        fold.setTooltip(new javafx.scene.control.Tooltip(I18n.text("legend.fold")));
        fold.setStyle("-fx-padding: 0 4 0 4; -fx-background-color: transparent;");
        fold.setOnAction(e -> {
            boolean open = !legendRows.isVisible();
            legendRows.setVisible(open);
            legendRows.setManaged(open);
            fold.setText(open ? "▾" : "▸");
        });
        var spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var header = new HBox(6, title, spacer, fold);
        header.setId("legendHeader");
        header.setAlignment(Pos.CENTER_LEFT);
        header.setCursor(javafx.scene.Cursor.MOVE);
        // where the title bar was grabbed; NaN while it is not held (a drag that began elsewhere moves nothing)
        double[] grab = {Double.NaN, Double.NaN};
        header.setOnMousePressed(e -> {
            if (e.isPrimaryButtonDown()) {
                grab[0] = e.getSceneX() - legend.getTranslateX();
                grab[1] = e.getSceneY() - legend.getTranslateY();
            }
        });
        header.setOnMouseReleased(e -> grab[0] = grab[1] = Double.NaN);
        header.setOnMouseDragged(e -> {
            if (Double.isNaN(grab[0])) {
                return;
            }
            var area = legend.getParent().getLayoutBounds();
            // keep the legend inside the chart: at most as far as the chart is wide and high
            legend.setTranslateX(Math.clamp(e.getSceneX() - grab[0], 0, Math.max(0, area.getWidth() - legend.getWidth() - 16)));
            legend.setTranslateY(Math.clamp(e.getSceneY() - grab[1], 0, Math.max(0, area.getHeight() - legend.getHeight() - 16)));
        });
        return header;
    }

    private void inspect() {
        var selected = model.selection();
        var link = model.linkOnChart(model.inspectedLinkProperty().get());
        if (selected.isEmpty() && link != null) {
            model.inspect(null);
            inspector.showLink(link, model.statementsOfLink(link.id()), this::captionOf);
            return;
        }
        Entity entity = selected.size() == 1 ? model.entityOnChart(selected.getFirst()) : null;
        model.inspect(entity == null ? null : entity.id());
        var statements = model.statementsProperty().get();
        boolean current = entity != null && !statements.isEmpty() && statements.getFirst().entityId().equals(entity.id());
        inspector.show(entity, current ? statements : List.of(), entity == null ? List.of() : model.linksOf(entity.id()), id -> {
            Entity other = model.entityOnChart(id);
            return other == null ? id : other.caption();
        });
        inspector.showPossibleDuplicate(entity == null ? null : model.possibleDuplicates().get(entity.id()));
    }

    private String captionOf(String id) {
        Entity other = model.entityOnChart(id);
        return other == null ? id : other.caption();
    }

    private Runnable quitAction = Platform::exit;

    /** What quitting does once the analyst has agreed (the application ends it; a test may watch it instead). */
    public void onQuit(Runnable action) {
        quitAction = java.util.Objects.requireNonNull(action);
    }

    /** Quits (Ctrl+Q, the window's close button): asks first if the chart has unsaved changes. */
    public void quit() {
        leaveChart(quitAction);
    }

    /**
     * Runs {@code then} once the chart may be left: at once without unsaved changes; otherwise
     * after the analyst chose to save (then once it is saved) or to discard them. Cancel runs nothing.
     */
    public void leaveChart(Runnable then) {
        if (!model.modifiedProperty().get()) {
            then.run();
            return;
        }
        var save = new javafx.scene.control.ButtonType(I18n.text("unsaved.save"), javafx.scene.control.ButtonBar.ButtonData.YES);
        var discard = new javafx.scene.control.ButtonType(I18n.text("unsaved.discard"), javafx.scene.control.ButtonBar.ButtonData.NO);
        var cancel = new javafx.scene.control.ButtonType(I18n.text("action.cancel"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        var alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                I18n.text("unsaved.text"), save, discard, cancel);
        alert.initOwner(getScene() == null ? null : getScene().getWindow());
        alert.setTitle(I18n.text("unsaved.title"));
        alert.setHeaderText(I18n.text("unsaved.header", model.chartNameProperty().get().isEmpty()
                ? I18n.text("chart.untitled") : model.chartNameProperty().get()));
        alert.getDialogPane().setId("unsavedChanges");
        alert.showAndWait().ifPresent(answer -> {
            if (answer == save) {
                saveChart(then);
            } else if (answer == discard) {
                then.run();
            }
        });
    }

    public void saveChart() {
        saveChart(() -> { });
    }

    /** The justification last given for a search for connections, offered again. */
    private String lastJustification = "";

    /**
     * Asks why (the analysis needs a justification, which the audit log keeps) and looks for the
     * connections among the selected entities (issue 19).
     */
    public void connect() {
        if (model.selection().size() < 2) {
            model.statusProperty().set(I18n.text("status.connectNeedsTwo"));
            return;
        }
        var dialog = new TextInputDialog(lastJustification);
        dialog.setTitle(I18n.text("connect.title"));
        dialog.setHeaderText(I18n.text("connect.header"));
        dialog.getEditor().setId("connectJustification");
        org.netzbild.ui.forms.Buttons.okAndCancel(dialog);
        dialog.showAndWait().map(String::strip).filter(text -> !text.isEmpty()).ifPresent(text -> {
            lastJustification = text;
            model.connectSelection(text);
        });
    }

    /** Asks for a name and saves the chart; {@code afterwards} runs once it is saved. */
    private void saveChart(Runnable afterwards) {
        var dialog = new TextInputDialog(model.chartNameProperty().get().isEmpty()
                ? I18n.text("chart.defaultName") : model.chartNameProperty().get());
        dialog.setTitle(I18n.text("chart.saveTitle"));
        dialog.setHeaderText(I18n.text("chart.saveHeader"));
        dialog.getEditor().setId("chartName");
        org.netzbild.ui.forms.Buttons.okAndCancel(dialog);
        dialog.showAndWait().map(String::strip).ifPresent(name -> {
            if (Charts.isValidName(name)) {
                model.save(name, chart.positions(), afterwards);
            } else {
                model.statusProperty().set(I18n.text("chart.badName", name));
            }
        });
    }

    /** Exports the chart on screen: format and recipient with a preview of what goes out, then the file. */
    public void exportChart() {
        if (model.workspace() == null || model.currentChart().entities().isEmpty()) {
            model.statusProperty().set(I18n.text("export.emptyChart"));
            return;
        }
        var positions = chart.positions();
        var selected = java.util.Set.copyOf(chart.selection());
        var looks = chart.looks();
        var marks = chart.legendMarks();
        String marksHeading = I18n.text("legend." + model.colouringProperty().get().name());
        String title = model.chartNameProperty().get().isEmpty() ? I18n.text("chart.defaultName")
                : model.chartNameProperty().get();
        boolean linksByAgencyKind = model.linksByAgencyKindProperty().get();
        var drawn = new org.netzbild.app.Exports.DiagramOptions(org.netzbild.export.Diagram.Page.A4_LANDSCAPE, looks,
                marksHeading, marks, null).withLinksByAgencyKind(linksByAgencyKind);
        var dialog = new org.netzbild.ui.exports.ExportDialog(model.currentChart(), positions, selected, title, drawn);
        dialog.showAndWait().ifPresent(choice -> {
            var options = new org.netzbild.app.Exports.DiagramOptions(choice.page(), looks, marksHeading, marks,
                    choice.selectionOnly() ? selected : null, choice.sources(), linksByAgencyKind);
            if (choice.target() != org.netzbild.ui.exports.ExportDialog.Target.FILE) {
                var destination = org.netzbild.app.Exports.Destination.valueOf(choice.target().name());
                model.handOver(destination, choice.recipient(), positions, options, handover -> {
                    var delivery = new org.netzbild.ui.exports.DiagramDelivery();
                    model.statusProperty().set(destination == org.netzbild.app.Exports.Destination.CLIPBOARD
                            ? delivery.toClipboard(handover)
                            : delivery.print(handover, getScene() == null ? null : getScene().getWindow()));
                });
                return;
            }
            var chooser = new javafx.stage.FileChooser();
            chooser.setTitle(I18n.text("export.saveTitle"));
            chooser.setInitialFileName(org.netzbild.app.Exports.fileName(title, choice.format()));
            var file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
            if (file != null) {
                model.export(choice.format(), choice.recipient(), positions, file.toPath(), options);
            }
        });
    }

    /** Opens a saved chart, after asking what to do with unsaved changes of the one shown. */
    public void openChart() {
        leaveChart(this::chooseChart);
    }

    private void chooseChart() {
        List<String> names = model.chartNames();
        if (names.isEmpty()) {
            model.statusProperty().set(I18n.text("chart.noneSaved"));
            return;
        }
        var dialog = new ChoiceDialog<>(names.getFirst(), names);
        dialog.setTitle(I18n.text("chart.openTitle"));
        dialog.setHeaderText(I18n.text("chart.openHeader"));
        org.netzbild.ui.forms.Buttons.okAndCancel(dialog);
        Optional<String> chosen = dialog.showAndWait();
        chosen.ifPresent(model::openChart);
    }

    public void newEntity() {
        if (model.workspace() == null) {
            return;
        }
        var dialog = new EntityFormDialog(new EntityForms(model.workspace()), model.tasks().executor());
        dialog.showAndWait().ifPresent(model::created);
    }

    public void editEntity() {
        if (model.workspace() == null || model.selection().size() != 1) {
            model.statusProperty().set(I18n.text("inspector.none"));
            return;
        }
        Entity entity = model.entityOnChart(model.selection().getFirst());
        new EntityFormDialog(new EntityForms(model.workspace()), model.tasks().executor(), entity)
                .showAndWait().ifPresent(model::edited);
    }

    /** A form for a link between the two entities selected on the chart. */
    public void newLink() {
        if (model.workspace() == null || model.selection().size() != 2) {
            model.statusProperty().set(I18n.text("linkForm.selectTwo"));
            return;
        }
        Entity a = model.entityOnChart(model.selection().get(0));
        Entity b = model.entityOnChart(model.selection().get(1));
        if (a == null || b == null) {
            model.statusProperty().set(I18n.text("linkForm.selectTwo"));
            return;
        }
        new org.netzbild.ui.forms.LinkFormDialog(new EntityForms(model.workspace()), model.tasks().executor(), a, b)
                .showAndWait().ifPresent(model::linked);
    }

    /** Opens the import wizard; its new entities can go onto the chart at the end. */
    public org.netzbild.ui.imports.ImportWizard importFiles() {
        if (model.workspace() == null) {
            return null;
        }
        var wizard = new org.netzbild.ui.imports.ImportWizard(getScene() == null ? null : getScene().getWindow(),
                new org.netzbild.app.Imports(model.workspace()), model.tasks().executor(), model::showEntities,
                model::storeChanged);
        wizard.show();
        return wizard;
    }

    /**
     * Opens the review queue (§ 75 BDSG) for a data protection officer; nothing for a session whose
     * roles do not include working it (the menu item is hidden for them as well).
     */
    public org.netzbild.ui.review.ReviewQueueWindow reviewQueue() {
        if (!mayReview()) {
            return null;
        }
        var window = new org.netzbild.ui.review.ReviewQueueWindow(getScene() == null ? null : getScene().getWindow(),
                new org.netzbild.app.ReviewQueue(model.workspace()), model.tasks().executor());
        window.show();
        return window;
    }

    /**
     * Opens the possible duplicates across agencies (ADR 0031) for a session that may write; nothing
     * otherwise (the menu item is hidden for it as well).
     */
    public org.netzbild.ui.duplicates.DuplicatesWindow duplicates() {
        if (!mayMerge()) {
            return null;
        }
        var window = new org.netzbild.ui.duplicates.DuplicatesWindow(getScene() == null ? null : getScene().getWindow(),
                new org.netzbild.app.Duplicates(model.workspace()), model.tasks().executor());
        // a merge or rejection changes the candidates: the hint in search and inspector follows
        window.stage().setOnHidden(e -> model.refreshPossibleDuplicates());
        window.show();
        return window;
    }

    /** Opens the supra-local finder (issue 19) for a session that may analyse; nothing otherwise. */
    public org.netzbild.ui.analysis.NetworksWindow networks() {
        if (!mayAnalyse()) {
            return null;
        }
        var window = new org.netzbild.ui.analysis.NetworksWindow(getScene() == null ? null : getScene().getWindow(),
                new org.netzbild.app.Analyses(model.workspace()), model.tasks().executor(),
                ids -> model.addToChart(ids, I18n.text("networks.title")),
                ids -> new org.netzbild.app.Explorer(model.workspace()).entities(ids));
        window.show();
        return window;
    }

    /** Opens the shared attributes across agencies (issue 19) for a session that may analyse; nothing otherwise. */
    public org.netzbild.ui.analysis.SharedWindow shared() {
        if (!mayAnalyse()) {
            return null;
        }
        var window = new org.netzbild.ui.analysis.SharedWindow(getScene() == null ? null : getScene().getWindow(),
                new org.netzbild.app.Analyses(model.workspace()), model.tasks().executor(),
                ids -> model.addToChart(ids, I18n.text("shared.title")),
                ids -> new org.netzbild.app.Explorer(model.workspace()).entities(ids));
        window.show();
        return window;
    }

    /** Opens key players and brokers of the chart (issue 19) for a session that may analyse; nothing otherwise. */
    public org.netzbild.ui.analysis.PlayersWindow players() {
        if (!mayAnalyse()) {
            return null;
        }
        var window = new org.netzbild.ui.analysis.PlayersWindow(getScene() == null ? null : getScene().getWindow(),
                new org.netzbild.app.Analyses(model.workspace()), model.tasks().executor(),
                () -> java.util.List.copyOf(model.chartProperty().get().entities().keySet()),
                ids -> model.selection().setAll(ids),
                ids -> new org.netzbild.app.Explorer(model.workspace()).entities(ids));
        window.show();
        return window;
    }

    /** Whether the signed-in session may run the analysis functions. */
    boolean mayAnalyse() {
        return model.workspace() != null && model.workspace().session().may(org.netzbild.security.Permission.ANALYSE);
    }

    /** Whether the signed-in session may merge duplicates (a change by hand). */
    boolean mayMerge() {
        return model.workspace() != null && model.workspace().session().may(org.netzbild.security.Permission.WRITE);
    }

    /** Whether the signed-in session may work the review queue. */
    boolean mayReview() {
        return model.workspace() != null && model.workspace().session().may(org.netzbild.security.Permission.REVIEW);
    }

    private java.util.Set<String> lastLinkTypes = java.util.Set.of();

    /** Asks which link types to follow, then expands the selection along those only. */
    public void expandByLinkTypes() {
        if (model.selection().isEmpty()) {
            return;
        }
        new LinkTypeChoice(getScene() == null ? null : getScene().getWindow(), lastLinkTypes).showAndWait()
                .ifPresent(types -> {
                    lastLinkTypes = types;
                    model.expandSelection(types);
                });
    }

    /**
     * Keeps the chosen language for the next start and says so in both languages: every window,
     * menu and message is built in one language, so the change takes a restart (as in i2).
     */
    public void chooseLanguage(java.util.Locale locale) {
        var alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION);
        alert.initOwner(getScene() == null ? null : getScene().getWindow());
        alert.setHeaderText(null);
        try {
            org.netzbild.app.UserPreferences.saveLanguage(locale);
            alert.setContentText(I18n.text("language.nextStart"));
        } catch (RuntimeException e) {
            alert.setAlertType(javafx.scene.control.Alert.AlertType.ERROR);
            alert.setContentText(org.netzbild.app.ErrorMessages.describe(e));
        }
        alert.getDialogPane().setId("languageDialog");
        alert.show();
    }

    /**
     * Opens the audit log window for a data-protection officer; it reads the log once it shows. It
     * belongs to the session: a new sign-in or purpose closes it, since its readings are logged
     * under the purpose they were made for.
     */
    public org.netzbild.ui.audit.AuditLogWindow showAuditLog() {
        if (model.workspace() == null || !model.mayReadAuditProperty().get()) {
            return null;
        }
        closeAuditLog();
        var zone = java.time.ZoneId.systemDefault();
        auditWindow = new org.netzbild.ui.audit.AuditLogWindow(getScene() == null ? null : getScene().getWindow(),
                new org.netzbild.ui.audit.AuditLogViewModel(model.workspace(), model.tasks(), zone), zone);
        auditWindow.show();
        return auditWindow;
    }

    private org.netzbild.ui.audit.AuditLogWindow auditWindow;

    private void closeAuditLog() {
        if (auditWindow != null) {
            auditWindow.close();
            auditWindow = null;
        }
    }

    /**
     * Started with a server ({@code app --uri …}): the connection dialog, filled in from the start
     * options, asks for the password; cancelled, the desktop opens the local workspace instead.
     */
    public void connectAtStart(org.netzbild.ui.StartOptions options) {
        var server = options.server();
        new ConnectionDialog(options.folder(), server.uri(), server.user(), server.database(), server.trustCertificate())
                .showAndWait().ifPresentOrElse(address -> model.open(address, 0), () -> model.open(options));
    }

    /**
     * The first start on this account: asks where the workspace goes and whether it gets the demo
     * data, keeps the folder as the default, and opens it (the first ADMIN is asked for next when it
     * starts empty). Cancelled, the program ends: there is no workspace to show.
     */
    public void firstRun(org.netzbild.ui.StartOptions options) {
        new org.netzbild.ui.signin.FirstRunDialog(getScene() == null ? null : getScene().getWindow(),
                org.netzbild.app.WorkspaceSettings.suggestedFolder()).showAndWait().ifPresentOrElse(
                choice -> model.firstRun(choice.folder(), choice.demo() ? options.demoPersons() : 0),
                javafx.application.Platform::exit);
    }

    /** Asks where the backup goes and for an optional password, then lets the view model back up. */
    public void backUp() {
        if (model.workspace() == null || !model.mayBackUpProperty().get()) {
            return;
        }
        var folder = model.workspace().settings().folder();
        var suggested = (folder.getParent() == null ? folder : folder.getParent()).resolve(folder.getFileName() + "-"
                + java.time.LocalDate.now() + ".nbbackup");
        new org.netzbild.ui.backup.BackupDialog(getScene() == null ? null : getScene().getWindow(), suggested)
                .showAndWait().ifPresent(choice -> model.backUp(choice.file(), choice.password()));
    }

    public void switchStore() {
        if (model.workspace() == null) {
            return;
        }
        // the team server of the preferences, if one is kept, is offered filled in
        var server = org.netzbild.app.UserPreferences.teamServer();
        var dialog = !server.isSet() ? new ConnectionDialog(model.workspace().settings().folder())
                : new ConnectionDialog(model.workspace().settings().folder(), uriOrNull(server.uri()),
                        blankToNull(server.user()), blankToNull(server.database()),
                        server.trustCertificate().isBlank() ? null : java.nio.file.Path.of(server.trustCertificate()));
        dialog.showAndWait().ifPresent(address -> model.open(address, 0));
    }

    private static java.net.URI uriOrNull(String text) {
        try {
            return java.net.URI.create(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Extras → Einstellungen …: language, the workspace opened at start, the team server; kept in the
     * user's preferences file and used from the next start (the team server at the next switch).
     */
    public void showPreferences() {
        java.nio.file.Path open = model.workspace() == null ? null : model.workspace().settings().folder();
        new org.netzbild.ui.forms.PreferencesDialog(getScene() == null ? null : getScene().getWindow(), open)
                .showAndWait().ifPresent(choice -> {
                    var alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION);
                    alert.initOwner(getScene() == null ? null : getScene().getWindow());
                    alert.setHeaderText(null);
                    try {
                        org.netzbild.app.UserPreferences.save(choice.language(), choice.workspace(), choice.server());
                        alert.setContentText(I18n.text("preferences.saved", org.netzbild.app.UserPreferences.file()));
                    } catch (RuntimeException e) {
                        alert.setAlertType(javafx.scene.control.Alert.AlertType.ERROR);
                        alert.setContentText(org.netzbild.app.ErrorMessages.describe(e));
                    }
                    alert.getDialogPane().setId("preferencesSaved");
                    alert.show();
                });
    }

    /** Shows the dialog the model waits for, unless the step has moved on meanwhile. */
    private void askFor(ExplorerViewModel.Entry step) {
        if (step != model.entryProperty().get()) {
            return;
        }
        String where = model.storeDescriptionProperty().get();
        String problem = model.entryProblemProperty().get();
        switch (step) {
            case NONE -> { }
            case FIRST_ADMIN -> new FirstAdminDialog(where, problem).showAndWait().ifPresentOrElse(
                    admin -> model.createFirstAdmin(admin.name(), admin.agency(), admin.password()), model::entryCancelled);
            case SIGN_IN -> new SignInDialog(where, problem, model.demoWorkspaceProperty().get()).showAndWait()
                    .ifPresentOrElse(typed -> model.signIn(typed.user(), typed.password()), model::entryCancelled);
            case PURPOSE -> new PurposeDialog(model.signedInUser(), model.recentPurposes(), null, problem).showAndWait()
                    .ifPresentOrElse(model::statePurpose, model::entryCancelled);
            case CHANGE_PURPOSE -> new PurposeDialog(model.workspace().session().user(), model.recentPurposes(),
                    model.purpose(), problem).showAndWait().ifPresentOrElse(model::changePurpose, model::entryCancelled);
        }
    }

    public NetworkChart chart() {
        return chart;
    }

    public InspectorPane inspector() {
        return inspector;
    }

    public FilterPane filters() {
        return filters;
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button(I18n.text(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
