package org.netzbild.ui.filter;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.TitledPane;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.VBox;
import org.netzbild.app.I18n;
import org.netzbild.app.Labels;
import org.netzbild.chart.ChartFilter;
import org.netzbild.chart.ChartState;
import org.netzbild.model.Entity;

/**
 * Live filters on the chart: entity types, link types, source agencies, municipalities, police
 * authorities, incident kinds and categories as check lists, and a time window chosen with two sliders over a histogram of the
 * chart's incidents per quarter. Every change is handed on as a new {@link ChartFilter} (an
 * undoable chart step).
 */
public final class FilterPane extends VBox {

    private final Map<String, BooleanProperty> agencies = new LinkedHashMap<>();
    private final Map<String, BooleanProperty> types = new LinkedHashMap<>();
    private final Map<String, BooleanProperty> linkTypes = new LinkedHashMap<>();
    private final Map<String, BooleanProperty> authorities = new LinkedHashMap<>();
    private final Map<String, BooleanProperty> incidentKinds = new LinkedHashMap<>();
    private final Map<String, BooleanProperty> municipalities = new LinkedHashMap<>();
    private final Map<String, BooleanProperty> incidentCategories = new LinkedHashMap<>();
    private final ListView<String> municipalityList = list("municipalityFilter", municipalities, value -> value);
    private final ListView<String> categoryList = list("categoryFilter", incidentCategories,
            value -> Labels.enumValue("IncidentCategory", value));
    private final ListView<String> agencyList = list("agencyFilter", agencies, value -> value);
    private final ListView<String> typeList = list("typeFilter", types, value -> I18n.text("type." + value));
    private final ListView<String> linkTypeList = list("linkTypeFilter", linkTypes, Labels::linkType);
    private final ListView<String> authorityList = list("authorityFilter", authorities, value -> value);
    private final ListView<String> incidentList = list("incidentFilter", incidentKinds,
            value -> Labels.enumValue("IncidentKind", value));
    private final Slider fromSlider = new Slider(0, 1, 0);
    private final Slider toSlider = new Slider(0, 1, 1);
    private final Label window = new Label();
    private final BarChart<String, Number> histogram = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final Consumer<ChartFilter> onChange;
    private List<YearMonth> months = List.of();
    private ChartFilter current = ChartFilter.NONE;
    private boolean updating;

    public FilterPane(Consumer<ChartFilter> onChange) {
        this.onChange = onChange;
        setId("filters");
        setSpacing(4);
        fromSlider.setId("timeFrom");
        toSlider.setId("timeTo");
        window.setId("timeWindow");
        histogram.setId("timeHistogram");
        histogram.setLegendVisible(false);
        histogram.setAnimated(false);
        histogram.setPrefHeight(130);
        histogram.setMinHeight(110);
        histogram.setBarGap(0);
        histogram.setCategoryGap(1);
        fromSlider.valueProperty().addListener((o, a, b) -> timeChanged());
        toSlider.valueProperty().addListener((o, a, b) -> timeChanged());
        Button reset = new Button(I18n.text("filter.reset"));
        reset.setId("filterReset");
        reset.setOnAction(e -> reset());
        var time = new VBox(2, histogram, new Label(I18n.text("filter.from")), fromSlider,
                new Label(I18n.text("filter.to")), toSlider, window);
        getChildren().addAll(
                titled("filter.agencies", agencyList, true), titled("filter.types", typeList, false),
                titled("filter.linkTypes", linkTypeList, false), titled("filter.municipalities", municipalityList, false),
                titled("filter.authorities", authorityList, false), titled("filter.incidents", incidentList, false),
                titled("filter.categories", categoryList, false), titled("filter.time", time, true), reset);
    }

