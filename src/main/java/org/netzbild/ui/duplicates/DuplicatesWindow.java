package org.netzbild.ui.duplicates;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
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
import org.netzbild.model.PersonFacts;
import org.netzbild.resolve.Candidate;
import org.netzbild.resolve.PairScore;

/**
 * The possible duplicates across agencies (issue 20, ADR 0031): the candidate pairs with their score,
 * the selected pair side by side with the reasons field by field, and the decisions on it — merge,
 * reject (never proposed again), defer (left for later) — merge and reject with a reason for the
 * audit log. The store is asked on a background thread; the list is read again after every decision.
 */
public final class DuplicatesWindow {

    private final Duplicates duplicates;
    private final Executor background;
    private final Stage stage = new Stage();
    private final TableView<Candidate> table = new TableView<>();
    private final TextArea reasons = new TextArea();
    private final TextField reason = new TextField();
    private final Label status = new Label();
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
        decisions.forEach(b -> b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()));
        var bottom = new VBox(8, new HBox(8, new Label(I18n.text("duplicates.reasonLabel")), reason, merge, reject, defer), status);
        bottom.setPadding(new Insets(8));
        var split = new SplitPane(table, reasons);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        var root = new BorderPane(split);
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

    private void reload(String done) {
        run(duplicates::candidates, candidates -> {
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
        decisions.forEach(b -> {
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
    }

    private static Button button(String id, String key, Runnable action) {
        var button = new Button(I18n.text(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static TableColumn<Candidate, String> column(String key, java.util.function.Function<Candidate, String> value) {
        var column = new TableColumn<Candidate, String>(I18n.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
