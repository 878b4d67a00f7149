package org.netzbild.chart;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A saved chart: what is on it (by id — the records themselves stay in the store and are read
 * again, with the reader's visibility, when the chart is opened), where each entity stands, what
 * is hidden or pinned, the filter and the colouring.
 *
 * @param positions entity id to {@code [x, y]}
 */
public record ChartDocument(int format, String name, Instant savedAt, String savedBy, List<String> entityIds,
                            Map<String, double[]> positions, Set<String> hidden, Set<String> pinned,
                            Map<String, Long> more, ChartFilter filter, String colouring, TimelineView timeline) {

    public static final int FORMAT = 1;

    public ChartDocument {
        entityIds = List.copyOf(entityIds);
        positions = Map.copyOf(positions);
        hidden = Set.copyOf(hidden);
        pinned = Set.copyOf(pinned);
        more = Map.copyOf(more);
    }

    /** A chart saved without its timeline shown (and every chart saved before the timeline). */
    public ChartDocument(int format, String name, java.time.Instant savedAt, String savedBy, List<String> entityIds,
                         Map<String, double[]> positions, Set<String> hidden, Set<String> pinned, Map<String, Long> more,
                         ChartFilter filter, String colouring) {
        this(format, name, savedAt, savedBy, entityIds, positions, hidden, pinned, more, filter, colouring, null);
    }
}
