package org.netzbild.export;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.netzbild.chart.paint.TextMetrics;

/**
 * The font of the diagrams, the chart's own ({@link org.netzbild.chart.paint.ChartFont}): Liberation
 * Sans Regular (SIL Open Font License 1.1), which ships inside the application in PDFBox's jar;
 * nothing is loaded from the system or the web (ADR 0036). It has
 * the German and Turkish letters (ä ö ü ß ş ğ ı İ) and is metric-compatible with Arial and Helvetica,
 * so an SVG viewer that falls back to either sets labels as wide as they were measured here. The
 * PDF embeds it (a subset), the PNG draws with it, the SVG names it. Characters it has no glyph for
 * are drawn as {@code ?} in every format alike ({@link #printable}).
 */
final class DiagramFont {

    static final String RESOURCE = org.netzbild.chart.paint.ChartFont.RESOURCE;
    /** What the SVG asks for: the font itself, else the two whose widths it shares, else any sans-serif. */
    static final String SVG_FAMILIES = "'Liberation Sans', Arial, Helvetica, sans-serif";

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final Font UNIT;
    private static final double ASCENT;
    private static final double DESCENT;

    static {
        UNIT = load().deriveFont(1f);
        var line = UNIT.getLineMetrics("Hg", CONTEXT);
        ASCENT = line.getAscent();
        DESCENT = line.getDescent();
    }

    private DiagramFont() {
    }

    /** The font file, for the PDF to embed. */
    static InputStream open() {
        InputStream in = org.netzbild.chart.paint.ChartFont.open();
        if (in == null) {
            throw new IllegalStateException("the diagram font " + RESOURCE + " is missing from the class path");
        }
        return in;
    }

    /**
     * The font file for the PDF, its glyph substitution table (GSUB) hidden: PDFBox 3 runs a GSUB
     * worker, compiling regular expressions, on every text it shows in a font that has one, which
     * took three quarters of a 5,000-label PDF's time (ADR 0036); the labels need no ligatures or
     * contextual forms, and the embedded subset carries no GSUB anyway. The table's tag in the
     * font's table directory is renamed, so no reader finds it; the glyphs are untouched.
     */
    static byte[] withoutGlyphSubstitution() {
        try (InputStream in = open()) {
            byte[] font = in.readAllBytes();
            var buffer = java.nio.ByteBuffer.wrap(font);
            int tables = Short.toUnsignedInt(buffer.getShort(4));
            for (int k = 0; k < tables; k++) {
                int entry = 12 + 16 * k;
                if (font[entry] == 'G' && font[entry + 1] == 'S' && font[entry + 2] == 'U' && font[entry + 3] == 'B') {
                    font[entry] = 'X';
                }
            }
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("the diagram font cannot be read", e);
        }
    }

    private static Font load() {
        try (InputStream in = open()) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("the diagram font cannot be read", e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the diagram font is not a TrueType font", e);
        }
    }

    /** The AWT font at {@code size}, for the PNG. */
    static Font awt(double size) {
        return UNIT.deriveFont((float) size);
    }

    /** {@code text} with every character the font cannot draw replaced by {@code ?}. */
    static String printable(String text) {
        int bad = UNIT.canDisplayUpTo(text);
        if (bad < 0) {
            return text;
        }
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : UNIT.canDisplay(c) ? c : '?'));
        return out.toString();
    }

    /** Widths by the font's advances, one character at a time, cached (kerning ignored, as on screen). */
    static final class Metrics implements TextMetrics {

        private final double[] latin = new double[0x250];
        private final Map<Integer, Double> others = new HashMap<>();

        Metrics() {
            Arrays.fill(latin, Double.NaN);
        }

        @Override
        public double width(double size, String text) {
            double width = 0;
            for (int k = 0; k < text.length(); k++) {
                width += advance(text.charAt(k));
            }
            return width * size;
        }

        @Override
        public double height(double size) {
            return (ASCENT + DESCENT) * size;
        }

        @Override
        public double ascent(double size) {
            return ASCENT * size;
        }

        private double advance(char c) {
            if (c < latin.length) {
                if (Double.isNaN(latin[c])) {
                    latin[c] = measure(c);
                }
                return latin[c];
            }
            return others.computeIfAbsent((int) c, DiagramFont.Metrics::measure);
        }

        private static double measure(int c) {
            return UNIT.getStringBounds(String.valueOf((char) c), CONTEXT).getWidth();
        }
    }
}
