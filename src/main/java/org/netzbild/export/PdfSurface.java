package org.netzbild.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.netzbild.chart.paint.Rgba;
import org.netzbild.chart.paint.TextMetrics;

/**
 * The chart's drawing surface on a PDF page, through PDFBox's content stream (ADR 0036): paths,
 * fills and strokes as PDF operators, text as text in the embedded diagram font (searchable and
 * selectable). The page's y axis is turned to point down, as on screen; text is turned back upright
 * by its text matrix. Colours, widths and dashes are written only when they change.
 */
final class PdfSurface extends PenSurface {

    /** A quarter circle as a cubic Bézier curve: the control points lie this share of the radius out. */
    private static final double KAPPA = 0.5522847498;
    private final PDPageContentStream cs;
    private final PDFont font;
    private final TextMetrics metrics;
    private final Map<Double, PDExtendedGraphicsState> fillAlphas = new HashMap<>();
    private final Map<Double, PDExtendedGraphicsState> strokeAlphas = new HashMap<>();
    // what the content stream has now; null or NaN: unknown
    private Rgba writtenFill;
    private Rgba writtenStroke;
    private double writtenWidth = Double.NaN;
    private double[] writtenDashes;
    private boolean dashesKnown;
    private double writtenFillAlpha = 1;
    private double writtenStrokeAlpha = 1;
    private boolean translated;
    private boolean clipped;
    private double currentX;
    private double currentY;

