package org.netzbild.ui.duplicates;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.netzbild.app.Duplicates;
import org.netzbild.app.I18n;
import org.netzbild.app.Labels;
import org.netzbild.model.MergeRecord;
import org.netzbild.model.PersonFacts;
import org.netzbild.resolve.Candidate;
import org.netzbild.resolve.PairScore;

/**
 * The possible duplicates across agencies (issue 20, ADR 0031): the candidate pairs with their score,
 * the selected pair side by side with the reasons field by field, and the decisions on it — merge,
 * reject (never proposed again), defer (left for later) — merge and reject with a reason for the
 * audit log. A second tab lists the merges the session may undo; undoing one asks for a confirmation
 * and a reason and gives back both persons as they were (ADR 0031). The store is asked on a background
 * thread; both lists are read again after every decision.
 */
public final class DuplicatesWindow {

    private static final java.time.format.DateTimeFormatter MERGED_AT =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.systemDefault());

    private final Duplicates duplicates;
    private final Executor background;
    private final Stage stage = new Stage();
    private final TableView<Candidate> table = new TableView<>();
    private final TextArea reasons = new TextArea();
    private final TextField reason = new TextField();
    private final Label status = new Label();
    private final TableView<MergeRecord> merges = new TableView<>();
    /** Whether an agency's own two records of one person are proposed too, not only pairs across agencies. */
    private final CheckBox withinAgencies = new CheckBox(I18n.text("duplicates.withinAgencies"));
    private final Button unmerge;
    private final List<Button> decisions;

    public DuplicatesWindow(Window owner, Duplicates duplicates, Executor background) {
        this.duplicates = duplicates;
        this.background = background;
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(I18n.text("duplicates.title"));
        table.setId("duplicatesTable");
        table.getColumns().addAll(List.of(
                column("duplicates.column.score", c -> String.format(Locale.ROOT, "%.2f", c.score().score())),
                column("duplicates.column.first", c -> person(c.kept())),
                column("duplicates.column.second", c -> person(c.other()))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(I18n.text("duplicates.loading")));
        reasons.setId("duplicatesReasons");
        reasons.setEditable(false);
        reasons.setStyle("-fx-font-family: monospace;");
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> reasons.setText(now == null ? "" : explain(now)));
        reason.setId("duplicatesReason");
        reason.setPromptText(I18n.text("duplicates.reasonPrompt"));
        HBox.setHgrow(reason, Priority.ALWAYS);
        status.setId("duplicatesStatus");
        Button merge = button("duplicatesMerge", "duplicates.merge", () -> decide(c -> duplicates.accept(c.id(), reason.getText())));
        Button reject = button("duplicatesReject", "duplicates.reject", () -> decide(c -> duplicates.reject(c.id(), reason.getText())));
        Button defer = button("duplicatesDefer", "duplicates.defer", this::defer);
        decisions = List.of(merge, reject, defer);
        merges.setId("mergesTable");
        merges.getColumns().addAll(List.of(
                mergeColumn("duplicates.merges.column.at", m -> m.at() == null ? "" : MERGED_AT.format(m.at())),
                mergeColumn("duplicates.column.first", MergeRecord::kept),
                mergeColumn("duplicates.merges.column.absorbed", MergeRecord::absorbed),
                mergeColumn("duplicates.merges.column.user", m -> m.user() == null ? "" : m.user()),
                mergeColumn("duplicates.merges.column.reason", m -> m.reason() == null ? "" : m.reason())));
        merges.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        merges.setPlaceholder(new Label(I18n.text("duplicates.merges.empty")));
        unmerge = button("duplicatesUnmerge", "duplicates.unmerge", this::confirmUnmerge);
        rebind();
        var split = new SplitPane(table, reasons);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        withinAgencies.setId("duplicatesWithinAgencies");
        withinAgencies.selectedProperty().addListener((o, was, now) -> reload(null));
        var scopeBar = new HBox(8, withinAgencies);
        scopeBar.setPadding(new Insets(0, 0, 8, 0));
        var candidatesTab = new Tab(I18n.text("duplicates.tab.candidates"), new BorderPane(split, scopeBar, null, null, null));
        var mergesBar = new HBox(8, new Label(I18n.text("duplicates.merges.hint")), unmerge);
        mergesBar.setPadding(new Insets(8, 0, 0, 0));
        var mergesTab = new Tab(I18n.text("duplicates.tab.merges"), new BorderPane(merges, null, null, mergesBar, null));
        mergesTab.setId("mergesTab");
        var tabs = new TabPane(candidatesTab, mergesTab);
        tabs.setId("duplicatesTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        var bottom = new VBox(8, new HBox(8, new Label(I18n.text("duplicates.reasonLabel")), reason, merge, reject, defer), status);
        bottom.setPadding(new Insets(8));
        var root = new BorderPane(tabs);
        root.setBottom(bottom);
        stage.setScene(new Scene(root, 1100, 600));
    }

    public Stage stage() {
        return stage;
    }

    /** Shows the window and looks for candidates. */
    public void show() {
        stage.show();
        reload(null);
    }

    /** The candidates and the merges the session may undo, read in one piece of background work. */
    private record Lists(List<Candidate> candidates, List<MergeRecord> merges) {
    }

    private void reload(String done) {
        var scope = withinAgencies.isSelected() ? org.netzbild.resolve.CandidateFinder.Scope.ALSO_WITHIN_AGENCIES
                : org.netzbild.resolve.CandidateFinder.Scope.ACROSS_AGENCIES;
        run(() -> new Lists(duplicates.candidates(scope), duplicates.merges()), lists -> {
            var candidates = lists.candidates();
            merges.getItems().setAll(lists.merges().reversed());
            table.getItems().setAll(candidates);
            table.setPlaceholder(new Label(I18n.text("duplicates.empty")));
            String count = I18n.text("duplicates.count", candidates.size());
            status.setText(done == null ? count : done + " " + count);
            if (!candidates.isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        });
    }

    private void decide(java.util.function.Consumer<Candidate> decision) {
        Candidate candidate = table.getSelectionModel().getSelectedItem();
        run(() -> {
            decision.accept(candidate);
            return candidate;
        }, c -> {
            reason.clear();
            reload(I18n.text("duplicates.decided", c.kept().name(), c.other().name()));
        });
    }

    /**
     * Asks before undoing the selected merge (the window stays responsive: the question is shown, not
     * waited for); on OK both persons are given back as they were, with the reason in the audit log.
     */
    private void confirmUnmerge() {
        MergeRecord merge = merges.getSelectionModel().getSelectedItem();
        if (merge == null) {
            return;
        }
        var confirm = new Alert(Alert.AlertType.CONFIRMATION,
                I18n.text("duplicates.unmergeConfirm", merge.kept(), merge.absorbed()), ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(stage);
        confirm.setHeaderText(null);
        confirm.setTitle(I18n.text("duplicates.unmerge"));
        confirm.setOnHidden(e -> {
            if (confirm.getResult() == ButtonType.OK) {
                String why = reason.getText();
                run(() -> {
                    duplicates.unmerge(merge.id(), why);
                    return merge;
                }, m -> {
                    reason.clear();
                    reload(I18n.text("duplicates.unmerged", m.kept(), m.absorbed()));
                });
            }
        });
        confirm.show();
    }

    /** Leaves the pair for later: nothing is stored, the next pair is selected. */
    private void defer() {
        int at = table.getSelectionModel().getSelectedIndex();
        table.getSelectionModel().select(at + 1 < table.getItems().size() ? at + 1 : 0);
        status.setText(I18n.text("duplicates.deferred"));
    }

    /** The pair side by side and the reasons field by field. */
    static String explain(Candidate candidate) {
        var text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%-24s %s%n", I18n.text("duplicates.column.first") + ":", person(candidate.kept())));
        text.append(String.format(Locale.ROOT, "%-24s %s%n", I18n.text("duplicates.column.second") + ":", person(candidate.other())));
        text.append(String.format(Locale.ROOT, "%-24s %.2f%n%n", I18n.text("duplicates.column.score") + ":", candidate.score().score()));
        for (PairScore.Field field : candidate.score().fields()) {
            text.append(String.format(Locale.ROOT, "%-16s %-16s %+.2f  %s%n", I18n.text("duplicates.topic." + field.topic()),
                    I18n.text("duplicates.verdict." + field.verdict()), field.points(), field.detail()));
        }
        return text.toString();
    }

    private static String person(PersonFacts person) {
        return person.name() + " · " + (person.birthDates().isEmpty() ? "–" : person.birthDates().getFirst()) + " · "
                + String.join(", ", person.agencies().stream().map(Labels::agency).toList()) + " · " + person.id();
    }

    private <T> void run(Supplier<T> work, java.util.function.Consumer<T> onSuccess) {
        // no second decision while one runs
        java.util.stream.Stream.concat(decisions.stream(), java.util.stream.Stream.of(unmerge)).forEach(b -> {
            b.disableProperty().unbind();
            b.setDisable(true);
        });
        org.netzbild.ui.tasks.WindowTasks.run(background, work, value -> {
            rebind();
            onSuccess.accept(value);
        }, message -> {
            rebind();
            status.setText(message);
        });
    }

    private void rebind() {
        decisions.forEach(b -> {
            b.disableProperty().unbind();
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        });
        unmerge.disableProperty().unbind();
        unmerge.disableProperty().bind(merges.getSelectionModel().selectedItemProperty().isNull());
    }

    private static Button button(String id, String key, Runnable action) {
        var button = new Button(I18n.text(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static TableColumn<MergeRecord, String> mergeColumn(String key, java.util.function.Function<MergeRecord, String> value) {
        var column = new TableColumn<MergeRecord, String>(I18n.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static TableColumn<Candidate, String> column(String key, java.util.function.Function<Candidate, String> value) {
        var column = new TableColumn<Candidate, String>(I18n.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
