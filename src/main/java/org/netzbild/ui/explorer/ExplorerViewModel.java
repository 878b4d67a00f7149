package org.netzbild.ui.explorer;

import java.util.Set;
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
import org.netzbild.app.DemoData;
import org.netzbild.app.Explorer;
import org.netzbild.app.I18n;
import org.netzbild.app.Workspace;
import org.netzbild.app.WorkspaceSettings;
import org.netzbild.model.Neighbourhood;
import org.netzbild.model.SearchHit;
import org.netzbild.model.StoreStatistics;
import org.netzbild.security.AnalystSession;
import org.netzbild.ui.StartOptions;
import org.netzbild.ui.tasks.BackgroundTasks;

/**
 * State and actions of the explorer window. Every store call runs as a background task; results
 * come back on the FX thread into the properties the view binds to.
 */
public final class ExplorerViewModel implements AutoCloseable {

    private static final int SEARCH_LIMIT = 50;
    private static final int EXPAND_LIMIT = 150;

    private final BackgroundTasks tasks = new BackgroundTasks();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObservableList<SearchHit> results = FXCollections.observableArrayList();
    private final ObjectProperty<Neighbourhood> neighbourhood = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty storeDescription = new SimpleStringProperty("");
    private final BooleanProperty ready = new SimpleBooleanProperty(false);
    private final IntegerProperty hops = new SimpleIntegerProperty(1);
    private volatile Workspace workspace;

    /** Opens (or creates, with demo data) the workspace in the background. */
    public void open(StartOptions options) {
        String user = System.getProperty("user.name", "analyst");
        var settings = WorkspaceSettings.embedded(options.folder(),
                AnalystSession.unrestricted(user, I18n.text("session.agency"), I18n.text("session.purpose")));
        tasks.run(I18n.text("status.opening", options.folder()), (progress, cancelled) -> {
            Workspace opened = Workspace.open(settings);
            try {
                if (DemoData.isEmpty(opened)) {
                    DemoData.generate(opened, options.demoPersons(), DemoData.DEFAULT_SEED, progress, cancelled);
                }
                return new Opened(opened, new Explorer(opened).statistics());
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }, opened -> {
            workspace = opened.workspace();
            storeDescription.set(opened.workspace().description());
            status.set(I18n.text("status.ready", opened.statistics().entityCount(), opened.statistics().linkCount()));
            ready.set(true);
        }, status::set);
    }

    private record Opened(Workspace workspace, StoreStatistics statistics) {
    }

    public void search() {
        String text = searchText.get();
        if (workspace == null || text == null || text.isBlank()) {
            return;
        }
        tasks.run(I18n.text("status.searching"), (progress, cancelled) ->
                new Explorer(workspace).search(text, SEARCH_LIMIT), hits -> {
                    results.setAll(hits);
                    status.set(I18n.text("status.found", hits.size(), text));
                }, status::set);
    }

    public void show(SearchHit hit) {
        if (workspace == null || hit == null) {
            return;
        }
        String id = hit.entity().id();
        tasks.run(I18n.text("status.expanding"), (progress, cancelled) ->
                new Explorer(workspace).expand(id, hops.get(), Set.of(), EXPAND_LIMIT), shown -> {
                    neighbourhood.set(shown);
                    status.set(I18n.text(shown.truncated() ? "status.expandedTruncated" : "status.expanded",
                            shown.entities().size(), shown.links().size(), EXPAND_LIMIT));
                }, status::set);
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObservableList<SearchHit> results() {
        return results;
    }

    public ObjectProperty<Neighbourhood> neighbourhoodProperty() {
        return neighbourhood;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty storeDescriptionProperty() {
        return storeDescription;
    }

    public BooleanProperty readyProperty() {
        return ready;
    }

    public IntegerProperty hopsProperty() {
        return hops;
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
