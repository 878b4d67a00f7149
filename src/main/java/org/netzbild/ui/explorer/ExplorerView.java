package org.netzbild.ui.explorer;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.netzbild.app.I18n;
import org.netzbild.model.SearchHit;
import org.netzbild.ui.chart.NetworkChart;

/** The explorer window's layout: search bar, result list, chart and status bar, bound to the view model. */
public final class ExplorerView extends BorderPane {

    private final NetworkChart chart = new NetworkChart();

    public ExplorerView(ExplorerViewModel model) {
        TextField search = new TextField();
        search.setId("search");
        search.setPromptText(I18n.text("search.prompt"));
        search.textProperty().bindBidirectional(model.searchTextProperty());
        search.disableProperty().bind(model.readyProperty().not());
        search.setOnAction(e -> model.search());
        HBox.setHgrow(search, Priority.ALWAYS);

        Button go = new Button(I18n.text("search.button"));
        go.setId("searchButton");
        go.disableProperty().bind(model.readyProperty().not());
        go.setOnAction(e -> model.search());

        Spinner<Integer> hops = new Spinner<>(1, 2, 1);
        hops.setId("hops");
        hops.setPrefWidth(70);
        model.hopsProperty().bind(hops.valueProperty());
        Label hopsLabel = new Label(I18n.text("expand.hops"));

        HBox bar = new HBox(8, search, go, hopsLabel, hops);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));

        ListView<SearchHit> results = new ListView<>(model.results());
        results.setId("results");
        results.setPlaceholder(new Label(I18n.text("search.empty")));
        results.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SearchHit hit, boolean empty) {
                super.updateItem(hit, empty);
                setText(empty || hit == null ? null : I18n.text("search.hit", I18n.text("type." + hit.entity().type()),
                        hit.entity().caption(), hit.entity().provenance().sourceAgency()));
            }
        });
        results.getSelectionModel().selectedItemProperty().addListener((obs, old, hit) -> model.show(hit));

        Label chartHint = new Label(I18n.text("chart.hint"));
        chartHint.setId("chartHint");
        chartHint.setWrapText(true);
        chartHint.setMaxWidth(360);
        chartHint.visibleProperty().bind(model.neighbourhoodProperty().isNull());
        chartHint.setMouseTransparent(true);
        StackPane chartArea = new StackPane(chart.view(), chartHint);
        SplitPane centre = new SplitPane(results, chartArea);
        centre.setDividerPositions(0.28);
        model.neighbourhoodProperty().addListener((obs, old, shown) -> {
            if (shown != null) {
                chart.show(shown);
            }
        });

        ProgressBar progress = new ProgressBar();
        progress.setId("progress");
        progress.progressProperty().bind(model.tasks().progressProperty());
        progress.visibleProperty().bind(model.tasks().busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(javafx.beans.binding.Bindings.when(model.tasks().busyProperty())
                .then(model.tasks().messageProperty()).otherwise(model.statusProperty()));
        Label store = new Label();
        store.textProperty().bind(model.storeDescriptionProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox statusBar = new HBox(10, progress, status, store);
        statusBar.setAlignment(Pos.CENTER_LEFT);
        statusBar.setPadding(new Insets(4, 8, 4, 8));

        setTop(new VBox(bar));
        setCenter(centre);
        setBottom(statusBar);
    }

    public NetworkChart chart() {
        return chart;
    }
}
