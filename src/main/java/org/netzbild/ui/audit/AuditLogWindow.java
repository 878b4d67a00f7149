package org.netzbild.ui.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.netzbild.app.I18n;
import org.netzbild.app.AuditLine;
import org.netzbild.app.AuditQuery;

/**
 * The audit log window (Extras → audit log, role DATA_PROTECTION only): filters on top, the
 * matching entries as a table, the hash chain's state and the count below. Bound to an
 * {@link AuditLogViewModel}; it reads once when it opens, and again on "search".
 */
public final class AuditLogWindow extends Stage {

    private final AuditLogViewModel model;

    public AuditLogWindow(Window owner, AuditLogViewModel model, ZoneId zone) {
        this.model = model;
        initOwner(owner);
        setTitle(I18n.text("auditWindow.title"));
        var root = new BorderPane(table(zone), filters(), null, status(), null);
        root.setId("auditWindow");
        setScene(new Scene(root, 1200, 640));
        setOnShown(e -> model.search());
    }

    private VBox filters() {
        var search = new Button(I18n.text("auditWindow.search"));
        search.setId("auditSearch");
        search.setDefaultButton(true);
        search.setOnAction(e -> model.search());
        search.disableProperty().bind(model.readingProperty());
        var export = new Button(I18n.text("auditWindow.export"));
        export.setId("auditExport");
        export.setOnAction(e -> chooseExportFile());
        export.disableProperty().bind(model.readingProperty());
        var fields = new FlowPane(8, 6,
                labelled("auditWindow.user", text("auditUser", model.userProperty(), 12)),
                labelled("auditWindow.case", text("auditCase", model.caseReferenceProperty(), 12)),
                labelled("auditWindow.purpose", text("auditPurpose", model.purposeTextProperty(), 12)),
                labelled("auditWindow.record", text("auditRecord", model.recordIdProperty(), 12)),
                labelled("auditWindow.from", date("auditFrom", model.fromProperty())),
                labelled("auditWindow.to", date("auditTo", model.toProperty())),
                labelled("auditWindow.operation", choice("auditOperation", AuditQuery.OPERATIONS, model.operationProperty())),
                labelled("auditWindow.outcome", choice("auditOutcome", AuditQuery.OUTCOMES, model.outcomeProperty())),
                search, export);
        var top = new VBox(6, fields);
        top.setPadding(new Insets(8));
        return top;
    }

    private TableView<AuditLine> table(ZoneId zone) {
        var table = new TableView<>(model.entries());
        table.setId("auditTable");
        var time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
        table.getColumns().setAll(java.util.List.of(
                column("audit.column.seq", 60, e -> Long.toString(e.seq())),
                column("audit.column.time", 150, e -> time.format(e.time())),
                column("audit.column.user", 120, AuditLine::user),
                column("audit.column.agency", 100, AuditLine::agency),
                column("audit.column.case", 120, AuditLine::caseReference),
                column("audit.column.purpose", 160, AuditLine::purpose),
                column("audit.column.operation", 90, AuditLine::operation),
                column("audit.column.action", 110, AuditLine::action),
                column("audit.column.outcome", 80, AuditLine::outcome),
                column("audit.column.criteria", 220, AuditLine::criteria),
                column("audit.column.ids", 200, e -> e.count() > e.ids().size()
                        ? String.join(" ", e.ids()) + " … (" + e.count() + ")" : String.join(" ", e.ids()))));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        return table;
    }

    private VBox status() {
        var chain = new Label();
        chain.setId("auditChainState");
        chain.textProperty().bind(model.chainStateProperty());
        chain.styleProperty().bind(javafx.beans.binding.Bindings.when(model.chainIntactProperty())
                .then("-fx-text-fill: #1b5e20;").otherwise("-fx-text-fill: #b71c1c; -fx-font-weight: bold;"));
        chain.setWrapText(true);
        var summary = new Label();
        summary.setId("auditSummary");
        summary.textProperty().bind(model.summaryProperty());
        summary.setWrapText(true);
        var box = new VBox(4, chain, summary);
        box.setPadding(new Insets(6, 8, 8, 8));
        return box;
    }

    private void chooseExportFile() {
        var chooser = new FileChooser();
        chooser.setTitle(I18n.text("auditWindow.exportTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        chooser.setInitialFileName("protokoll.csv");
        var file = chooser.showSaveDialog(this);
        if (file != null) {
            model.export(file.toPath());
        }
    }

    private static TableColumn<AuditLine, String> column(String key, double width, Function<AuditLine, String> value) {
        var column = new TableColumn<AuditLine, String>(I18n.text(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static VBox labelled(String key, javafx.scene.Node field) {
        return new VBox(2, new Label(I18n.text(key)), field);
    }

    private static TextField text(String id, javafx.beans.property.StringProperty property, int columns) {
        var field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static DatePicker date(String id, javafx.beans.property.ObjectProperty<java.time.LocalDate> property) {
        var picker = new DatePicker();
        picker.setId(id);
        picker.setPrefWidth(130);
        picker.valueProperty().bindBidirectional(property);
        return picker;
    }

    /** A choice of these names, with "all" (null) first. */
    private static ComboBox<String> choice(String id, java.util.List<String> values,
                                           javafx.beans.property.ObjectProperty<String> property) {
        var all = FXCollections.<String>observableArrayList();
        all.add(null);
        all.addAll(values);
        var box = new ComboBox<>(all);
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? I18n.text("auditWindow.any") : value;
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(property);
        return box;
    }
}
