package org.netzbild.ui.explorer;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.netzbild.app.Charts;
import org.netzbild.app.DemoData;
import org.netzbild.app.Explorer;
import org.netzbild.app.I18n;
import org.netzbild.app.Workspace;
import org.netzbild.app.WorkspaceSettings;
import org.netzbild.chart.ChartFilter;
import org.netzbild.chart.ChartHistory;
import org.netzbild.chart.ChartState;
import org.netzbild.chart.PlaceIndex;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;
import org.netzbild.model.Neighbourhood;
import org.netzbild.model.SearchHit;
import org.netzbild.model.Statement;
import org.netzbild.model.StoreStatistics;
import org.netzbild.security.AnalystSession;
import org.netzbild.ui.StartOptions;
import org.netzbild.ui.chart.Colouring;
import org.netzbild.ui.tasks.BackgroundTasks;

/**
 * State and actions of the explorer window: the workspace, the search, the chart with its undo
 * history, the selection and what the inspector shows. Every store call runs as a background
 * task; results come back on the FX thread into the properties the views bind to.
 */
public final class ExplorerViewModel implements AutoCloseable {

    static final int SEARCH_LIMIT = 50;
    static final int EXPAND_LIMIT = 60;

    private final BackgroundTasks tasks = new BackgroundTasks();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObservableList<SearchHit> results = FXCollections.observableArrayList();
    private final ObjectProperty<ChartState> chart = new SimpleObjectProperty<>(ChartState.EMPTY);
    private final ChartHistory history = new ChartHistory(ChartState.EMPTY);
    private final ObservableList<String> selection = FXCollections.observableArrayList();
    private final ObservableList<String> highlighted = FXCollections.observableArrayList();
    private final ObjectProperty<Colouring> colouring = new SimpleObjectProperty<>(Colouring.TYPE);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty storeDescription = new SimpleStringProperty("");
    private final StringProperty sessionDescription = new SimpleStringProperty("");
    private final StringProperty chartName = new SimpleStringProperty("");
    private final BooleanProperty ready = new SimpleBooleanProperty(false);
    private final BooleanProperty canUndo = new SimpleBooleanProperty(false);
    private final BooleanProperty canRedo = new SimpleBooleanProperty(false);
    private final IntegerProperty hops = new SimpleIntegerProperty(1);
    private final ObjectProperty<Map<String, double[]>> placedPositions = new SimpleObjectProperty<>();
    private final ObjectProperty<List<Statement>> statements = new SimpleObjectProperty<>(List.of());
    private String statementsOf;
    private volatile Workspace workspace;

    /** Opens (or creates, with demo data) the embedded workspace of the start options. */
    public void open(StartOptions options) {
        String user = System.getProperty("user.name", "analyst");
        open(WorkspaceSettings.embedded(options.folder(),
                AnalystSession.unrestricted(user, I18n.text("session.agency"), I18n.text("session.purpose"))),
                options.demoPersons());
    }