    /**
     * Refreshes the lists and the histogram from the chart, keeping the user's choices;
     * {@code municipalityOf} and {@code authorityOf} give each entity's place where the chart knows it.
     */
    public void update(ChartState chart, Map<String, String> municipalityOf, Map<String, String> authorityOf) {
        updating = true;
        try {
            current = chart.filter();
            refresh(agencies, agencyList, values(chart, e -> e.provenance().sourceAgency(), true), current.hiddenAgencies());
            refresh(types, typeList, values(chart, Entity::type, false), current.hiddenTypes());
            var links = new java.util.TreeSet<String>();
            chart.links().values().forEach(l -> links.add(l.type()));
            refresh(linkTypes, linkTypeList, List.copyOf(links), current.hiddenLinkTypes());
            var places = new java.util.TreeSet<String>();
            authorityOf.values().stream().filter(java.util.Objects::nonNull).forEach(places::add);
            var towns = new java.util.TreeSet<String>(java.text.Collator.getInstance(java.util.Locale.GERMANY));
            municipalityOf.values().stream().filter(java.util.Objects::nonNull).forEach(towns::add);
            // municipalities and authorities share the filter's hidden places; each list takes its own
            refresh(authorities, authorityList, List.copyOf(places), hiddenAmong(places, authorities));
            refresh(municipalities, municipalityList, List.copyOf(towns), hiddenAmong(towns, municipalities));
            var kinds = new java.util.TreeSet<String>();
            chart.entities().values().stream().filter(e -> e.type().equals("Incident")).forEach(e -> kinds.add(e.text("kind")));
            refresh(incidentKinds, incidentList, List.copyOf(kinds), current.hiddenIncidentKinds());
            var categories = new java.util.TreeSet<String>();
            chart.entities().values().stream().filter(e -> e.type().equals("Incident") && e.get("category") != null)
                    .forEach(e -> categories.add(e.text("category")));
            refresh(incidentCategories, categoryList, List.copyOf(categories), current.hiddenIncidentCategories());
            updateTime(chart);
        } finally {
            updating = false;
        }
    }

    private void updateTime(ChartState chart) {
        var perQuarter = new TreeMap<YearMonth, Integer>();
        chart.entities().values().stream().filter(e -> e.type().equals("Incident"))
                .map(e -> (LocalDate) e.get("dateFrom")).filter(java.util.Objects::nonNull)
                .forEach(d -> perQuarter.merge(quarter(YearMonth.from(d)), 1, Integer::sum));
        var series = new XYChart.Series<String, Number>();
        if (!perQuarter.isEmpty()) {
            for (YearMonth q = perQuarter.firstKey(); !q.isAfter(perQuarter.lastKey()); q = q.plusMonths(3)) {
                series.getData().add(new XYChart.Data<>(q.getYear() + "/" + (q.getMonthValue() / 3 + 1),
                        perQuarter.getOrDefault(q, 0)));
            }
        }
        histogram.getData().setAll(List.of(series));
        var range = new ArrayList<YearMonth>();
        if (!perQuarter.isEmpty()) {
            for (YearMonth m = perQuarter.firstKey(); !m.isAfter(perQuarter.lastKey().plusMonths(2)); m = m.plusMonths(1)) {
                range.add(m);
            }
        }
        boolean changed = !range.equals(months);
        months = range;
        fromSlider.setDisable(months.isEmpty());
        toSlider.setDisable(months.isEmpty());
        if (changed || !current.hasTimeWindow()) {
            fromSlider.setMax(Math.max(0, months.size() - 1));
            toSlider.setMax(Math.max(0, months.size() - 1));
            fromSlider.setValue(current.from() == null || months.isEmpty() ? 0 : index(YearMonth.from(current.from())));
            toSlider.setValue(current.to() == null || months.isEmpty() ? toSlider.getMax() : index(YearMonth.from(current.to())));
        }
        showWindow();
    }

    private void timeChanged() {
        if (updating || months.isEmpty()) {
            return;
        }
        if (fromSlider.getValue() > toSlider.getValue()) {
            toSlider.setValue(fromSlider.getValue());
        }
        showWindow();
        emit();
    }

    private void showWindow() {
        if (months.isEmpty()) {
            window.setText(I18n.text("filter.noIncidents"));
            return;
        }
        window.setText(I18n.text("filter.window", months.get((int) Math.round(fromSlider.getValue())).toString(),
                months.get((int) Math.round(toSlider.getValue())).toString()));
    }

