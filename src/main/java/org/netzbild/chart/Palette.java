package org.netzbild.chart;

import java.util.List;

/**
 * The marks for categories (agencies, municipalities, police authorities): nine hues of Paul Tol's
 * "muted" scheme (P. Tol, "Colour Schemes", SRON/EPS/TN/09-002, 2021), chosen to stay apart for the
 * common colour-vision deficiencies, each plain, with a dashed dark outline and with a solid dark
 * ring: 27 marks that can be told apart where hue alone gives out after about ten (ADR 0027). Which
 * value gets which mark is kept by {@link ColourKey}, not by the order of what is drawn.
 */
public final class Palette {

    private static final List<String> HUES = List.of("#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE",
            "#882255", "#44AA99", "#999933", "#AA4499");
    /** The style classes of graph.css that add the second and third round's outline; none for the first. */
    private static final List<String> OUTLINES = java.util.Arrays.asList(null, "paletteDashed", "paletteRing");
    /** How many values get marks of their own; beyond, marks repeat (the legend says which is which). */
    public static final int DISTINCT = HUES.size() * OUTLINES.size();
    public static final String UNKNOWN = "#BBBBBB";

    /** One value's mark: a fill colour and the style class of its outline ({@code null}: the plain one). */
    public record Swatch(String colour, String outline) {
    }

    private Palette() {
    }

    /** The mark of slot {@code n} (0, 1, 2, ...): the hues first plain, then dashed, then ringed. */
    public static Swatch slot(int n) {
        int k = n % DISTINCT;
        return new Swatch(HUES.get(k % HUES.size()), OUTLINES.get(k / HUES.size()));
    }
}
