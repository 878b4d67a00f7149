package org.netzbild.chart.paint;

/**
 * The font the chart's labels are drawn in, on screen and in every export alike, so that a label
 * measures the same everywhere and the page is framed as the screen is (ADR 0036): Liberation Sans
 * Regular (SIL Open Font License 1.1), which ships inside the application in PDFBox's jar. It has the
 * German and Turkish letters and is metric-compatible with Arial and Helvetica.
 */
public final class ChartFont {

    /** Where PDFBox keeps it; a PDFBox upgrade that moves it fails the diagram tests. */
    public static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    public static final String FAMILY = "Liberation Sans";

    private ChartFont() {
    }

    /** The font file; {@code null} if it is missing. */
    public static java.io.InputStream open() {
        return ChartFont.class.getResourceAsStream(RESOURCE);
    }
}
