package org.netzbild.ui.analysis;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
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
import javafx.stage.Stage;
import javafx.stage.Window;
import org.netzbild.analysis.NetworkFinder;
import org.netzbild.app.Analyses;
import org.netzbild.app.I18n;
import org.netzbild.app.Labels;
import org.netzbild.ui.tasks.WindowTasks;

/**
 * The supra-local finder in the desktop: a justification (the tier asks for one, the audit log
 * keeps it), kinship on or off, the networks ranked with their reasons, and "put on the chart"
 * for the selected network. The finder runs on a background thread; nothing is on the chart until
 * the analyst puts it there.
 */
public final class NetworksWindow {

    private final Analyses analyses;
    private final Executor background;
    private final Consumer<List<String>> putOnChart;
    private final Function<java.util.Collection<String>, List<org.netzbild.model.Entity>> lookUp;
    private final Stage stage = new Stage();
    private final TextField justification = new TextField();
    private final CheckBox kinship = new CheckBox(I18n.text("networks.kinship"));
    private final TableView<NetworkFinder.Network> table = new TableView<>();
    private final TextArea reasons = new TextArea();
    private final Label status = new Label();
    private final Button run = new Button(I18n.text("networks.run"));
    private final Button toChart = new Button(I18n.text("networks.toChart"));
    private final JustifiedRun gate;

    /**
     * @param putOnChart puts the chosen network's member ids on the chart
     * @param lookUp     reads the entities of ids through the port (audited), for the names the reasons show
     */
    public NetworksWindow(Window owner, Analyses analyses, Executor background, Consumer<List<String>> putOnChart,
                          Function<java.util.Collection<String>, List<org.netzbild.model.Entity>> lookUp) {
        this.analyses = analyses;
        this.background = background;
        this.putOnChart = putOnChart;
        this.lookUp = lookUp;
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(I18n.text("networks.title"));
        justification.setId("networksJustification");
        justification.setPromptText(I18n.text("networks.justificationPrompt"));
        HBox.setHgrow(justification, Priority.ALWAYS);
        kinship.setId("networksKinship");
        run.setId("networksRun");
        run.setDefaultButton(true);
        gate = new JustifiedRun(justification, run);
        run.setOnAction(e -> find());
        table.setId("networksTable");
        table.getColumns().addAll(List.of(
                column("networks.column.rank", w -> Integer.toString(w.rank())),
                column("networks.column.joint", w -> Integer.toString(w.jointIncidents().size())),
                column("networks.column.members", w -> Integer.toString(w.members().size())),
                column("networks.column.places", w -> String.join(", ", w.municipalities().stream().map(NetworksWindow::place).toList())),
                column("networks.column.police", w -> String.join(", ", w.policeAuthorities())),
                column("networks.column.agencies", w -> w.agencies().size() + " (" + String.join(", ",
                        w.agencyKinds().stream().map(k -> Labels.enumValue("AgencyKind", k)).toList()) + ")"),
                column("networks.column.weakest", w -> w.evidence().weakestCode())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(I18n.text("networks.placeholder")));
        reasons.setId("networksReasons");
        reasons.setEditable(false);
        reasons.setWrapText(true);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> show(now));
        toChart.setId("networksToChart");
        toChart.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        toChart.setOnAction(e -> {
            NetworkFinder.Network network = table.getSelectionModel().getSelectedItem();
            putOnChart.accept(network.members());
            status.setText(I18n.text("networks.putOnChart", network.rank(), network.members().size()));
        });
        status.setId("networksStatus");
        var top = new HBox(8, new Label(I18n.text("networks.justification")), justification, kinship, run);
        top.setPadding(new Insets(8));
        var split = new SplitPane(table, reasons);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        var bottom = new VBox(8, new HBox(8, toChart), status);
        bottom.setPadding(new Insets(8));
        var root = new BorderPane(split);
        root.setTop(top);
        root.setBottom(bottom);
        stage.setScene(new Scene(root, 1200, 650));
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }

    private void find() {
        var settings = kinship.isSelected() ? withKinship(NetworkFinder.Settings.defaults()) : NetworkFinder.Settings.defaults();
        String why = gate.start();
        status.setText(I18n.text("networks.running"));
        WindowTasks.run(background, () -> analyses.networks(settings, Analyses.MAX_NETWORKS, why), result -> {
            gate.ready();
            table.getItems().setAll(result.networks());
            table.setPlaceholder(new Label(I18n.text("networks.none")));
            status.setText(I18n.text("networks.found", result.networks().size(), result.groupsExamined(), result.hubs().size()));
            if (!result.networks().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        }, message -> {
            gate.ready();
            status.setText(message);
        });
    }

    /** The reasons of the selected network at once, then again with its members' names once they are read. */
    private void show(NetworkFinder.Network network) {
        if (network == null) {
            reasons.setText("");
            return;
        }
        reasons.setText(explain(network, java.util.Map.of()));
        WindowTasks.run(background, () -> {
            var captions = new java.util.HashMap<String, String>();
            lookUp.apply(network.members()).forEach(e -> captions.put(e.id(), e.caption()));
            return captions;
        }, captions -> {
            if (network.equals(table.getSelectionModel().getSelectedItem())) {
                reasons.setText(explain(network, captions));
            }
        }, status::setText);
    }

    private static NetworkFinder.Settings withKinship(NetworkFinder.Settings s) {
        return new NetworkFinder.Settings(s.linkTypes(), true, s.minMunicipalities(), s.minPoliceAuthorities(), s.minAgencies(),
                s.minAgencyKinds(), s.hubLimit(), s.largestNetwork(), s.seed());
    }

    /** The reasons of a network, in the user's language; members and incidents by name where {@code names} has one. */
    static String explain(NetworkFinder.Network w, java.util.Map<String, String> names) {
        Function<String, String> named = id -> names.containsKey(id) ? names.get(id) + " (" + id + ")" : id;
        var text = new StringBuilder();
        text.append(I18n.text("networks.reason.places", String.join(", ", w.municipalities().stream().map(NetworksWindow::place).toList())))
                .append('\n');
        text.append(I18n.text("networks.reason.police", String.join(", ", w.policeAuthorities()))).append('\n');
        text.append(I18n.text("networks.reason.agencies", String.join(", ", w.agencies().stream().map(Labels::agency).toList())))
                .append('\n');
        text.append(I18n.text("networks.reason.joint", w.jointIncidents().size(),
                String.join(", ", w.jointIncidents().stream().map(named).toList())))
                .append('\n');
        text.append(I18n.text("networks.reason.incidents", w.incidents().size(),
                w.firstIncident() == null ? "–" : w.firstIncident().toString(),
                w.lastIncident() == null ? "–" : w.lastIncident().toString())).append('\n');
        text.append(I18n.text("networks.reason.evidence", w.evidence().weakestCode(), w.evidence().singleSourced(),
                w.evidence().links(), w.evidence().ungraded())).append('\n');
        text.append(I18n.text("networks.reason.score", String.format(Locale.ROOT, "%.1f", w.score()))).append('\n');
        text.append(I18n.text("networks.reason.members", String.join("; ", w.members().stream().map(named).toList())));
        return text.toString();
    }

    /** A municipality's name from its reference id, {@code mun-gelsenkirchen} → Gelsenkirchen. */
    private static String place(String id) {
        return Labels.municipality(id);
    }

    private static TableColumn<NetworkFinder.Network, String> column(String key,
            Function<NetworkFinder.Network, String> value) {
        var column = new TableColumn<NetworkFinder.Network, String>(I18n.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
