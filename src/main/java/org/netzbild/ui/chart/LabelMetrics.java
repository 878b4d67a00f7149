package org.netzbild.ui.chart;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.netzbild.chart.paint.TextMetrics;

/**
 * Label widths without a JavaFX {@link Text} layout per label and frame, which is what makes
 * GraphStream's renderer slow with labels on: each character's advance is measured once per font
 * and a label's width is the sum of its characters'. Kerning is ignored; the label's background
 * box may be a pixel off, which nobody sees. FX thread only.
 */
final class LabelMetrics implements TextMetrics {

    private final Map<Font, Advances> fonts = new HashMap<>();

    @Override
    public double width(double size, String label) {
        Advances advances = advances(FxSurface.font(size));
        double width = 0;
        for (int k = 0; k < label.length(); k++) {
            width += advances.of(label.charAt(k));
        }
        return width;
    }

    /** The height of a line of text in this font. */
    @Override
    public double height(double size) {
        return advances(FxSurface.font(size)).height;
    }

    @Override
    public double ascent(double size) {
        return advances(FxSurface.font(size)).ascent;
    }

    private Advances advances(Font font) {
        return fonts.computeIfAbsent(font, Advances::new);
    }

    /** The advance of each character met so far in one font; Latin-1 in an array, the rest in a map. */
    private static final class Advances {
        private final Text probe = new Text();
        private final double[] latin = new double[256];
        private final Map<Character, Double> others = new HashMap<>();
        private final double bracket;
        private final double height;
        private final double ascent;

        Advances(Font font) {
            probe.setFont(font);
            bracket = measure("xx");
            height = probe.getLayoutBounds().getHeight();
            ascent = probe.getBaselineOffset();
            Arrays.fill(latin, Double.NaN);
        }

        double of(char c) {
            if (c < latin.length) {
                if (Double.isNaN(latin[c])) {
                    latin[c] = advance(c);
                }
                return latin[c];
            }
            Double known = others.get(c);
            if (known == null) {
                known = advance(c);
                others.put(c, known);
            }
            return known;
        }

        /** Measured between two letters, so that a space's advance counts as it does inside a label. */
        private double advance(char c) {
            return measure("x" + c + "x") - bracket;
        }

        private double measure(String text) {
            probe.setText(text);
            return probe.getLayoutBounds().getWidth();
        }
    }
}
