package org.netzbild.chart.paint;

import java.util.Locale;

/**
 * A colour of the chart's looks, independent of any toolkit: red, green and blue from 0 to 255 and
 * an opacity from 0 to 1. The style sheet writes colours as {@code #rgb}, {@code #rrggbb} or
 * {@code #rrggbbaa}; each drawing surface turns them into its own (JavaFX, AWT, SVG, PDF).
 */
public record Rgba(int red, int green, int blue, double opacity) {

    public static final Rgba WHITE = new Rgba(255, 255, 255, 1);
    public static final Rgba BLACK = new Rgba(0, 0, 0, 1);

    public Rgba {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255 || !(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("not a colour: " + red + ", " + green + ", " + blue + ", " + opacity);
        }
    }

    /** {@code #rgb}, {@code #rrggbb} or {@code #rrggbbaa} (the sheet's forms). */
    public static Rgba web(String text) {
        String h = text.strip();
        if (!h.startsWith("#")) {
            throw new IllegalArgumentException("not a colour: '" + text + "'");
        }
        h = h.substring(1);
        try {
            return switch (h.length()) {
                case 3 -> new Rgba(17 * hex(h, 0, 1), 17 * hex(h, 1, 2), 17 * hex(h, 2, 3), 1);
                case 6 -> new Rgba(hex(h, 0, 2), hex(h, 2, 4), hex(h, 4, 6), 1);
                case 8 -> new Rgba(hex(h, 0, 2), hex(h, 2, 4), hex(h, 4, 6), hex(h, 6, 8) / 255.0);
                default -> throw new IllegalArgumentException("not a colour: '" + text + "'");
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a colour: '" + text + "'", e);
        }
    }

    /** The same colour at {@code newOpacity}. */
    public Rgba withOpacity(double newOpacity) {
        return new Rgba(red, green, blue, newOpacity);
    }

    /** {@code #rrggbb}, without the opacity. */
    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    public boolean opaque() {
        return opacity >= 1;
    }

    private static int hex(String h, int from, int to) {
        return Integer.parseInt(h.substring(from, to), 16);
    }
}
