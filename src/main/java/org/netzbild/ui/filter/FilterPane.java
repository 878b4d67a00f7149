package org.netzbild.ui.filter;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.RangeSlider;
import org.netzbild.app.I18n;
import org.netzbild.app.Labels;
import org.netzbild.chart.ChartFilter;
import org.netzbild.chart.ChartState;
import org.netzbild.model.Entity;

/**
 * Live filters on the chart: entity types, link types, source agencies, municipalities, police
 * authorities, incident kinds and categories as check lists, and a time window chosen with one
 * range slider over a histogram of the chart's incidents per quarter (ControlsFX, ADR 0014). Every
 * change is handed on as a new {@link ChartFilter} (an undoable chart step).
 */
public final class FilterPane extends VBox {

    private final CheckFilter agencies = new CheckFilter("agencyFilter", Labels::agency, this::emit);
    private final CheckFilter types = new CheckFilter("typeFilter", value -> I18n.text("type." + value), this::emit);
    private final CheckFilter linkTypes = new CheckFilter("linkTypeFilter", Labels::linkType, this::emit);
    private final CheckFilter municipalities = new CheckFilter("municipalityFilter", value -> value, this::emit);
    private final CheckFilter authorities = new CheckFilter("authorityFilter", value -> value, this::emit);
    private final CheckFilter incidentKinds = new CheckFilter("incidentFilter",
            value -> Labels.enumValue("IncidentKind", value), this::emit);
    private final CheckFilter incidentCategories = new CheckFilter("categoryFilter",
            value -> Labels.enumValue("IncidentCategory", value), this::emit);
    /** Months as indices 0 .. months-1; one thumb for the first month shown, one for the last. */
    private final RangeSlider timeRange = new RangeSlider(0, 1, 0, 1);
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
        timeRange.setId("timeRange");
        timeRange.setBlockIncrement(1);
        timeRange.setMajorTickUnit(1);
        timeRange.setMinorTickCount(0);
        timeRange.setSnapToTicks(true);
        window.setId("timeWindow");
        histogram.setId("timeHistogram");
        histogram.setLegendVisible(false);
        histogram.setAnimated(false);
        histogram.setPrefHeight(130);
        histogram.setMinHeight(110);
        histogram.setBarGap(0);
        histogram.setCategoryGap(1);
        timeRange.lowValueProperty().addListener((o, a, b) -> timeChanged());
        timeRange.highValueProperty().addListener((o, a, b) -> timeChanged());
        Button reset = new Button(I18n.text("filter.reset"));
        reset.setId("filterReset");
        reset.setOnAction(e -> reset());
        var time = new VBox(2, histogram, timeRange, window);
        getChildren().addAll(
                titled("filter.agencies", agencies, true), titled("filter.types", types, false),
                titled("filter.linkTypes", linkTypes, false), titled("filter.municipalities", municipalities, false),
                titled("filter.authorities", authorities, false), titled("filter.incidents", incidentKinds, false),
                titled("filter.categories", incidentCategories, false), titled("filter.time", time, true), reset);
    }

    /**
     * Refreshes the lists and the histogram from the chart, keeping the user's choices;
     * {@code municipalityOf} and {@code authorityOf} give each entity's place where the chart knows it.
     */
    public void update(ChartState chart, Map<String, String> municipalityOf, Map<String, String> authorityOf) {
        updating = true;
        try {
            current = chart.filter();
            agencies.show(values(chart, e -> e.provenance().sourceAgency(), true), current.hiddenAgencies());
            types.show(values(chart, Entity::type, false), current.hiddenTypes());
            var links = new java.util.TreeSet<String>();
            chart.links().values().forEach(l -> links.add(l.type()));
            linkTypes.show(links, current.hiddenLinkTypes());
            var places = new java.util.TreeSet<String>();
            authorityOf.values().stream().filter(java.util.Objects::nonNull).forEach(places::add);
            var towns = new java.util.TreeSet<String>(java.text.Collator.getInstance(java.util.Locale.GERMANY));
            municipalityOf.values().stream().filter(java.util.Objects::nonNull).forEach(towns::add);
            // municipalities and authorities share the filter's hidden places; each list takes its own
            authorities.show(places, hiddenAmong(places, authorities));
            municipalities.show(towns, hiddenAmong(towns, municipalities));
            var kinds = new java.util.TreeSet<String>();
            chart.entities().values().stream().filter(e -> e.type().equals("Incident")).forEach(e -> kinds.add(e.text("kind")));
            incidentKinds.show(kinds, current.hiddenIncidentKinds());
            var categories = new java.util.TreeSet<String>();
            chart.entities().values().stream().filter(e -> e.type().equals("Incident") && e.get("category") != null)
                    .forEach(e -> categories.add(e.text("category")));
            incidentCategories.show(categories, current.hiddenIncidentCategories());
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
        timeRange.setDisable(months.isEmpty());
        if (changed || !current.hasTimeWindow()) {
            timeRange.setMax(Math.max(1, months.size() - 1));
            setWindow(current.from() == null || months.isEmpty() ? 0 : index(YearMonth.from(current.from())),
                    current.to() == null || months.isEmpty() ? timeRange.getMax() : index(YearMonth.from(current.to())));
        }
        showWindow();
    }

    /** Moves both thumbs; the slider keeps low at or below high, so low goes out of the way first. */
    private void setWindow(double low, double high) {
        timeRange.setLowValue(timeRange.getMin());
        timeRange.setHighValue(high);
        timeRange.setLowValue(low);
    }

    private void timeChanged() {
        if (updating || months.isEmpty()) {
            return;
        }
        showWindow();
        emit();
    }

    private void showWindow() {
        if (months.isEmpty()) {
            window.setText(I18n.text("filter.noIncidents"));
            return;
        }
        window.setText(I18n.text("filter.window", months.get(first()).toString(), months.get(last()).toString()));
    }

    private int first() {
        return Math.min((int) Math.round(timeRange.getLowValue()), months.size() - 1);
    }

    private int last() {
        return Math.min((int) Math.round(timeRange.getHighValue()), months.size() - 1);
    }

    private void emit() {
        if (updating) {
            return;
        }
        LocalDate from = null;
        LocalDate to = null;
        if (!months.isEmpty()) {
            int a = first();
            int b = last();
            from = a == 0 ? null : months.get(a).atDay(1);
            to = b == months.size() - 1 ? null : months.get(b).atEndOfMonth();
        }
        var places = new HashSet<>(municipalities.hidden());
        places.addAll(authorities.hidden());
        onChange.accept(new ChartFilter(types.hidden(), linkTypes.hidden(), agencies.hidden(), places,
                incidentKinds.hidden(), incidentCategories.hidden(), from, to));
    }

    private void reset() {
        updating = true;
        try {
            List.of(agencies, types, linkTypes, municipalities, authorities, incidentKinds, incidentCategories)
                    .forEach(CheckFilter::showAll);
            setWindow(timeRange.getMin(), timeRange.getMax());
        } finally {
            updating = false;
        }
        emit();
    }

    private Set<String> hiddenAmong(Set<String> present, CheckFilter list) {
        var hidden = new HashSet<String>();
        current.hiddenPlaces().stream().filter(p -> present.contains(p) || list.lists(p)).forEach(hidden::add);
        return hidden;
    }

    private static List<String> values(ChartState chart, java.util.function.Function<Entity, String> key, boolean links) {
        var values = new java.util.TreeSet<String>(java.text.Collator.getInstance(java.util.Locale.GERMANY));
        chart.entities().values().forEach(e -> values.add(key.apply(e)));
        if (links) {
            chart.links().values().forEach(l -> values.add(l.provenance().sourceAgency()));
        }
        return List.copyOf(values);
    }

    private int index(YearMonth month) {
        int i = months.indexOf(month);
        return i < 0 ? 0 : i;
    }

    private static YearMonth quarter(YearMonth month) {
        return YearMonth.of(month.getYear(), ((month.getMonthValue() - 1) / 3) * 3 + 1);
    }

    private static TitledPane titled(String key, CheckFilter list, boolean expanded) {
        return titled(key, list.view(), expanded);
    }

    private static TitledPane titled(String key, javafx.scene.Node content, boolean expanded) {
        var pane = new TitledPane(I18n.text(key), content);
        pane.setExpanded(expanded);
        pane.setAnimated(false);
        return pane;
    }

    /** For tests and the chart: the current choice of agencies. */
    public Map<String, BooleanProperty> agencyChoices() {
        return agencies.choices();
    }

    /** For tests: the municipality and incident category check boxes by value. */
    public Map<String, BooleanProperty> municipalityChoices() {
        return municipalities.choices();
    }

    public Map<String, BooleanProperty> categoryChoices() {
        return incidentCategories.choices();
    }

    /** For tests: the time window's range slider, in months from the chart's first incident. */
    public RangeSlider timeWindow() {
        return timeRange;
    }
}