    /** Opens a workspace (embedded or remote) in the background; the current one is closed once the new one is open. */
    public void open(WorkspaceSettings settings, int demoPersons) {
        ready.set(false);
        tasks.run(I18n.text("status.opening", settings.location()), (progress, cancelled) -> {
            Workspace opened = Workspace.open(settings);
            try {
                if (demoPersons > 0 && settings.isEmbedded()
                        && DemoData.isEmpty(opened)) {
                    DemoData.generate(opened, demoPersons, DemoData.DEFAULT_SEED, progress, cancelled);
                }
                if (cancelled.getAsBoolean()) {
                    // nobody will receive this workspace: shut it down cleanly here
                    opened.close();
                    return null;
                }
                return new Opened(opened, new Explorer(opened).statistics());
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }, opened -> {
            Workspace previous = workspace;
            workspace = opened.workspace();
            if (previous != null) {
                // shutting a database down takes seconds: not on the FX thread
                tasks.executor().execute(previous::close);
            }
            history.reset(ChartState.EMPTY);
            statementsOf = null;
            publish();
            results.clear();
            storeDescription.set(opened.workspace().description());
            AnalystSession session = opened.workspace().session();
            sessionDescription.set(I18n.text("status.session", session.user(), session.purpose()));
            status.set(I18n.text("status.ready", opened.statistics().entityCount(), opened.statistics().linkCount()));
            ready.set(true);
        }, message -> {
            status.set(message);
            ready.set(workspace != null);
        });
    }

    private record Opened(Workspace workspace, StoreStatistics statistics) {
    }

    public void search() {
        String text = searchText.get();
        if (workspace == null || text == null || text.isBlank()) {
            return;
        }
        Workspace current = workspace;
        tasks.run(I18n.text("status.searching"), (progress, cancelled) ->
                new Explorer(current).search(text, SEARCH_LIMIT), hits -> {
                    results.setAll(hits);
                    status.set(I18n.text("status.found", hits.size(), text));
                }, status::set);
    }

    /** Puts a search result on the chart and selects it. */
    public void add(SearchHit hit) {
        if (hit == null) {
            return;
        }
        change(I18n.text("op.add", hit.entity().caption()), history.current().with(List.of(hit.entity()), List.of()));
        selection.setAll(hit.entity().id());
    }

    /** Expands the selected entities by the chosen number of hops; hubs get a "+N more" stub. */
    public void expandSelection() {
        expandSelection(Set.of());
    }

    /** Expands the selection along these link types only (empty: all), as many hops as chosen. */
    public void expandSelection(Set<String> linkTypes) {
        List<String> ids = List.copyOf(selection);
        if (workspace == null || ids.isEmpty()) {
            return;
        }
        Workspace current = workspace;
        int steps = hops.get();
        tasks.run(I18n.text("status.expanding"), (progress, cancelled) -> {
            var found = new ArrayList<Neighbourhood>();
            for (int i = 0; i < ids.size() && !cancelled.getAsBoolean(); i++) {
                found.add(new Explorer(current).expand(ids.get(i), steps, linkTypes, EXPAND_LIMIT));
                progress.update(i + 1, ids.size(), "");
            }
            return found;
        }, found -> {
            ChartState next = history.current();
            for (Neighbourhood n : found) {
                next = next.with(n.entities(), n.links()).withMore(n.centreId(), n.unshown());
            }
            change(I18n.text("op.expand", ids.size()), next);
            long entities = found.stream().mapToLong(n -> n.entities().size()).sum();
            status.set(I18n.text("status.expanded", entities, found.stream().mapToLong(n -> n.links().size()).sum()));
        }, status::set);
    }

    /** Pages in the next neighbours of a hub whose "+N more" stub was opened. */
    public void expandMore(String hubId) {
        if (workspace == null) {
            return;
        }
        Workspace current = workspace;
        Set<String> onChart = Set.copyOf(history.current().entities().keySet());
        tasks.run(I18n.text("status.expanding"), (progress, cancelled) ->
                new Explorer(current).expandMore(hubId, onChart, EXPAND_LIMIT), n -> {
                    change(I18n.text("op.more", n.entities().size() - 1),
                            history.current().with(n.entities(), n.links()).withMore(hubId, n.unshown()));
                }, status::set);
    }

    /**
     * Finds the shortest paths between the two selected entities (up to six hops, kinship
     * included or not as the analyst chooses) and puts them on the chart, highlighted.
     */
    public void pathBetweenSelection(boolean withKinship) {
        if (workspace == null || selection.size() != 2) {
            status.set(I18n.text("status.pathNeedsTwo"));
            return;
        }
        Workspace current = workspace;
        String from = selection.get(0);
        String to = selection.get(1);
        Set<String> types = withKinship ? Set.of() : Explorer.linkTypesWithout("FAMILY");
        tasks.run(I18n.text("status.findingPath"), (progress, cancelled) ->
                new Explorer(current).paths(from, to, 6, types), paths -> {
                    if (paths.isEmpty()) {
                        status.set(I18n.text("path.none", 6));
                        highlighted.clear();
                        return;
                    }
                    ChartState next = history.current();
                    var onPath = new java.util.LinkedHashSet<String>();
                    for (var path : paths) {
                        next = next.with(path.entities(), path.links());
                        path.entities().forEach(e -> onPath.add(e.id()));
                    }
                    change(I18n.text("op.path"), next);
                    highlighted.setAll(onPath);
                    status.set(I18n.text("path.summary", paths.size(), paths.getFirst().length()));
                }, status::set);
    }

    public ObservableList<String> highlighted() {
        return highlighted;
    }

    public void removeSelection() {
        if (!selection.isEmpty()) {
            var ids = Set.copyOf(selection);
            selection.clear();
            change(I18n.text("op.remove", ids.size()), history.current().without(ids));
        }
    }

    public void collapseSelection() {
        if (!selection.isEmpty()) {
            change(I18n.text("op.collapse", selection.size()), history.current().collapsing(Set.copyOf(selection)));
        }
    }

    public void hideSelection() {
        if (!selection.isEmpty()) {
            var ids = Set.copyOf(selection);
            selection.clear();
            change(I18n.text("op.hide", ids.size()), history.current().hiding(ids));
        }
    }

    public void showAll() {
        change(I18n.text("op.showAll"), history.current().showingAll());
    }

    public void pinSelection(boolean pin) {
        if (!selection.isEmpty()) {
            change(I18n.text(pin ? "op.pin" : "op.unpin", selection.size()),
                    history.current().pinning(Set.copyOf(selection), pin));
        }
    }

    public void applyFilter(ChartFilter filter) {
        change(I18n.text("op.filter"), history.current().filtered(filter));
    }

    public void undo() {
        history.undo();
        publish();
    }

    public void redo() {
        history.redo();
        publish();
    }

    public void clearChart() {
        change(I18n.text("op.clear"), ChartState.EMPTY);
    }

    /** Saves the chart with the positions the view reports. */
    public void save(String name, Map<String, double[]> positions) {
        if (workspace == null) {
            return;
        }
        Workspace current = workspace;
        ChartState state = history.current();
        String colours = colouring.get().name();
        tasks.run(I18n.text("status.saving", name), (progress, cancelled) -> {
            new Charts(current).save(name, state, positions, colours);
            return name;
        }, saved -> {
            chartName.set(saved);
            status.set(I18n.text("status.saved", saved));
        }, status::set);
    }

    /** Opens a saved chart; entities deleted or no longer visible are named in the status bar. */
    public void openChart(String name) {
        if (workspace == null) {
            return;
        }
        Workspace current = workspace;
        tasks.run(I18n.text("status.openingChart", name), (progress, cancelled) -> new Charts(current).open(name),
                reopened -> {
                    history.reset(reopened.state());
                    selection.clear();
                    if (reopened.colouring() != null) {
                        colouring.set(Colouring.valueOf(reopened.colouring()));
                    }
                    publish();
                    placedPositions.set(reopened.positions());
                    chartName.set(reopened.name());
                    status.set(reopened.missing().isEmpty()
                            ? I18n.text("status.chartOpened", reopened.name(), reopened.state().entities().size())
                            : I18n.text("status.chartMissing", reopened.name(), reopened.missing().size(),
                                    String.join(", ", reopened.missing().stream().limit(5).toList())));
                }, status::set);
    }

    /** The names of the saved charts (read on the calling thread: a folder listing, no store access). */
    public List<String> chartNames() {
        return workspace == null ? List.of() : new Charts(workspace).names();
    }

    /** Puts entities (say, an import's new ones) on the chart with the links among them, as many as an expand shows. */
    public void showEntities(List<String> ids) {
        if (workspace == null || ids.isEmpty()) {
            return;
        }
        Workspace current = workspace;
        var wanted = ids.stream().limit(EXPAND_LIMIT).toList();
        // links to what the chart shows already join the newcomers to the picture instead of beside it
        var among = new java.util.LinkedHashSet<>(wanted);
        among.addAll(history.current().entities().keySet());
        tasks.run(I18n.text("status.expanding"), (progress, cancelled) -> {
            var explorer = new Explorer(current);
            return new Neighbourhood(wanted.getFirst(), explorer.entities(wanted), explorer.linksAmong(among), false, 0);
        }, found -> {
            change(I18n.text("op.add", found.entities().size()), history.current().with(found.entities(), found.links()));
            status.set(I18n.text("status.expanded", found.entities().size(), found.links().size()));
        }, status::set);
    }

    /**
     * The store changed under the chart (an import ended): what the inspector shows is read again,
     * since an import may have added statements to the inspected entity.
     */
    public void storeChanged() {
        String inspected = statementsOf;
        statementsOf = null;
        inspect(inspected);
    }

    /** Adds an entity created by form to the chart. */
    public void created(Entity entity) {
        change(I18n.text("op.create", entity.caption()), history.current().with(List.of(entity), List.of()));
        selection.setAll(entity.id());
        status.set(I18n.text("status.created", entity.caption()));
    }

    /** Draws a link created by form. */
    public void linked(Link link) {
        change(I18n.text("op.link", org.netzbild.app.Labels.linkType(link.type())),
                history.current().with(List.of(), List.of(link)));
        status.set(I18n.text("status.linked", org.netzbild.app.Labels.linkType(link.type())));
    }

    /** Shows an entity changed by form in place of its old version. */
    public void edited(Entity entity) {
        statementsOf = null;
        change(I18n.text("op.edit", entity.caption()), history.current().with(List.of(entity), List.of()));
        status.set(I18n.text("status.created", entity.caption()));
    }

    private void change(String label, ChartState next) {
        history.apply(label, next);
        publish();
    }

    private void publish() {
        chart.set(history.current());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
    }

    /**
     * Reads what every agency states about the one inspected entity ({@code null}: none), once per
     * entity: the inspector redraws with every chart change, the store is asked only when the
     * inspected entity changes, and each such read is audited as a disclosure.
     */
    public void inspect(String id) {
        if (java.util.Objects.equals(id, statementsOf)) {
            return;
        }
        statementsOf = id;
        statements.set(List.of());
        if (id == null || workspace == null || id.startsWith(org.netzbild.ui.chart.NetworkChart.MORE_PREFIX)) {
            return;
        }
        Workspace current = workspace;
        tasks.run(I18n.text("status.loadingStatements"), (progress, cancelled) -> new Explorer(current).statements(id),
                found -> {
                    if (id.equals(statementsOf)) {
                        statements.set(List.copyOf(found));
                    }
                }, status::set);
    }

    /** What the agencies state about the inspected entity; empty while being read. */
    public ObjectProperty<List<Statement>> statementsProperty() {
        return statements;
    }

    /** The entity on the chart with this id, or {@code null}. */
    public Entity entityOnChart(String id) {
        return history.current().entities().get(id);
    }

    public List<Link> linksOf(String id) {
        return history.current().links().values().stream()
                .filter(l -> l.fromId().equals(id) || l.toId().equals(id)).toList();
    }

    /** Agencies of the records on the chart, sorted for the filter panel. */
    public List<String> agenciesOnChart() {
        var agencies = new TreeSet<String>(Collator.getInstance(Locale.GERMANY));
        history.current().entities().values().forEach(e -> agencies.add(e.provenance().sourceAgency()));
        history.current().links().values().forEach(l -> agencies.add(l.provenance().sourceAgency()));
        return List.copyOf(agencies);
    }

    public PlaceIndex places() {
        return PlaceIndex.of(history.current());
    }

    public String undoLabel() {
        return history.undoLabel();
    }

    public String redoLabel() {
        return history.redoLabel();
    }

    public Workspace workspace() {
        return workspace;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObservableList<SearchHit> results() {
        return results;
    }

    public ObjectProperty<ChartState> chartProperty() {
        return chart;
    }

    public ObservableList<String> selection() {
        return selection;
    }

    public ObjectProperty<Colouring> colouringProperty() {
        return colouring;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty storeDescriptionProperty() {
        return storeDescription;
    }

    public StringProperty sessionDescriptionProperty() {
        return sessionDescription;
    }

    public StringProperty chartNameProperty() {
        return chartName;
    }

    public BooleanProperty readyProperty() {
        return ready;
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }

    public BooleanProperty canRedoProperty() {
        return canRedo;
    }

    public IntegerProperty hopsProperty() {
        return hops;
    }

    /** Positions a reopened chart asks the view to restore (set once per reopen). */
    public ObjectProperty<Map<String, double[]>> placedPositionsProperty() {
        return placedPositions;
    }

    public BackgroundTasks tasks() {
        return tasks;
    }

    @Override
    public void close() {
        tasks.close();
        if (workspace != null) {
            workspace.close();
        }
    }
}
