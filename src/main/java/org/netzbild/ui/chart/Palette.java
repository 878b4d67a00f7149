package org.netzbild.ui.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Colours for categories (agencies, municipalities, police authorities): twelve distinguishable
 * hues (Paul Tol's "muted" and "light" schemes, readable for the common colour-vision
 * deficiencies), assigned in sorted order so that a chart always colours the same way.
 */
final class Palette {

    private static final List<String> COLOURS = List.of("#332288", "#88CCEE", "#44AA99", "#117733", "#999933",
            "#DDCC77", "#CC6677", "#882255", "#AA4499", "#EE8866", "#77AADD", "#BBCC33");
    static final String UNKNOWN = "#BBBBBB";

    private Palette() {
    }

    /** Colour per value; beyond twelve values colours repeat (the legend says which is which). */
    static Map<String, String> of(List<String> sortedValues) {
        var colours = new LinkedHashMap<String, String>();
        for (int i = 0; i < sortedValues.size(); i++) {
            colours.put(sortedValues.get(i), COLOURS.get(i % COLOURS.size()));
        }
        return colours;
    }
}
