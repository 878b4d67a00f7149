package org.netzbild.ui.review;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.netzbild.app.I18n;
import org.netzbild.app.Labels;
import org.netzbild.app.ReviewQueue;
import org.netzbild.model.Entity;
import org.netzbild.model.Handling;

/**
 * The review queue (§ 75 BDSG, ADR 0022) in a window of its own: the records of the officer's agency
 * whose review date has passed, with their origin, and the three decisions on the selected one —
 * keep until a new date, restrict (agency only or need-to-know) until a new date, or erase — each
 * with a reason for the audit log. The store is asked on a background thread; the list is read again
 * after every decision.
 */
public final class ReviewQueueWindow {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ReviewQueue queue;
    private final Executor background;
    private final Stage stage = new Stage();
    private final TableView<Entity> table = new TableView<>();
    private final TextField reason = new TextField();
    private final DatePicker until = new DatePicker(ReviewQueue.suggestedUntil());
    private final ChoiceBox<Handling> handling = new ChoiceBox<>();
    private final Label status = new Label();
    private final List<Button> decisions;

    public ReviewQueueWindow(Window owner, ReviewQueue queue, Executor background) {
        this.queue = queue;
        this.background = background;
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(I18n.text("review.title"));
        table.setId("reviewTable");
        table.getColumns().addAll(List.of(
                column("review.column.reviewBy", e -> day(e.provenance().reviewBy())),
                column("review.column.type", e -> I18n.text("type." + e.type())),
                column("review.column.caption", Entity::caption),
                column("review.column.agency", e -> Labels.agency(e.provenance().sourceAgency())),
                column("review.column.sourceRef", e -> e.provenance().sourceRef() == null ? "" : e.provenance().sourceRef()),
                column("review.column.recordedAt", e -> day(LocalDate.ofInstant(e.provenance().recordedAt(), ZoneOffset.UTC))),
                column("review.column.recordedBy", e -> e.provenance().recordedBy()),
                column("review.column.handling", e -> I18n.text("value.Handling." + e.provenance().handling()))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(I18n.text("review.loading")));
        reason.setId("reviewReason");
        reason.setPromptText(I18n.text("review.reasonPrompt"));
        HBox.setHgrow(reason, Priority.ALWAYS);
        until.setId("reviewUntil");
        // dates as the user's language writes them, whatever the machine's locale
        until.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : dayFormat().format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return text == null || text.isBlank() ? null : LocalDate.parse(text.strip(), dayFormat());
            }
        });
        handling.setId("reviewHandling");
        handling.getItems().setAll(Handling.AGENCY_ONLY, Handling.NEED_TO_KNOW);
        handling.setValue(Handling.AGENCY_ONLY);
        handling.setConverter(new StringConverter<>() {
            @Override
            public String toString(Handling h) {
                return h == null ? "" : I18n.text("value.Handling." + h);
            }

            @Override
            public Handling fromString(String text) {
                return null;
            }
        });
        status.setId("reviewStatus");
        Button keep = button("reviewKeep", "review.keep", () -> decide("review.keeping",
                () -> queue.keep(selected().id(), until.getValue(), reason.getText())));
        Button restrict = button("reviewRestrict", "review.restrict", () -> decide("review.restricting",
                () -> queue.restrict(selected().id(), handling.getValue(), until.getValue(), reason.getText())));
        Button erase = button("reviewErase", "review.erase", this::confirmErasure);
        decisions = List.of(keep, restrict, erase);
        decisions.forEach(b -> b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()));
        var reasonRow = new HBox(8, new Label(I18n.text("review.reasonLabel")), reason);
        var dateRow = new HBox(8, new Label(I18n.text("review.untilLabel")), until, keep,
                new Label(I18n.text("review.handlingLabel")), handling, restrict, erase);
        var bottom = new VBox(8, reasonRow, dateRow, status);
        bottom.setPadding(new Insets(8));
        var root = new BorderPane(table);
        root.setBottom(bottom);
        stage.setScene(new Scene(root, 1100, 520));
    }

    public Stage stage() {
        return stage;
    }

    /** Shows the window and reads the queue. */
    public void show() {
        stage.show();
        reload(null);
    }

    private Entity selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    /** Reads the queue again; {@code done}, when given, is said before the count. */
    private void reload(String done) {
        run(queue::due, due -> {
            table.getItems().setAll(due);
            table.setPlaceholder(new Label(I18n.text("review.empty")));
            String count = I18n.text("review.count", due.size());
            status.setText(done == null ? count : done + " " + count);
        });
    }

    private void decide(String working, Runnable decision) {
        Entity record = selected();
        status.setText(I18n.text(working, record.caption()));
        run(() -> {
            decision.run();
            return record;
        }, r -> {
            reason.clear();
            reload(I18n.text("review.decided", r.caption()));
        });
    }

    private void confirmErasure() {
        Entity record = selected();
        var confirm = new Alert(Alert.AlertType.CONFIRMATION, I18n.text("review.eraseConfirm", record.caption()),
                ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(stage);
        confirm.setHeaderText(null);
        confirm.showAndWait().filter(ButtonType.OK::equals)
                .ifPresent(ok -> decide("review.erasing", () -> queue.erase(record.id(), reason.getText())));
    }

    private <T> void run(Supplier<T> work, java.util.function.Consumer<T> onSuccess) {
        // no second decision while one runs
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

    private static TableColumn<Entity, String> column(String key, java.util.function.Function<Entity, String> value) {
        var column = new TableColumn<Entity, String>(I18n.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static String day(LocalDate date) {
        return date == null ? "" : dayFormat().format(date);
    }

    private static DateTimeFormatter dayFormat() {
        return I18n.locale().getLanguage().equals("de") ? DAY : DateTimeFormatter.ISO_LOCAL_DATE;
    }
}
