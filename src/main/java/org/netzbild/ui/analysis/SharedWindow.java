package org.netzbild.ui.analysis;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.netzbild.analysis.SharedAttributes;
import org.netzbild.app.Analyses;
import org.netzbild.app.I18n;
import org.netzbild.app.Labels;
import org.netzbild.model.Entity;
import org.netzbild.ui.tasks.WindowTasks;

/**
 * Shared attributes across agencies in the desktop (issue 19): the addresses, phones, accounts,
 * vehicles and businesses that several persons or businesses hold where different agencies recorded
 * the ties — the overlaps no single agency sees. A justification first (the tier asks for one, the
 * audit log keeps it), the least number of agencies; then the overlaps ranked, each with the holders
 * every agency knows, and "put on the chart" for the selected one with its holders.
 */
public final class SharedWindow {

    private static final int HUB_LIMIT = 40;
    private static final int SHOWN = 200;

    private final Analyses analyses;
    private final Executor background;
    private final Consumer<List<String>> putOnChart;
    private final Function<Collection<String>, List<Entity>> lookUp;
    private final Stage stage = new Stage();
    private final TextField justification = new TextField();
    private final Spinner<Integer> minAgencies = new Spinner<>(2, 10, 2);
    private final TableView<SharedAttributes.Overlap> table = new TableView<>();
    private final TextArea reasons = new TextArea();
    private final Label status = new Label();
    private final Button run = new Button(I18n.text("networks.run"));
    private final Button toChart = new Button(I18n.text("networks.toChart"));
    private final JustifiedRun gate;
    /** Captions of the attributes and holders shown, once read. */
    private final Map<String, String> captions = new HashMap<>();

    /**
     * @param putOnChart puts the chosen attribute and its holders on the chart
     * @param lookUp     reads the entities of ids through the port (audited), for their names
     */
    public SharedWindow(Window owner, Analyses analyses, Executor background, Consumer<List<String>> putOnChart,
                        Function<Collection<String>, List<Entity>> lookUp) {
        this.analyses = analyses;
        this.background = background;
        this.putOnChart = putOnChart;
        this.lookUp = lookUp;
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(I18n.text("shared.title"));
        justification.setId("sharedJustification");
        justification.setPromptText(I18n.text("networks.justificationPrompt"));
        HBox.setHgrow(justification, Priority.ALWAYS);
        minAgencies.setId("sharedMinAgencies");
        minAgencies.setPrefWidth(70);
        run.setId("sharedRun");
        run.setDefaultButton(true);
        gate = new JustifiedRun(justification, run);
        run.setOnAction(e -> find());
        table.setId("sharedTable");
        table.getColumns().addAll(List.of(
                column("networks.column.rank", o -> Integer.toString(o.rank())),
                column("shared.column.attribute", o -> captions.getOrDefault(o.id(), o.id())),
                column("players.column.type", o -> Labels.entityType(o.type())),
                column("shared.column.holders", o -> Integer.toString(o.holders().size())),
                column("networks.column.agencies", o -> o.agencies().size() + " (" + String.join(", ",
                        o.agencyKinds().stream().map(k -> Labels.enumValue("AgencyKind", k)).toList()) + ")"),
                column("networks.column.weakest", o -> o.evidence().weakestCode())));
        table.getColumns().get(0).setPrefWidth(60);
        table.getColumns().get(1).setPrefWidth(320);
        table.getColumns().get(3).setPrefWidth(80);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(I18n.text("shared.placeholder")));
        reasons.setId("sharedReasons");
        reasons.setEditable(false);
        reasons.setWrapText(true);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> reasons.setText(now == null ? "" : explain(now)));
        toChart.setId("sharedToChart");
        toChart.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        toChart.setOnAction(e -> {
            SharedAttributes.Overlap overlap = table.getSelectionModel().getSelectedItem();
            var ids = new java.util.ArrayList<String>();
            ids.add(overlap.id());
            ids.addAll(overlap.holders());
            putOnChart.accept(ids);
            status.setText(I18n.text("shared.putOnChart", overlap.rank(), overlap.holders().size()));
        });
        status.setId("sharedStatus");
        var top = new HBox(8, new Label(I18n.text("networks.justification")), justification,
                new Label(I18n.text("shared.minAgencies")), minAgencies, run);
        top.setPadding(new Insets(8));
        var split = new SplitPane(table, reasons);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        var bottom = new VBox(8, new HBox(8, toChart), status);
        bottom.setPadding(new Insets(8));
        var root = new BorderPane(split);
        root.setTop(top);
        root.setBottom(bottom);
        stage.setScene(new Scene(root, 1100, 650));
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }

    private void find() {
        int agencies = minAgencies.getValue();
        String why = gate.start();
        status.setText(I18n.text("networks.running"));
        WindowTasks.run(background, () -> {
            var result = analyses.sharedAttributes(agencies, HUB_LIMIT, SHOWN, why);
            var ids = new java.util.LinkedHashSet<String>();
            result.overlaps().forEach(o -> {
                ids.add(o.id());
                ids.addAll(o.holders());
            });
            var names = new HashMap<String, String>();
            lookUp.apply(ids).forEach(e -> names.put(e.id(), e.caption()));
            return Map.entry(result, names);
        }, found -> {
            gate.ready();
            captions.putAll(found.getValue());
            var result = found.getKey();
            table.getItems().setAll(result.overlaps());
            table.setPlaceholder(new Label(I18n.text("shared.none")));
            status.setText(I18n.text("shared.found", result.overlaps().size(), result.hubs().size()));
            if (!result.overlaps().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        }, message -> {
            gate.ready();
            status.setText(message);
        });
    }

    /** Which agency knows which holders of the attribute, by name. */
    private String explain(SharedAttributes.Overlap overlap) {
        var text = new StringBuilder(captions.getOrDefault(overlap.id(), overlap.id()));
        text.append('\n');
        overlap.byAgency().forEach((agency, holders) -> text.append(Labels.agency(agency)).append(": ")
                .append(String.join("; ", holders.stream().map(h -> captions.getOrDefault(h, h) + " (" + h + ")").toList()))
                .append('\n'));
        text.append(I18n.text("networks.reason.evidence", overlap.evidence().weakestCode(), overlap.evidence().singleSourced(),
                overlap.evidence().links(), overlap.evidence().ungraded()));
        return text.toString();
    }

    private static TableColumn<SharedAttributes.Overlap, String> column(String key,
            Function<SharedAttributes.Overlap, String> value) {
        var column = new TableColumn<SharedAttributes.Overlap, String>(I18n.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
