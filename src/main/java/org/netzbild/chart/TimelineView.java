package org.netzbild.chart;

import java.time.LocalDate;

/**
 * How the timeline under a chart was left (issue 19): shown, its lanes, and the period brushed on
 * it ({@code from} and {@code to} both null when none), saved with the chart and shown again when it
 * is opened.
 */
public record TimelineView(Timeline.Lanes lanes, LocalDate from, LocalDate to) {

    public TimelineView {
        lanes = lanes == null ? Timeline.Lanes.CATEGORY : lanes;
        if ((from == null) != (to == null) || from != null && to.isBefore(from)) {
            from = null;
            to = null;
        }
    }

    /** Whether a period is brushed. */
    public boolean brushed() {
        return from != null;
    }
}
