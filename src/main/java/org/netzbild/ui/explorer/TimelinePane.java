package org.netzbild.ui.explorer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.util.StringConverter;
import org.netzbild.app.I18n;
import org.netzbild.app.Labels;
import org.netzbild.chart.Timeline;

/**
 * The chart's incidents over time (issue 19), under the chart: a lane per incident category or per
 * recording agency, each incident a dot (a bar when it lasted), the time axis in years or months.
 * Dragging over it brushes a period: the incidents that touch it and the entities linked to them
 * are highlighted on the chart; a click clears the brush. With one entity selected, the line above
 * says when it was first and last seen in the chart's incidents. Redrawn whenever the chart changes.
 */
final class TimelinePane extends BorderPane {

    private static final double GUTTER = 150;
    private static final double AXIS = 22;
    private static final double MARGIN = 12;
    private static final List<Color> LANE_COLOURS = List.of(Color.web("#0072b2"), Color.web("#d55e00"), Color.web("#009e73"),
            Color.web("#cc79a7"), Color.web("#e69f00"), Color.web("#56b4e9"), Color.web("#8c564b"), Color.web("#7f7f7f"),
            Color.web("#bcbd22"), Color.web("#17becf"));

    private final ExplorerViewModel model;
    private final Canvas canvas = new Canvas();
    private final ChoiceBox<Timeline.Lanes> lanes = new ChoiceBox<>();
    private final Label info = new Label();
    private Timeline timeline = Timeline.of(org.netzbild.chart.ChartState.EMPTY, Timeline.Lanes.CATEGORY);
    private LocalDate brushFrom;
    private LocalDate brushTo;
    private double dragStart = Double.NaN;
    /** While a saved view is being applied, the pane does not report itself back to the model. */
    private boolean applying;

    TimelinePane(ExplorerViewModel model) {
        this.model = model;
        setId("timelinePane");
        setPrefHeight(170);
        setMinHeight(120);
        lanes.setId("timelineLanes");
        lanes.getItems().setAll(Timeline.Lanes.values());
        lanes.setValue(Timeline.Lanes.CATEGORY);
        lanes.setConverter(new StringConverter<>() {
            @Override
            public String toString(Timeline.Lanes value) {
                return value == null ? "" : I18n.text("timeline.lanes." + value.name());
            }

            @Override
            public Timeline.Lanes fromString(String text) {
                return null; // a ChoiceBox never asks
            }
        });
        lanes.valueProperty().addListener((o, was, now) -> rebuild());
        info.setId("timelineInfo");
        lanes.setTooltip(new javafx.scene.control.Tooltip(I18n.text("timeline.lanes")));
        var bar = new HBox(8, lanes, info);
        bar.setPadding(new Insets(4, 8, 2, 8));
        var plot = new Pane(canvas);
        canvas.widthProperty().bind(plot.widthProperty());
        canvas.heightProperty().bind(plot.heightProperty());
        canvas.widthProperty().addListener((o, was, now) -> draw());
        canvas.heightProperty().addListener((o, was, now) -> draw());
        setTop(bar);
        setCenter(plot);
        // hidden, it follows nothing: a large chart's changes cost it nothing until it is shown again
        model.chartProperty().addListener((o, was, now) -> {
            if (isVisible()) {
                rebuild();
            }
        });
        visibleProperty().addListener((o, was, now) -> {
            if (now) {
                rebuild();
            }
            report();
        });
        lanes.valueProperty().addListener((o, was, now) -> report());
        // a chart opened with its timeline: shown again as it was left
        model.timelineViewProperty().addListener((o, was, now) -> {
            if (!applying) {
                apply(now);
            }
        });
        model.highlighted().addListener((javafx.collections.ListChangeListener<String>) change -> {
            if (isVisible()) {
                draw();
            }
        });
        model.selection().addListener((javafx.collections.ListChangeListener<String>) change -> describeSelection());
        canvas.setOnMousePressed(e -> dragStart = e.getX() >= GUTTER ? e.getX() : Double.NaN);
        canvas.setOnMouseDragged(e -> {
            if (!Double.isNaN(dragStart) && timeline.start() != null) {
                LocalDate a = dayAt(Math.min(dragStart, e.getX()));
                LocalDate b = dayAt(Math.max(dragStart, e.getX()));
                brushFrom = a;
                brushTo = b;
                draw();
            }
        });
        canvas.setOnMouseReleased(e -> {
            if (Double.isNaN(dragStart)) {
                return;
            }
            if (Math.abs(e.getX() - dragStart) < 3) {
                clearBrush();
            } else if (brushFrom != null) {
                brush(brushFrom, brushTo);
            }
            dragStart = Double.NaN;
        });
        rebuild();
    }

    /** The timeline drawn now. */
    Timeline timeline() {
        return timeline;
    }

    /**
     * Brushes the days from {@code from} to {@code to}: their incidents and the entities linked to
     * them are highlighted on the chart, the rest of the chart is left as it is.
     */
    void brush(LocalDate from, LocalDate to) {
        brushFrom = from;
        brushTo = to;
        var ids = timeline.within(from, to);
        model.highlighted().setAll(ids);
        info.setText(I18n.text("timeline.brushed", timeline.eventsWithin(from, to).size(), format(from), format(to),
                ids.size()));
        draw();
        report();
    }

    /** Shows the timeline as a saved chart left it, or hides it for a chart saved without it. */
    private void apply(org.netzbild.chart.TimelineView view) {
        applying = true;
        try {
            brushFrom = null;
            brushTo = null;
            if (view == null) {
                setVisible(false);
                return;
            }
            lanes.setValue(view.lanes());
            setVisible(true);
            rebuild();
            if (view.brushed()) {
                brush(view.from(), view.to());
            }
        } finally {
            applying = false;
        }
    }

