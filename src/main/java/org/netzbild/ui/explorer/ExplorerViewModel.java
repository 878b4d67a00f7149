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
import org.netzbild.app.Labels;
import org.netzbild.app.UserPreferences;
import org.netzbild.app.WorkspaceAddress;
import org.netzbild.app.WorkspaceGate;
import org.netzbild.security.Purpose;
import org.netzbild.chart.ChartFilter;
import org.netzbild.chart.ChartHistory;
import org.netzbild.chart.ChartState;
import org.netzbild.chart.PlaceIndex;
import org.netzbild.model.Entity;
import org.netzbild.model.GraphPath;
import org.netzbild.model.Link;
import org.netzbild.model.Neighbourhood;
import org.netzbild.model.SearchHit;
import org.netzbild.model.Statement;
import org.netzbild.model.StoreStatistics;
import org.netzbild.security.AnalystSession;
import org.netzbild.security.Permission;
import org.netzbild.ui.StartOptions;
import org.netzbild.chart.Colouring;
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
    /** How the timeline under the chart is left: shown, lanes, brushed period; null while it is hidden (issue 19). */
    private final ObjectProperty<org.netzbild.chart.TimelineView> timelineView = new SimpleObjectProperty<>();
    /** Whether links are drawn in the colour of the kind of agency that stated them (issue 18). */
    private final javafx.beans.property.BooleanProperty linksByAgencyKind = new javafx.beans.property.SimpleBooleanProperty();
    /** The entity type the search is narrowed to, or null for every type. */
    private final ObjectProperty<String> searchType = new SimpleObjectProperty<>();
    /** Whether the last search found more than it shows. */
    private final javafx.beans.property.BooleanProperty moreResults = new javafx.beans.property.SimpleBooleanProperty();
    /** Above this many persons the desktop computes no "possible duplicate" hint when it opens. */
    static final long HINT_PERSONS = 200_000;
    /**
     * Person id → the other person of its best duplicate candidate, as the hint shows it (ADR 0031);
     * replaced as a whole when the matcher has run, so that the views hear of it once, not once per pair.
     */
    private final ObjectProperty<java.util.Map<String, String>> possibleDuplicates = new SimpleObjectProperty<>(java.util.Map.of());
    private final ObjectProperty<ChartState> chart = new SimpleObjectProperty<>(ChartState.EMPTY);
    private final ChartHistory history = new ChartHistory(ChartState.EMPTY);
    private final ObservableList<String> selection = FXCollections.observableArrayList();
    private final ObservableList<String> highlighted = FXCollections.observableArrayList();
    private final ObservableList<org.netzbild.model.GraphPath> paths = FXCollections.observableArrayList();
    private final ObservableList<String> dimmed = FXCollections.observableArrayList();
    /** The border whose crossing links the chart shows with a band, and whether it shows those links alone. */
    private final ObjectProperty<org.netzbild.chart.Border> border = new SimpleObjectProperty<>(org.netzbild.chart.Border.NONE);
    private final javafx.beans.property.BooleanProperty acrossOnly = new javafx.beans.property.SimpleBooleanProperty();
    /** Which agencies state each entity on the chart, read once per entity as it comes on the chart (issue 18). */
    private final javafx.collections.ObservableMap<String, java.util.SortedSet<String>> sources =
            FXCollections.observableHashMap();
    private final ObjectProperty<Colouring> colouring = new SimpleObjectProperty<>(Colouring.TYPE);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty storeDescription = new SimpleStringProperty("");
    private final StringProperty sessionDescription = new SimpleStringProperty("");
    private final StringProperty chartName = new SimpleStringProperty("");
    /** The chart as last saved or opened (empty at the start of a session): what "unsaved changes" are measured against. */
    private ChartState savedState = ChartState.EMPTY;
    /** Whether the analyst has dragged entities since the chart was last saved or opened: positions are saved too. */
    private boolean movedSinceSave;
    private final BooleanProperty modified = new SimpleBooleanProperty(false);
    private final StringProperty title = new SimpleStringProperty();
    /** The link shown in the inspector (selected on the chart), or {@code null}. */
    private final ObjectProperty<String> inspectedLink = new SimpleObjectProperty<>();

    {
        updateModified();
    }
    private final BooleanProperty ready = new SimpleBooleanProperty(false);
    private final BooleanProperty canUndo = new SimpleBooleanProperty(false);
    private final BooleanProperty canRedo = new SimpleBooleanProperty(false);
    private final IntegerProperty hops = new SimpleIntegerProperty(1);
    private final ObjectProperty<Map<String, double[]>> placedPositions = new SimpleObjectProperty<>();
    private final ObjectProperty<List<Statement>> statements = new SimpleObjectProperty<>(List.of());
    private String statementsOf;
    private volatile Workspace workspace;
    private final ObjectProperty<Entry> entry = new SimpleObjectProperty<>(Entry.NONE);
    private final StringProperty entryProblem = new SimpleStringProperty("");
    private final BooleanProperty demoWorkspace = new SimpleBooleanProperty(false);
    private final BooleanProperty mayReadAudit = new SimpleBooleanProperty(false);
    private final BooleanProperty mayBackUp = new SimpleBooleanProperty(false);
    private volatile WorkspaceGate gate;
    /**
     * Workspaces opened in the background whose gate has not reached the FX thread yet: a program
     * ended in between (SIGTERM during the open) closes them with the model, or they stay open.
     */
    private final java.util.Set<WorkspaceGate> arriving = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile WorkspaceGate.SignedIn signedIn;

    /**
     * What the window waits for before it shows any data: the first ADMIN account of a workspace
     * without accounts, a sign-in, a purpose; or a change of purpose the user asked for.
     */
    public enum Entry {
        NONE, FIRST_ADMIN, SIGN_IN, PURPOSE, CHANGE_PURPOSE
    }

    /**
     * The first run's choice: the folder becomes the default workspace (kept in the user's
     * preferences; if that file cannot be written the status says so and the workspace opens all the
     * same), then it is opened, with {@code demoPersons} of demo data if it is new.
     */
    public void firstRun(java.nio.file.Path folder, int demoPersons) {
        try {
            org.netzbild.app.UserPreferences.saveWorkspace(folder);
        } catch (RuntimeException e) {
            status.set(org.netzbild.app.ErrorMessages.describe(e));
        }
        open(WorkspaceAddress.embedded(folder), demoPersons);
    }

    /**
     * Opens (or creates, with demo data and demo accounts) the embedded workspace of the start options;
     * a chart named there (a chart file the program was started with) opens once the user is in.
     */
    public void open(StartOptions options) {
        chartAfterEntry = options.chart();
        open(WorkspaceAddress.embedded(options.folder()), options.demoPersons());
    }

    /** The chart to open once the user has signed in and stated a purpose; null for none. */
    private String chartAfterEntry;

    /**
     * Opens a workspace (embedded or remote) in the background up to its gate; the user then signs
     * in and states a purpose ({@link #entryProperty()}). The current workspace stays until then.
     */
    public void open(WorkspaceAddress address, int demoPersons) {
        ready.set(workspace != null);
        tasks.run(I18n.text("status.opening", address.description()), (progress, cancelled) -> {
            WorkspaceGate opened = WorkspaceGate.open(address);
            try {
                if (demoPersons > 0 && address.isEmbedded() && DemoData.isNew(opened)) {
                    DemoData.fill(opened, demoPersons, DemoData.DEFAULT_SEED, progress, cancelled);
                }
                if (cancelled.getAsBoolean()) {
                    // nobody will receive this workspace: shut it down cleanly here
                    closeUninterrupted(opened);
                    return null;
                }
                var arrived = new Gate(opened, opened.hasAccounts(), DemoData.isDemo(opened));
                arriving.add(opened);
                if (cancelled.getAsBoolean() && arriving.remove(opened)) {
                    // cancelled meanwhile: no success handler will take it
                    closeUninterrupted(opened);
                    return null;
                }
                return arrived;
            } catch (RuntimeException e) {
                closeUninterrupted(opened);
                throw e;
            }
        }, opened -> {
            if (!arriving.remove(opened.gate())) {
                return; // the model was closed meanwhile, and the workspace with it
            }
            closeGate();
            gate = opened.gate();
            demoWorkspace.set(opened.demo());
            if (workspace == null) {
                storeDescription.set(opened.gate().description());
            }
            entryProblem.set("");
            status.set(I18n.text(opened.hasAccounts() ? "status.signInNeeded" : "status.firstAdminNeeded"));
            entry.set(opened.hasAccounts() ? Entry.SIGN_IN : Entry.FIRST_ADMIN);
        }, message -> {
            status.set(message);
            ready.set(workspace != null);
        });
    }

    private record Gate(WorkspaceGate gate, boolean hasAccounts, boolean demo) {
    }

    /**
     * Closes a workspace opened for nobody. Its task was cancelled, which interrupts the task's
     * thread, and Neo4j's closing checkpoint cut short by an interrupt leaves a store its next open
     * has to rebuild; the interrupt is handed on once the store is closed.
     */
    private static void closeUninterrupted(WorkspaceGate opened) {
        boolean interrupted = Thread.interrupted();
        try {
            opened.close();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Creates the first ADMIN account of a workspace without accounts, then asks for a sign-in. */
    public void createFirstAdmin(String name, String agency, char[] password) {
        WorkspaceGate current = gate;
        if (current == null) {
            return;
        }
        entry.set(Entry.NONE);
        tasks.run(I18n.text("status.creatingAccount"), (progress, cancelled) -> {
            try {
                return current.createFirstAdmin(name, agency, password);
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
        }, account -> {
            entryProblem.set("");
            status.set(I18n.text("status.accountCreated", account.name()));
            entry.set(Entry.SIGN_IN);
        }, message -> {
            entryProblem.set(message);
            entry.set(Entry.FIRST_ADMIN);
        });
    }

    /** Checks user name and password; a refusal is shown in the sign-in dialog again. */
    public void signIn(String user, char[] password) {
        WorkspaceGate current = gate;
        if (current == null) {
            return;
        }
        entry.set(Entry.NONE);
        tasks.run(I18n.text("status.signingIn"), (progress, cancelled) -> {
            try {
                return current.signIn(user, password);
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
        }, signed -> {
            signedIn = signed;
            entryProblem.set("");
            entry.set(Entry.PURPOSE);
        }, message -> {
            entryProblem.set(message);
            entry.set(Entry.SIGN_IN);
        });
    }

    /**
     * Enters the workspace for the stated purpose (null: the user gave none, which is refused and
     * logged) and shows its figures; the purpose joins the recent ones.
     */
    public void statePurpose(Purpose purpose) {
        WorkspaceGate current = gate;
        WorkspaceGate.SignedIn who = signedIn;
        if (current == null || who == null) {
            return;
        }
        entry.set(Entry.NONE);
        tasks.run(I18n.text("status.entering"), (progress, cancelled) -> {
            Workspace opened = current.enter(who, purpose);
            try {
                return new Opened(opened, figures(opened));
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }, opened -> {
            gate = null;
            signedIn = null;
            Workspace previous = workspace;
            workspace = opened.workspace();
            sources.clear();
            if (previous != null) {
                // shutting a database down takes seconds: not on the FX thread
                tasks.executor().execute(previous::close);
            }
            remember(purpose);
            showNewSession(opened.statistics());
            if (chartAfterEntry != null) {
                String chart = chartAfterEntry;
                chartAfterEntry = null;
                openChart(chart);
            }
        }, message -> {
            entryProblem.set(message);
            // a refusal for want of a purpose asks again; one that closed the workspace (no case data
            // for this role) ends at the message
            if (purpose == null) {
                entry.set(Entry.PURPOSE);
            } else {
                gate = null;
                signedIn = null;
                status.set(message);
            }
        });
    }

    /** Asks for another purpose for the open workspace (Extras → change purpose). */
    public void requestPurposeChange() {
        if (workspace != null) {
            entryProblem.set("");
            entry.set(Entry.CHANGE_PURPOSE);
        }
    }

    /** Works on for another purpose: logged; the chart starts empty, since the case decides what is visible. */
    public void changePurpose(Purpose purpose) {
        Workspace current = workspace;
        entry.set(Entry.NONE);
        if (current == null || purpose == null) {
            return;
        }
        tasks.run(I18n.text("status.changingPurpose"), (progress, cancelled) -> {
            current.changePurpose(purpose);
            return figures(current);
        }, statistics -> {
            remember(purpose);
            showNewSession(statistics);
        }, message -> {
            entryProblem.set(message);
            entry.set(Entry.CHANGE_PURPOSE);
        });
    }

    /** The user closed a sign-in or purpose dialog: nothing is shown until they sign in again. */
    public void entryCancelled() {
        entry.set(Entry.NONE);
        if (workspace == null) {
            status.set(I18n.text("status.notSignedIn"));
        }
    }

    /** Shows the sign-in dialog again (after it was closed), while the workspace is open at its gate. */
    public void requestSignIn() {
        if (gate != null) {
            entryProblem.set("");
            entry.set(signedIn == null ? Entry.SIGN_IN : Entry.PURPOSE);
        }
    }

    /**
     * What entering shows: {@link #NOT_COUNTED} for a user who reads case data (the figures come on
     * request, {@link #countVisible}: counting reads every visible record, which at a million
     * entities takes a minute and most of the store into memory); {@code null} for a data-protection
     * officer, who signs in for the audit log, not to read records. Any other role without case data
     * (an ADMIN) is refused here by the store, logged, and the window has nothing for it.
     */
    private static StoreStatistics figures(Workspace opened) {
        var session = opened.session();
        if (session.may(Permission.READ_CASE_DATA)) {
            return NOT_COUNTED;
        }
        return session.may(Permission.READ_AUDIT) ? null : new Explorer(opened).statistics();
    }

    /** Entered, the records not counted (yet). */
    private static final StoreStatistics NOT_COUNTED = new StoreStatistics(java.util.Map.of(), java.util.Map.of(), 0);

    /** Extras → Bestandszahlen: counts what this session may see, in the background, into the status bar. */
    public void countVisible() {
        Workspace current = workspace;
        if (current == null) {
            return;
        }
        tasks.run(I18n.text("status.counting"), (progress, cancelled) -> new Explorer(current).statistics(),
                statistics -> status.set(I18n.text("status.counted", statistics.entityCount(), statistics.linkCount())),
                status::set);
    }

    private void showNewSession(StoreStatistics statistics) {
        history.reset(ChartState.EMPTY);
        forgetPaths();
        statementsOf = null;
        chartName.set("");
        chartSaved(ChartState.EMPTY);
        publish();
        results.clear();
        storeDescription.set(workspace.description());
        AnalystSession session = workspace.session();
        sessionDescription.set(I18n.text("status.session", session.user(), Labels.agency(session.agency()),
                session.purpose().caseReference(), session.purpose().reason()));
        status.set(I18n.text(statistics == null ? "status.auditOnly" : "status.readyToSearch"));
        mayReadAudit.set(session.may(Permission.READ_AUDIT));
        mayBackUp.set(session.may(Permission.BACKUP) && workspace.settings().isEmbedded());
        entryProblem.set("");
        ready.set(true);
        refreshPossibleDuplicates();
    }

    /**
     * Looks for duplicate candidates among the persons the session may see (the same matcher as the
     * duplicates window), quietly in the background; the "possible duplicate" hint in the search
     * results, the inspector and the chart follows. Run when the workspace opens, after an import
     * ({@link #storeChanged}) and after the duplicates window closes (a merge or rejection changes the list).
     */
    public void refreshPossibleDuplicates() {
        Workspace current = workspace;
        // a session that may not read case data (administration, audit only) has no persons to compare;
        // a store so large that the matcher would hold the desktop's memory for a minute gets no hint
        // (the duplicates window and 'netzbild dedupe' still find the candidates on request)
        if (current == null || !current.session().may(Permission.READ_CASE_DATA)) {
            return;
        }
        org.netzbild.ui.tasks.WindowTasks.run(tasks.executor(), () -> {
            var hints = new java.util.HashMap<String, String>();
            // the persons are read no further than the limit: entering counts nothing (a full count reads
            // the whole store), so the limit is found out by reading
            new org.netzbild.app.Duplicates(current).byPersonIfAtMost(HINT_PERSONS).orElse(java.util.Map.of())
                    .forEach((id, candidate) -> {
                var other = candidate.kept().id().equals(id) ? candidate.other() : candidate.kept();
                hints.put(id, String.format(java.util.Locale.ROOT, "%s · %s · %.2f", other.name(),
                        Labels.agency(other.agency()), candidate.score().score()));
            });
            return hints;
        }, hints -> {
            if (workspace == current) {
                possibleDuplicates.set(java.util.Map.copyOf(hints));
            }
        }, status::set);
    }

    /** Person id → its best duplicate candidate's other person, agency and score, for the hint (as of the last run of the matcher). */
    public java.util.Map<String, String> possibleDuplicates() {
        return possibleDuplicates.get();
    }

    /** The hint's pairs, replaced as a whole each time the matcher has run. */
    public javafx.beans.value.ObservableValue<java.util.Map<String, String>> possibleDuplicatesProperty() {
        return possibleDuplicates;
    }

    private void remember(Purpose purpose) {
        try {
            UserPreferences.rememberPurpose(purpose);
        } catch (RuntimeException e) {
            // the preferences file is a convenience; the purpose itself is on the audit log
            status.set(org.netzbild.app.ErrorMessages.describe(e));
        }
    }

    private void closeGate() {
        WorkspaceGate previous = gate;
        gate = null;
        signedIn = null;
        if (previous != null) {
            tasks.executor().execute(previous::close);
        }
    }

    public ObjectProperty<Entry> entryProperty() {
        return entry;
    }

    /** Why the last sign-in, first account or purpose was refused; empty when it was not. */
    public StringProperty entryProblemProperty() {
        return entryProblem;
    }

    /** Whether the signed-in session may read the audit log (role DATA_PROTECTION): the menu shows it then. */
    public BooleanProperty mayReadAuditProperty() {
        return mayReadAudit;
    }

    /** Whether the signed-in session may back the workspace up (role ADMIN, a local workspace): the menu shows it then. */
    public BooleanProperty mayBackUpProperty() {
        return mayBackUp;
    }

    /**
     * Backs the open workspace up into {@code file}, sealed with {@code password} unless it is empty
     * (ADR 0035); the store is shut for the copy, so the window waits as for any task. The password
     * is wiped once the backup is written or failed.
     */
    public void backUp(java.nio.file.Path file, char[] password) {
        if (workspace == null) {
            java.util.Arrays.fill(password, '\0');
            return;
        }
        Workspace current = workspace;
        tasks.run(I18n.text("status.backingUp", file), (progress, cancelled) -> {
            try {
                return new org.netzbild.app.Backups(current).backup(file, password);
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
        }, made -> status.set(I18n.text(made.sealed() ? "backup.doneSealed" : "backup.done", made.file(), made.files(),
                made.bytes() / 1_048_576.0)), status::set);
    }

    /** Whether the workspace at the gate holds the demo data (the sign-in dialog names the demo accounts). */
    public BooleanProperty demoWorkspaceProperty() {
        return demoWorkspace;
    }

    /** The purposes stated last, newest first, for the purpose dialog. */
    public List<Purpose> recentPurposes() {
        return UserPreferences.recentPurposes();
    }

    /** The user who signed in and is yet to state a purpose; empty when none. */
    public String signedInUser() {
        WorkspaceGate.SignedIn who = signedIn;
        return who == null ? "" : who.user();
    }

    /** The current purpose, if signed in. */
    public Purpose purpose() {
        return workspace == null ? null : workspace.session().purpose();
    }

    private record Opened(Workspace workspace, StoreStatistics statistics) {
    }

    public void search() {
        String text = searchText.get();
        if (workspace == null || text == null || text.isBlank()) {
            return;
        }
        Workspace current = workspace;
        String type = searchType.get();
        // one more than shown, to tell the analyst that there are more
        tasks.run(I18n.text("status.searching"), (progress, cancelled) ->
                new Explorer(current).search(text, type == null ? Set.of() : Set.of(type), SEARCH_LIMIT + 1), hits -> {
                    boolean more = hits.size() > SEARCH_LIMIT;
                    results.setAll(more ? hits.subList(0, SEARCH_LIMIT) : hits);
                    moreResults.set(more);
                    status.set(more ? I18n.text("status.foundMore", SEARCH_LIMIT, text) : I18n.text("status.found", hits.size(), text));
                }, status::set);
    }

    /** Puts every shown search result on the chart, with the links among them and those already there. */
    public void addAll(List<SearchHit> hits) {
        if (!hits.isEmpty()) {
            addToChart(hits.stream().map(h -> h.entity().id()).toList(), I18n.text("search.results"));
        }
    }

    /** How the timeline under the chart is left (null: hidden); saved with the chart and restored when it opens. */
    public ObjectProperty<org.netzbild.chart.TimelineView> timelineViewProperty() {
        return timelineView;
    }

    /** Whether links are drawn in the colour of the kind of agency that stated them instead of their type's. */
    public javafx.beans.property.BooleanProperty linksByAgencyKindProperty() {
        return linksByAgencyKind;
    }

    /** The entity type the search is narrowed to (null: every type). */
    public ObjectProperty<String> searchTypeProperty() {
        return searchType;
    }

    /** Whether the last search found more than it shows. */
    public javafx.beans.property.ReadOnlyBooleanProperty moreResultsProperty() {
        return moreResults;
    }

    /** Puts a search result on the chart and selects it. */
    public void add(SearchHit hit) {
        if (hit == null) {
            return;
        }
        change(I18n.text("op.add", hit.entity().caption()), history.current().with(List.of(hit.entity()), List.of()));
        selection.setAll(hit.entity().id());
    }

    /**
     * Puts entities an analysis found on the chart, with the links among them and those already
     * there, and selects them; {@code what} names the step in the undo history.
     */
    public void addToChart(java.util.Collection<String> ids, String what) {
        if (workspace == null || ids.isEmpty()) {
            return;
        }
        Workspace current = workspace;
        var together = new java.util.LinkedHashSet<>(history.current().entities().keySet());
        together.addAll(ids);
        tasks.run(I18n.text("status.adding"), (progress, cancelled) -> {
            var explorer = new Explorer(current);
            return new Neighbourhood(ids.iterator().next(), explorer.entities(ids), explorer.linksAmong(together), false, 0);
        }, found -> {
            change(I18n.text("op.addFound", found.entities().size(), what), history.current().with(found.entities(), found.links()));
            selection.setAll(found.entities().stream().map(org.netzbild.model.Entity::id).toList());
            status.set(I18n.text("status.added", found.entities().size(), found.links().size()));
        }, status::set);
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
                new Explorer(current).paths(from, to, 6, types, Explorer.DEFAULT_MAX_PATHS), found -> {
                    if (found.isEmpty()) {
                        status.set(I18n.text("path.none", 6));
                        highlighted.clear();
                        dimmed.clear();
                        paths.clear();
                        return;
                    }
                    ChartState next = history.current();
                    var onPath = new java.util.LinkedHashSet<String>();
                    for (var path : found.paths()) {
                        next = next.with(path.entities(), path.links());
                        path.entities().forEach(e -> onPath.add(e.id()));
                    }
                    change(I18n.text("op.path"), next);
                    dimmed.clear();
                    paths.setAll(found.paths());
                    highlighted.setAll(onPath);
                    status.set(Explorer.summary(found));
                }, status::set);
    }

    /** How many paths between two chosen entities the desktop asks for, and how many steps each may take. */
    static final int CONNECTION_PATHS = 5;
    static final int CONNECTION_HOPS = 6;

    /**
     * Connections among the selected entities (issue 19, {@code analysis.Connections}), with the
     * justification the analysis asks for: between two, the shortest paths beyond the shortest (up to
     * {@value #CONNECTION_PATHS}, at most {@value #CONNECTION_HOPS} steps), listed in the paths tab;
     * among three or more, the network that joins them. Either goes on the chart highlighted, in one
     * step of the undo history.
     */
    public void connectSelection(String justification) {
        if (workspace == null || selection.size() < 2) {
            status.set(I18n.text("status.connectNeedsTwo"));
            return;
        }
        Workspace current = workspace;
        var chosen = List.copyOf(selection);
        record Found(org.netzbild.analysis.Connections.Result result, List<GraphPath> paths, List<org.netzbild.model.Entity> entities,
                     List<org.netzbild.model.Link> links) {
        }
        tasks.run(I18n.text("status.connecting"), (progress, cancelled) -> {
            var result = new org.netzbild.app.Analyses(current).connections(chosen, Set.of(), false, CONNECTION_PATHS,
                    CONNECTION_HOPS, justification);
            var ids = new java.util.LinkedHashSet<String>();
            var linkIds = new java.util.HashSet<String>();
            result.connections().forEach(c -> {
                ids.addAll(c.entities());
                linkIds.addAll(c.links());
            });
            var explorer = new Explorer(current);
            var entities = new java.util.HashMap<String, org.netzbild.model.Entity>();
            explorer.entities(ids).forEach(e -> entities.put(e.id(), e));
            var links = explorer.linksAmong(ids).stream().filter(l -> linkIds.contains(l.id())).toList();
            var paths = new java.util.ArrayList<GraphPath>();
            if (chosen.size() == 2) {
                for (var c : result.connections()) {
                    var steps = new java.util.ArrayList<org.netzbild.model.Link>();
                    for (int k = 0; k + 1 < c.entities().size(); k++) {
                        String a = c.entities().get(k);
                        String b = c.entities().get(k + 1);
                        links.stream().filter(l -> l.fromId().equals(a) && l.toId().equals(b) || l.fromId().equals(b) && l.toId().equals(a))
                                .findFirst().ifPresent(steps::add);
                    }
                    var on = c.entities().stream().map(entities::get).toList();
                    if (steps.size() == c.steps() && on.stream().allMatch(java.util.Objects::nonNull)) {
                        paths.add(new GraphPath(on, steps));
                    }
                }
            }
            return new Found(result, paths, ids.stream().map(entities::get).filter(java.util.Objects::nonNull).toList(), links);
        }, found -> {
            if (found.entities().isEmpty()) {
                status.set(I18n.text("status.connectedNone", CONNECTION_HOPS));
                highlighted.clear();
                dimmed.clear();
                paths.clear();
                return;
            }
            change(I18n.text("op.connect", chosen.size()), history.current().with(found.entities(), found.links()));
            dimmed.clear();
            highlighted.setAll(found.entities().stream().map(org.netzbild.model.Entity::id).toList());
            paths.setAll(found.paths());
            var result = found.result();
            String summary = chosen.size() == 2
                    ? I18n.text("status.connectedPaths", found.paths().size(), CONNECTION_HOPS)
                    : I18n.text("status.connectedNetwork", found.entities().size(), result.connections().getFirst().steps());
            if (!result.unreached().isEmpty()) {
                summary += " " + I18n.text("status.connectedUnreached", String.join(", ", result.unreached()));
            }
            if (result.more()) {
                summary += " " + I18n.text("status.connectedMore");
            }
            status.set(summary);
        }, status::set);
    }

    public ObservableList<String> highlighted() {
        return highlighted;
    }

    /** Another chart: the paths found on the last one, their highlight and dimming go. */
    private void forgetPaths() {
        paths.clear();
        dimmed.clear();
        highlighted.clear();
    }

    /** The border whose crossing links the chart marks (Chart → Borders); NONE for none. */
    public ObjectProperty<org.netzbild.chart.Border> borderProperty() {
        return border;
    }

    /** Whether the chart shows only the links that cross the border chosen (entities stay). */
    public javafx.beans.property.BooleanProperty acrossOnlyProperty() {
        return acrossOnly;
    }

    /** Which agencies state each entity on the chart, as far as read; for its source ring. */
    public javafx.collections.ObservableMap<String, java.util.SortedSet<String>> sources() {
        return sources;
    }

    /**
     * Reads, in the background, which agencies state the entities of {@code state} not read yet,
     * in one audited read; the chart redraws with their source rings when it comes.
     */
    private void readSources(ChartState state) {
        if (workspace == null) {
            return;
        }
        var unread = state.entities().keySet().stream().filter(id -> !sources.containsKey(id)).toList();
        if (unread.isEmpty()) {
            return;
        }
        Workspace current = workspace;
        java.util.concurrent.CompletableFuture.supplyAsync(() -> new Explorer(current).sourceAgencies(unread),
                tasks.executor()).whenComplete((read, failure) -> javafx.application.Platform.runLater(() -> {
                    if (failure == null && current == workspace) {
                        var all = new java.util.HashMap<String, java.util.SortedSet<String>>();
                        unread.forEach(id -> all.put(id, new java.util.TreeSet<>()));
                        all.putAll(read);
                        sources.putAll(all);
                    }
                }));
    }

    /** The shortest paths last found, for the path list; empty when none were looked for or found. */
    public ObservableList<org.netzbild.model.GraphPath> paths() {
        return paths;
    }

    /** The entities dimmed because a path of the list was chosen: everything on the chart off that path. */
    public ObservableList<String> dimmed() {
        return dimmed;
    }

    /**
     * Chooses path {@code index} of {@link #paths()}: its entities highlighted and every other entity
     * on the chart dimmed, with their links (issue 18); {@code -1}: every path highlighted, nothing dimmed.
     */
    public void choosePath(int index) {
        if (index < 0 || index >= paths.size()) {
            var all = new java.util.LinkedHashSet<String>();
            paths.forEach(p -> p.entities().forEach(e -> all.add(e.id())));
            dimmed.clear();
            highlighted.setAll(all);
            return;
        }
        var on = new java.util.LinkedHashSet<String>();
        paths.get(index).entities().forEach(e -> on.add(e.id()));
        var off = history.current().entities().keySet().stream().filter(id -> !on.contains(id)).toList();
        highlighted.setAll(on);
        dimmed.setAll(off);
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
        save(name, positions, () -> { });
    }

    /** Saves the chart with the positions the view reports; {@code afterwards} runs once it is saved (not if saving fails). */
    public void save(String name, Map<String, double[]> positions, Runnable afterwards) {
        if (workspace == null) {
            return;
        }
        Workspace current = workspace;
        ChartState state = history.current();
        String colours = colouring.get().name();
        var timeline = timelineView.get();
        tasks.run(I18n.text("status.saving", name), (progress, cancelled) -> {
            new Charts(current).save(name, state, positions, colours, timeline);
            return name;
        }, saved -> {
            chartName.set(saved);
            chartSaved(state);
            status.set(I18n.text("status.saved", saved));
            afterwards.run();
        }, status::set);
    }

    /** The chart as it stands now (what an export of the chart on screen starts from). */
    public ChartState currentChart() {
        return history.current();
    }

    /**
     * Exports the chart on screen with the positions the view reports, for a recipient, in the
     * background; the status bar names the file and what stayed out.
     */
    public void export(org.netzbild.app.Exports.Format format, org.netzbild.export.Recipient recipient,
                       Map<String, double[]> positions, java.nio.file.Path file) {
        export(format, recipient, positions, file, org.netzbild.app.Exports.DiagramOptions.DEFAULT);
    }

    /** As above, a diagram (or only the selection) as {@code options} say. */
    public void export(org.netzbild.app.Exports.Format format, org.netzbild.export.Recipient recipient,
                       Map<String, double[]> positions, java.nio.file.Path file,
                       org.netzbild.app.Exports.DiagramOptions options) {
        if (workspace == null) {
            return;
        }
        Workspace current = workspace;
        ChartState state = history.current();
        String title = chartName.get().isEmpty() ? I18n.text("chart.defaultName") : chartName.get();
        tasks.run(I18n.text("status.exporting", file.getFileName()), (progress, cancelled) ->
                new org.netzbild.app.Exports(current).exportShown(title, state, positions, format, recipient, file, options),
                result -> {
                    long left = result.leftOut().values().stream().mapToLong(Long::longValue).sum();
                    status.set(I18n.text("status.exported", result.files().getFirst().getFileName(), result.entities(),
                            result.links(), left));
                }, status::set);
    }

    /**
     * Draws the chart on screen as a diagram for the clipboard or a printer, for a recipient, in the
     * background (the disclosure logged as intended), and gives it to {@code deliver} on the FX thread.
     */
    public void handOver(org.netzbild.app.Exports.Destination destination, org.netzbild.export.Recipient recipient,
                         Map<String, double[]> positions, org.netzbild.app.Exports.DiagramOptions options,
                         java.util.function.Consumer<org.netzbild.app.Exports.Handover> deliver) {
        if (workspace == null) {
            return;
        }
        Workspace current = workspace;
        ChartState state = history.current();
        String title = chartName.get().isEmpty() ? I18n.text("chart.defaultName") : chartName.get();
        tasks.run(I18n.text("status.rendering", I18n.text("export.destination." + destination)), (progress, cancelled) ->
                new org.netzbild.app.Exports(current).handOver(title, state, positions, recipient, options, destination),
                deliver, status::set);
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
                    forgetPaths();
                    selection.clear();
                    if (reopened.colouring() != null) {
                        colouring.set(Colouring.valueOf(reopened.colouring()));
                    }
                    publish();
                    placedPositions.set(reopened.positions());
                    timelineView.set(reopened.timeline());
                    chartName.set(reopened.name());
                    chartSaved(reopened.state());
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
     * since an import may have added statements to the inspected entity, and the possible duplicates
     * are looked for again, since its new persons may pair with stored ones (issue 20).
     */
    public void storeChanged() {
        String inspected = statementsOf;
        statementsOf = null;
        inspect(inspected);
        refreshPossibleDuplicates();
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
        readSources(history.current());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        updateModified();
    }

    /** The chart now is as saved (or opened): no unsaved changes. */
    private void chartSaved(ChartState state) {
        savedState = state;
        movedSinceSave = false;
        updateModified();
    }

    /** The analyst dragged entities: the picture differs from the saved one. */
    public void movedByHand() {
        movedSinceSave = true;
        updateModified();
    }

    private void updateModified() {
        // undoing back to the saved state is no change; an empty chart never saved is nothing to lose
        modified.set(movedSinceSave && !history.current().entities().isEmpty() || !history.current().equals(savedState));
        String name = chartName.get() == null || chartName.get().isEmpty() ? I18n.text("chart.untitled") : chartName.get();
        title.set(I18n.text(modified.get() ? "app.titleModified" : "app.titleWithChart", name));
    }

    /** Whether the chart has changes that are not saved (entities, links, filters, hidden, pinned, or positions dragged). */
    public BooleanProperty modifiedProperty() {
        return modified;
    }

    /** The window's title: the chart's name, an unsaved-changes mark, the application. */
    public StringProperty titleProperty() {
        return title;
    }

    /** The link shown in the inspector, or {@code null}. */
    public ObjectProperty<String> inspectedLinkProperty() {
        return inspectedLink;
    }

    /** The link on the chart with this id, or {@code null}. */
    public Link linkOnChart(String id) {
        return id == null ? null : history.current().links().get(id);
    }

    /**
     * What the agencies state about the connection a link draws: every link on the chart of the
     * same type between the same two entities (in either direction), the link itself first. Each
     * agency's statement of a connection is a link of its own, with its own provenance.
     */
    public List<Link> statementsOfLink(String id) {
        Link link = linkOnChart(id);
        if (link == null) {
            return List.of();
        }
        var same = new ArrayList<Link>();
        same.add(link);
        history.current().links().values().stream()
                .filter(l -> !l.id().equals(id) && l.type().equals(link.type()))
                .filter(l -> Set.of(l.fromId(), l.toId()).equals(Set.of(link.fromId(), link.toId())))
                .forEach(same::add);
        return same;
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
        for (WorkspaceGate opened : List.copyOf(arriving)) {
            if (arriving.remove(opened)) {
                opened.close();
            }
        }
        if (workspace != null) {
            workspace.close();
        }
        if (gate != null) {
            gate.close();
        }
    }
}