    /** Draws on {@code cs} of a page {@code pageHeight} points high, in {@code font} measured by {@code metrics}. */
    PdfSurface(PDPageContentStream cs, double pageHeight, PDFont font, TextMetrics metrics) {
        this.cs = cs;
        this.font = font;
        this.metrics = metrics;
        try {
            cs.transform(new Matrix(1, 0, 0, -1, 0, (float) pageHeight));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void origin(double x, double y) {
        unclip();
        try {
            if (translated) {
                cs.restoreGraphicsState();
            }
            cs.saveGraphicsState();
            cs.transform(Matrix.getTranslateInstance((float) x, (float) y));
            translated = true;
            // the restore put colours, width, dashes and opacity back as they were before the save
            forgetWrittenState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        try {
            cs.saveGraphicsState();
            cs.addRect((float) x, (float) y, (float) w, (float) h);
            cs.clip();
            clipped = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void unclip() {
        try {
            if (clipped) {
                cs.restoreGraphicsState();
                clipped = false;
                forgetWrittenState();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** After a restore the content stream's colours, width, dashes and opacity are those of the save. */
    private void forgetWrittenState() {
        writtenFill = null;
        writtenStroke = null;
        writtenWidth = Double.NaN;
        dashesKnown = false;
        writtenFillAlpha = Double.NaN;
        writtenStrokeAlpha = Double.NaN;
    }

    /** Ends the translation {@link #origin} began, if any. */
    void close() throws IOException {
        unclip();
        if (translated) {
            cs.restoreGraphicsState();
            translated = false;
        }
    }





    private void filling() throws IOException {
        if (!fill.equals(writtenFill)) {
            cs.setNonStrokingColor(fill.red() / 255f, fill.green() / 255f, fill.blue() / 255f);
            writtenFill = fill;
        }
        if (fill.opacity() != writtenFillAlpha) {
            cs.setGraphicsStateParameters(fillAlphas.computeIfAbsent(fill.opacity(), a -> {
                var state = new PDExtendedGraphicsState();
                state.setNonStrokingAlphaConstant(a.floatValue());
                return state;
            }));
            writtenFillAlpha = fill.opacity();
        }
    }

    private void stroking() throws IOException {
        if (!stroke.equals(writtenStroke)) {
            cs.setStrokingColor(stroke.red() / 255f, stroke.green() / 255f, stroke.blue() / 255f);
            writtenStroke = stroke;
        }
        if (stroke.opacity() != writtenStrokeAlpha) {
            cs.setGraphicsStateParameters(strokeAlphas.computeIfAbsent(stroke.opacity(), a -> {
                var state = new PDExtendedGraphicsState();
                state.setStrokingAlphaConstant(a.floatValue());
                return state;
            }));
            writtenStrokeAlpha = stroke.opacity();
        }
        if (width != writtenWidth) {
            cs.setLineWidth((float) width);
            writtenWidth = width;
        }
        if (!dashesKnown || dashes != writtenDashes) {
            float[] pattern = new float[dashes == null ? 0 : dashes.length];
            for (int k = 0; k < pattern.length; k++) {
                pattern[k] = (float) dashes[k];
            }
            cs.setLineDashPattern(pattern, 0);
            writtenDashes = dashes;
            dashesKnown = true;
        }
    }

    @Override
    public void beginPath() {
        // PDF begins a path with its first moveTo
    }

    @Override
    public void moveTo(double x, double y) {
        try {
            cs.moveTo((float) x, (float) y);
            currentX = x;
            currentY = y;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void lineTo(double x, double y) {
        try {
            cs.lineTo((float) x, (float) y);
            currentX = x;
            currentY = y;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void quadTo(double controlX, double controlY, double x, double y) {
        // a quadratic curve as the cubic one PDF knows: control points two thirds of the way to the quadratic's
        try {
            cs.curveTo((float) (currentX + 2.0 / 3 * (controlX - currentX)), (float) (currentY + 2.0 / 3 * (controlY - currentY)),
                    (float) (x + 2.0 / 3 * (controlX - x)), (float) (y + 2.0 / 3 * (controlY - y)), (float) x, (float) y);
            currentX = x;
            currentY = y;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void strokePath() {
        try {
            stroking();
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        try {
            filling();
            cs.addRect((float) x, (float) y, (float) w, (float) h);
            cs.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        try {
            stroking();
            cs.addRect((float) x, (float) y, (float) w, (float) h);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ellipse(double x, double y, double w, double h) throws IOException {
        float rx = (float) (w / 2);
        float ry = (float) (h / 2);
        float cx = (float) (x + rx);
        float cy = (float) (y + ry);
        float kx = (float) (KAPPA * rx);
        float ky = (float) (KAPPA * ry);
        cs.moveTo(cx + rx, cy);
        cs.curveTo(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry);
        cs.curveTo(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy);
        cs.curveTo(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry);
        cs.curveTo(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy);
        cs.closePath();
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        try {
            filling();
            ellipse(x, y, w, h);
            cs.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        try {
            stroking();
            ellipse(x, y, w, h);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void roundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) throws IOException {
        float rx = (float) Math.min(arcWidth / 2, w / 2);
        float ry = (float) Math.min(arcHeight / 2, h / 2);
        float left = (float) x;
        float top = (float) y;
        float right = (float) (x + w);
        float bottom = (float) (y + h);
        float kx = (float) ((1 - KAPPA) * rx);
        float ky = (float) ((1 - KAPPA) * ry);
        cs.moveTo(left + rx, top);
        cs.lineTo(right - rx, top);
        cs.curveTo(right - kx, top, right, top + ky, right, top + ry);
        cs.lineTo(right, bottom - ry);
        cs.curveTo(right, bottom - ky, right - kx, bottom, right - rx, bottom);
        cs.lineTo(left + rx, bottom);
        cs.curveTo(left + kx, bottom, left, bottom - ky, left, bottom - ry);
        cs.lineTo(left, top + ry);
        cs.curveTo(left, top + ky, left + kx, top, left + rx, top);
        cs.closePath();
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        try {
            filling();
            roundRect(x, y, w, h, arcWidth, arcHeight);
            cs.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        try {
            stroking();
            roundRect(x, y, w, h, arcWidth, arcHeight);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void polygon(double[] xs, double[] ys, int points) throws IOException {
        cs.moveTo((float) xs[0], (float) ys[0]);
        for (int k = 1; k < points; k++) {
            cs.lineTo((float) xs[k], (float) ys[k]);
        }
        cs.closePath();
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        try {
            filling();
            polygon(xs, ys, points);
            cs.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int points) {
        try {
            stroking();
            polygon(xs, ys, points);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }



    @Override
    public void fillText(String text, double x, double y) {
        try {
            filling();
            double left = x - metrics.width(textSize, text) / 2;
            double base = Graphics2DSurface.baselineY(metrics, textSize, baseline, y);
            cs.beginText();
            cs.setFont(font, (float) textSize);
            cs.setTextMatrix(new Matrix(1, 0, 0, -1, (float) left, (float) base));
            cs.showText(text);
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public TextMetrics metrics() {
        return metrics;
    }
}