    /** Tells the model how the timeline is left, for the chart's next save. */
    private void report() {
        if (!applying) {
            model.timelineViewProperty().set(isVisible()
                    ? new org.netzbild.chart.TimelineView(lanes.getValue(), brushFrom, brushTo) : null);
        }
    }

    private void clearBrush() {
        brushFrom = null;
        brushTo = null;
        model.highlighted().clear();
        describeSelection();
        draw();
        report();
    }

    private void rebuild() {
        timeline = Timeline.of(model.chartProperty().get(), lanes.getValue() == null ? Timeline.Lanes.CATEGORY : lanes.getValue());
        if (brushFrom == null) {
            describeSelection();
        }
        draw();
    }

    /** The selected entity's first and last sighting, or how many incidents the timeline holds. */
    private void describeSelection() {
        if (model.selection().size() == 1 && timeline.seen().containsKey(model.selection().getFirst())) {
            var seen = timeline.seen().get(model.selection().getFirst());
            info.setText(I18n.text("timeline.seen", format(seen.first()), format(seen.last()), seen.incidents()));
        } else {
            info.setText(timeline.events().isEmpty() ? I18n.text("timeline.empty")
                    : I18n.text("timeline.summary", timeline.events().size(), format(timeline.start()), format(timeline.end())));
        }
    }

    private static String format(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(I18n.locale()).format(day);
    }

    /** The first and last day the axis shows: the incidents' with a little room on either side. */
    private LocalDate[] range() {
        LocalDate start = timeline.start();
        LocalDate end = timeline.end();
        long days = Math.max(30, ChronoUnit.DAYS.between(start, end));
        long pad = Math.max(7, days / 20);
        return new LocalDate[] {start.minusDays(pad), end.plusDays(pad)};
    }

    private double xOf(LocalDate day) {
        LocalDate[] range = range();
        double span = ChronoUnit.DAYS.between(range[0], range[1]);
        double left = GUTTER;
        double right = canvas.getWidth() - MARGIN;
        return left + (right - left) * ChronoUnit.DAYS.between(range[0], day) / span;
    }

    private LocalDate dayAt(double x) {
        LocalDate[] range = range();
        double span = ChronoUnit.DAYS.between(range[0], range[1]);
        double left = GUTTER;
        double right = canvas.getWidth() - MARGIN;
        double share = Math.max(0, Math.min(1, (x - left) / (right - left)));
        return range[0].plusDays(Math.round(share * span));
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.web("#fbfbf8"));
        g.fillRect(0, 0, w, h);
        if (timeline.events().isEmpty() || w <= GUTTER + MARGIN || h <= AXIS) {
            return;
        }
        List<String> laneNames = timeline.lanes();
        double rowHeight = Math.min(26, (h - AXIS - 4) / laneNames.size());
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < laneNames.size(); i++) {
            double y = 4 + i * rowHeight;
            if (i % 2 == 0) {
                g.setFill(Color.web("#f0f0ec"));
                g.fillRect(0, y, w, rowHeight);
            }
            g.setFill(Color.web("#1d1d1b"));
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(laneName(laneNames.get(i)), 6, y + rowHeight / 2, GUTTER - 12);
        }
        if (brushFrom != null) {
            double a = xOf(brushFrom);
            double b = xOf(brushTo);
            g.setFill(Color.web("#0072b2", 0.15));
            g.fillRect(a, 0, Math.max(2, b - a), h - AXIS);
        }
        var highlighted = new java.util.HashSet<>(model.highlighted());
        for (Timeline.Event event : timeline.events()) {
            int lane = laneNames.indexOf(event.lane());
            double y = 4 + lane * rowHeight + rowHeight / 2;
            Color colour = LANE_COLOURS.get(lane % LANE_COLOURS.size());
            double x0 = xOf(event.from());
            double x1 = xOf(event.to());
            g.setFill(colour);
            if (x1 - x0 > 4) {
                g.fillRoundRect(x0, y - 4, x1 - x0, 8, 6, 6);
            } else {
                g.fillOval(x0 - 4, y - 4, 8, 8);
            }
            if (highlighted.contains(event.id())) {
                g.setStroke(Color.web("#1d1d1b"));
                g.setLineWidth(2);
                g.strokeOval(x0 - 6, y - 6, Math.max(12, x1 - x0 + 12), 12);
            }
        }
        drawAxis(g, w, h);
    }

    private void drawAxis(GraphicsContext g, double w, double h) {
        double y = h - AXIS;
        g.setStroke(Color.web("#555555"));
        g.setLineWidth(1);
        g.strokeLine(GUTTER, y, w - MARGIN, y);
        LocalDate[] range = range();
        boolean years = ChronoUnit.DAYS.between(range[0], range[1]) > 730;
        LocalDate tick = years ? range[0].withDayOfYear(1).plusYears(1) : range[0].withDayOfMonth(1).plusMonths(1);
        g.setFill(Color.web("#555555"));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double lastLabel = -100;
        while (!tick.isAfter(range[1])) {
            double x = xOf(tick);
            g.strokeLine(x, y, x, y + 4);
            if (x - lastLabel > 48) {
                g.fillText(years ? Integer.toString(tick.getYear())
                        : String.format("%02d.%d", tick.getMonthValue(), tick.getYear()), x, y + 5);
                lastLabel = x;
            }
            tick = years ? tick.plusYears(1) : tick.plusMonths(1);
        }
    }

    private String laneName(String lane) {
        return timeline.by() == Timeline.Lanes.CATEGORY ? Labels.enumValue("IncidentCategory", lane) : Labels.agency(lane);
    }
}
