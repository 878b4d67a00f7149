package org.netzbild.ui.explorer;

import javafx.geometry.Insets;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.netzbild.app.I18n;
import org.netzbild.app.Labels;
import org.netzbild.model.Entity;
import org.netzbild.model.SearchHit;

/**
 * The search: one field for names (any spelling), aliases, plates, phone numbers, IBANs and
 * addresses, narrowed to one entity type (searched for alone) or, among the hits, to one agency; the
 * results with type, key facts, the agencies and why each was found, and a note when there are more
 * than shown. Double click or Enter puts a result on the chart; "Alle ins Diagramm" puts every shown
 * one there.
 */
final class SearchPane extends VBox {

    SearchPane(ExplorerViewModel model) {
        TextField field = new TextField();
        field.setId("search");
        field.setPromptText(I18n.text("search.prompt"));
        field.textProperty().bindBidirectional(model.searchTextProperty());
        field.disableProperty().bind(model.readyProperty().not());
        field.setOnAction(e -> model.search());
        HBox.setHgrow(field, Priority.ALWAYS);
        Button go = new Button(I18n.text("search.button"));
        go.setId("searchButton");
        go.disableProperty().bind(model.readyProperty().not());
        go.setOnAction(e -> model.search());

        // narrowing: the type before searching (the store searches it alone), the agency among the hits
        ChoiceBox<String> type = new ChoiceBox<>();
        type.setId("searchType");
        type.getItems().add(ALL);
        type.getItems().addAll(Labels.entityTypes());
        type.setConverter(named(id -> I18n.text("search.allTypes"), Labels::entityType));
        type.setValue(ALL);
        type.valueProperty().addListener((o, was, now) -> {
            model.searchTypeProperty().set(ALL.equals(now) ? null : now);
            if (!model.searchTextProperty().get().isBlank()) {
                model.search();
            }
        });
        ChoiceBox<String> agency = new ChoiceBox<>();
        agency.setId("searchAgency");
        agency.setConverter(named(id -> I18n.text("search.allAgencies"), Labels::agency));
        agency.getItems().add(ALL);
        agency.setValue(ALL);
        var shown = new javafx.collections.transformation.FilteredList<>(model.results());
        model.results().addListener((javafx.collections.ListChangeListener<SearchHit>) change -> {
            var agencies = new java.util.TreeSet<String>(java.text.Collator.getInstance(I18n.locale()));
            model.results().forEach(h -> agencies.addAll(h.agencies()));
            String kept = agencies.contains(agency.getValue()) ? agency.getValue() : ALL;
            agency.getItems().setAll(ALL);
            agency.getItems().addAll(agencies);
            agency.setValue(kept);
        });
        agency.valueProperty().addListener((o, was, now) -> shown.setPredicate(
                now == null || ALL.equals(now) ? null : h -> h.agencies().contains(now)));
        type.setMaxWidth(Double.MAX_VALUE);
        agency.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(type, Priority.ALWAYS);
        HBox.setHgrow(agency, Priority.ALWAYS);

        ListView<SearchHit> results = new ListView<>(shown);
        results.setId("results");
        results.setPlaceholder(new Label(I18n.text("search.empty")));
        results.setCellFactory(list -> new ResultCell(model::possibleDuplicates));
        model.possibleDuplicatesProperty().addListener((o, old, now) -> results.refresh());
        results.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                model.add(results.getSelectionModel().getSelectedItem());
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.add(results.getSelectionModel().getSelectedItem());
            }
        });
        Button add = new Button(I18n.text("search.add"));
        add.setId("addToChart");
        add.disableProperty().bind(results.getSelectionModel().selectedItemProperty().isNull());
        add.setOnAction(e -> model.add(results.getSelectionModel().getSelectedItem()));
        add.setMaxWidth(Double.MAX_VALUE);
        Button addAll = new Button(I18n.text("search.addAll"));
        addAll.setId("addAllToChart");
        addAll.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(shown));
        addAll.setOnAction(e -> model.addAll(List.copyOf(shown)));
        addAll.setMaxWidth(Double.MAX_VALUE);
        Label more = new Label(I18n.text("search.more"));
        more.setId("searchMore");
        more.setWrapText(true);
        more.visibleProperty().bind(model.moreResultsProperty());
        more.managedProperty().bind(more.visibleProperty());

        setSpacing(6);
        setPadding(new Insets(6));
        VBox.setVgrow(results, Priority.ALWAYS);
        getChildren().addAll(new HBox(6, field, go), new HBox(6, type, agency), results, more, add, addAll);
    }

    /** The choice "every type" or "every agency". */
    private static final String ALL = "";

    /** Shows {@link #ALL} as {@code all} says and any other value as {@code label} says. */
    private static javafx.util.StringConverter<String> named(java.util.function.Function<String, String> all,
                                                            java.util.function.Function<String, String> label) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || ALL.equals(value) ? all.apply(value) : label.apply(value);
            }

            @Override
            public String fromString(String text) {
                return null; // a ChoiceBox never asks
            }
        };
    }

    /** Type, caption, key facts and source agency of a hit. */
    private static final class ResultCell extends ListCell<SearchHit> {
        private static final java.util.Map<String, String> TYPE_COLOURS = org.netzbild.ui.chart.NetworkChart.typeColours();
        private final java.util.function.Supplier<java.util.Map<String, String>> possibleDuplicates;

        ResultCell(java.util.function.Supplier<java.util.Map<String, String>> possibleDuplicates) {
            this.possibleDuplicates = possibleDuplicates;
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setText(null);
                setTooltip(null);
                setGraphic(null);
                return;
            }
            Entity e = hit.entity();
            setGraphic(new javafx.scene.shape.Circle(6, javafx.scene.paint.Color.web(
                    TYPE_COLOURS.getOrDefault(e.type(), "#8c8c8c"))));
            setText(I18n.text("search.hit", I18n.text("type." + e.type()), e.caption(), agencies(hit.agencies()))
                    + keyFacts(e) + reason(hit) + duplicate(e));
            // the pane is narrow: the whole hit, every agency named, on hovering
            setTooltip(new javafx.scene.control.Tooltip(I18n.text("search.hit", I18n.text("type." + e.type()),
                    e.caption(), String.join(", ", hit.agencies().stream().map(Labels::agency).toList())) + keyFacts(e) + reason(hit) + duplicate(e)));
        }

        /** The "possible duplicate" hint: the other person of its best candidate (ADR 0031). */
        private String duplicate(Entity e) {
            String other = possibleDuplicates.get().get(e.id());
            return other == null ? "" : "\n⚑ " + I18n.text("duplicates.hint", other);
        }

        /** Why it was found: for a name, the spelling the text is most alike and how alike (ADR 0037); else the field and value. */
        private static String reason(SearchHit hit) {
            return hit.reason().isEmpty() ? "" : "\n" + org.netzbild.app.Explorer.foundBecause(hit);
        }

        /** Every agency that states something about the entity; beyond three, how many more. */
        private static String agencies(java.util.List<String> agencies) {
            String named = String.join(", ", agencies.stream().limit(3).map(Labels::agency).toList());
            return agencies.size() <= 3 ? named : I18n.text("search.moreAgencies", named, agencies.size() - 3);
        }

        private static String keyFacts(Entity e) {
            var facts = new StringBuilder();
            for (String key : new String[] {"birthDate", "trade", "kind", "city", "dateFrom", "registerNumber"}) {
                Object value = e.get(key);
                if (value != null) {
                    facts.append(facts.isEmpty() ? "\n" : " · ").append(org.netzbild.app.Labels.value(e.type(), key, value));
                }
            }
            return facts.toString();
        }
    }
}
