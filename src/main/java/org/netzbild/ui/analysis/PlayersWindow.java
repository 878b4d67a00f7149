package org.netzbild.ui.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
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
import org.netzbild.analysis.Brokers;
import org.netzbild.analysis.KeyPlayers;
import org.netzbild.app.Analyses;
import org.netzbild.app.I18n;
import org.netzbild.app.Labels;
import org.netzbild.model.Entity;
import org.netzbild.ui.tasks.WindowTasks;

/**
 * Key players and brokers of the chart (issue 19) in the desktop: a justification (the tier asks for
 * one, the audit log keeps it), kinship on or off and the border that brokers bridge; then one table
 * of the chart's entities with degree, betweenness, PageRank, closeness, group and brokerage, by
 * betweenness first and sortable by any column. Choosing rows selects those entities on the chart.
 * Both measures run on a background thread over the entities on the chart when "Berechnen" is
 * pressed, and read nothing beyond them.
 */
public final class PlayersWindow {

    /** One entity's measures, with its name once read. */
    public record Row(String id, String caption, String type, int degree, double betweenness, double pageRank,
                      double closeness, int community, double brokerage, String joins) {
    }

    private final Analyses analyses;
    private final Executor background;
    private final java.util.function.Supplier<Collection<String>> onChart;
    private final Consumer<List<String>> select;
    private final Function<Collection<String>, List<Entity>> lookUp;
    private final Stage stage = new Stage();
    private final TextField justification = new TextField();
    private final CheckBox kinship = new CheckBox(I18n.text("networks.kinship"));
    private final ChoiceBox<Brokers.Border> border = new ChoiceBox<>();
    private final TableView<Row> table = new TableView<>();
    private final Label status = new Label();
    private final Button run = new Button(I18n.text("players.run"));
    private final JustifiedRun gate;

    /**
     * @param onChart the ids of the entities on the chart when the analyst presses "Berechnen"
     * @param select  selects entities on the chart by id
     * @param lookUp  reads the entities of ids through the port (audited), for their names
     */
    public PlayersWindow(Window owner, Analyses analyses, Executor background,
                         java.util.function.Supplier<Collection<String>> onChart, Consumer<List<String>> select,
                         Function<Collection<String>, List<Entity>> lookUp) {
        this.analyses = analyses;
        this.background = background;
        this.onChart = onChart;
        this.select = select;
        this.lookUp = lookUp;
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(I18n.text("players.title"));
        justification.setId("playersJustification");
        justification.setPromptText(I18n.text("players.justificationPrompt"));
        HBox.setHgrow(justification, Priority.ALWAYS);
        kinship.setId("playersKinship");
        border.setId("playersBorder");
        border.getItems().setAll(Brokers.Border.values());
        border.setValue(Brokers.Border.MUNICIPALITY);
        border.setConverter(new StringConverter<>() {
            @Override
            public String toString(Brokers.Border value) {
                return value == null ? "" : I18n.text("analysis.border." + value.name());
            }

            @Override
            public Brokers.Border fromString(String text) {
                return null; // a ChoiceBox never asks
            }
        });
        run.setId("playersRun");
        run.setDefaultButton(true);
        gate = new JustifiedRun(justification, run);
        run.setOnAction(e -> compute());
        table.setId("playersTable");
        table.getColumns().addAll(List.of(
                text("players.column.name", Row::caption),
                text("players.column.type", r -> Labels.entityType(r.type())),
                number("analysis.column.degree", r -> (double) r.degree(), "%.0f"),
                number("analysis.column.betweenness", Row::betweenness, "%.4f"),
                number("analysis.column.pageRank", Row::pageRank, "%.4f"),
                number("analysis.column.closeness", Row::closeness, "%.4f"),
                number("analysis.column.community", r -> (double) r.community(), "%.0f"),
                number("players.column.brokerage", Row::brokerage, "%.2f"),
                text("analysis.column.joins", Row::joins)));
        table.getColumns().get(0).setPrefWidth(240);
        table.getColumns().get(1).setPrefWidth(110);
        table.getColumns().subList(2, 8).forEach(c -> c.setPrefWidth(95));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(I18n.text("players.placeholder")));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<Row>) change -> {
            var ids = table.getSelectionModel().getSelectedItems().stream().map(Row::id).toList();
            if (!ids.isEmpty()) {
                select.accept(ids);
            }
        });
        status.setId("playersStatus");
        var top = new HBox(8, new Label(I18n.text("networks.justification")), justification, kinship,
                new Label(I18n.text("players.border")), border, run);
        top.setPadding(new Insets(8));
        var bottom = new VBox(8, status);
        bottom.setPadding(new Insets(8));
        var root = new BorderPane(table);
        root.setTop(top);
        root.setBottom(bottom);
        stage.setScene(new Scene(root, 1200, 600));
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }

    /** The measures and their captions, read together in the background. */
    private record Computed(List<Row> rows, KeyPlayers.Result players, Brokers.Result brokers) {
    }

    private void compute() {
        var ids = List.copyOf(onChart.get());
        if (ids.isEmpty()) {
            status.setText(I18n.text("players.emptyChart"));
            return;
        }
        boolean withKinship = kinship.isSelected();
        Brokers.Border across = border.getValue();
        String why = gate.start();
        status.setText(I18n.text("players.running", ids.size()));
        WindowTasks.run(background, () -> {
            var players = analyses.keyPlayers(ids, java.util.Set.of(), withKinship, 1L, why);
            var brokers = analyses.brokers(ids, java.util.Set.of(), withKinship, across, why);
            Map<String, Brokers.Broker> byId = new HashMap<>();
            brokers.brokers().forEach(b -> byId.put(b.id(), b));
            var captions = new HashMap<String, String>();
            lookUp.apply(players.players().stream().map(KeyPlayers.Player::id).toList())
                    .forEach(e -> captions.put(e.id(), e.caption()));
            var rows = new ArrayList<Row>();
            for (KeyPlayers.Player p : players.players()) {
                Brokers.Broker b = byId.get(p.id());
                rows.add(new Row(p.id(), captions.getOrDefault(p.id(), p.id()), p.type(), p.degree(), p.betweenness(),
                        p.pageRank(), p.closeness(), p.community(), b == null ? 0 : b.score(),
                        b == null ? "" : String.join(", ", b.joins().stream().map(j -> joined(across, j)).toList())));
            }
            return new Computed(rows, players, brokers);
        }, computed -> {
            gate.ready();
            table.getItems().setAll(computed.rows());
            status.setText(I18n.text("players.done", computed.rows().size(), computed.players().communities(),
                    computed.players().modularity(), computed.brokers().brokers().size(),
                    I18n.text("analysis.border." + computed.brokers().border().name())));
        }, message -> {
            gate.ready();
            status.setText(message);
        });
    }

    /** A jurisdiction as the analyst reads it: a municipality by its name, an agency by its label. */
    private static String joined(Brokers.Border border, String jurisdiction) {
        return switch (border) {
            case MUNICIPALITY -> Labels.municipality(jurisdiction);
            case AGENCY -> Labels.agency(jurisdiction);
            case POLICE_AUTHORITY -> jurisdiction;
        };
    }

    private static TableColumn<Row, String> text(String key, Function<Row, String> value) {
        var column = new TableColumn<Row, String>(I18n.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    /** A column of numbers that sorts as numbers and shows them in {@code format}. */
    private static TableColumn<Row, Double> number(String key, Function<Row, Double> value, String format) {
        var column = new TableColumn<Row, Double>(I18n.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : String.format(Locale.ROOT, format, item));
            }
        });
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }
}