    private void emit() {
        if (updating) {
            return;
        }
        LocalDate from = null;
        LocalDate to = null;
        if (!months.isEmpty()) {
            int a = (int) Math.round(fromSlider.getValue());
            int b = (int) Math.round(toSlider.getValue());
            from = a == 0 ? null : months.get(a).atDay(1);
            to = b == months.size() - 1 ? null : months.get(b).atEndOfMonth();
        }
        var places = new HashSet<>(hidden(municipalities));
        places.addAll(hidden(authorities));
        onChange.accept(new ChartFilter(hidden(types), hidden(linkTypes), hidden(agencies), places,
                hidden(incidentKinds), hidden(incidentCategories), from, to));
    }

    private void reset() {
        updating = true;
        List.of(agencies, types, linkTypes, municipalities, authorities, incidentKinds, incidentCategories)
                .forEach(m -> m.values().forEach(p -> p.set(true)));
        fromSlider.setValue(0);
        toSlider.setValue(toSlider.getMax());
        updating = false;
        emit();
    }

    private Set<String> hiddenAmong(Set<String> present, Map<String, BooleanProperty> known) {
        var hidden = new HashSet<String>();
        current.hiddenPlaces().stream().filter(p -> present.contains(p) || known.containsKey(p)).forEach(hidden::add);
        return hidden;
    }

    private static Set<String> hidden(Map<String, BooleanProperty> choices) {
        var hidden = new HashSet<String>();
        choices.forEach((value, shown) -> {
            if (!shown.get()) {
                hidden.add(value);
            }
        });
        return hidden;
    }

    private void refresh(Map<String, BooleanProperty> choices, ListView<String> list, List<String> values,
                         Set<String> hidden) {
        for (String value : values) {
            choices.computeIfAbsent(value, v -> {
                var shown = new SimpleBooleanProperty(true);
                shown.addListener((o, was, now) -> emit());
                return shown;
            }).set(!hidden.contains(value));
        }
        var listed = new ArrayList<>(values);
        hidden.stream().filter(h -> !listed.contains(h)).forEach(listed::add);
        list.getItems().setAll(listed);
    }

    private static List<String> values(ChartState chart, java.util.function.Function<Entity, String> key, boolean links) {
        var values = new java.util.TreeSet<String>(java.text.Collator.getInstance(java.util.Locale.GERMANY));
        chart.entities().values().forEach(e -> values.add(key.apply(e)));
        if (links) {
            chart.links().values().forEach(l -> values.add(l.provenance().sourceAgency()));
        }
        return List.copyOf(values);
    }

    /** A check list of codes, each shown in words by {@code label}. */
    private ListView<String> list(String id, Map<String, BooleanProperty> choices,
                                  java.util.function.Function<String, String> label) {
        var list = new ListView<String>();
        list.setId(id);
        list.setPrefHeight(140);
        list.setCellFactory(CheckBoxListCell.forListView(value -> choices.get(value), new javafx.util.StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        }));
        return list;
    }

    private int index(YearMonth month) {
        int i = months.indexOf(month);
        return i < 0 ? 0 : i;
    }

    private static YearMonth quarter(YearMonth month) {
        return YearMonth.of(month.getYear(), ((month.getMonthValue() - 1) / 3) * 3 + 1);
    }

    private static TitledPane titled(String key, javafx.scene.Node content, boolean expanded) {
        var pane = new TitledPane(I18n.text(key), content);
        pane.setExpanded(expanded);
        pane.setAnimated(false);
        return pane;
    }

    /** For tests and the chart: the current choice of agencies. */
    public Map<String, BooleanProperty> agencyChoices() {
        return agencies;
    }

    /** For tests: the municipality and incident category check boxes by value. */
    public Map<String, BooleanProperty> municipalityChoices() {
        return municipalities;
    }

    public Map<String, BooleanProperty> categoryChoices() {
        return incidentCategories;
    }

    public Slider fromSlider() {
        return fromSlider;
    }

    public Slider toSlider() {
        return toSlider;
    }
}
