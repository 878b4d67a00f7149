package org.netzbild.export;

import java.util.HashMap;
import java.util.Map;
import org.netzbild.chart.StyleRules;

/**
 * The chart's colours for exports: an entity type's and a link type's fill colour from the
 * desktop's style sheet ({@code graph.css}), so that a file opened in Gephi looks as the chart did.
 */
final class Colours {

    private static final StyleRules SHEET = StyleRules.standard();
    private final Map<String, int[]> cache = new HashMap<>();

    /** {@code [r, g, b]} of an entity type. */
    int[] entity(String type) {
        return cache.computeIfAbsent("node." + type, k -> rgb(SHEET.rule(k).getOrDefault("fill-color",
                SHEET.rule("node").getOrDefault("fill-color", "#8c8c8c"))));
    }

    /** {@code [r, g, b]} of a link type. */
    int[] link(String type) {
        return cache.computeIfAbsent("edge." + type, k -> rgb(SHEET.rule(k).getOrDefault("fill-color",
                SHEET.rule("edge").getOrDefault("fill-color", "#9a9a9a"))));
    }

    static String hex(int[] rgb) {
        return String.format("#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
    }

    private static int[] rgb(String hex) {
        String h = hex.strip().substring(1);
        return new int[] {Integer.parseInt(h.substring(0, 2), 16), Integer.parseInt(h.substring(2, 4), 16),
                Integer.parseInt(h.substring(4, 6), 16)};
    }
}
