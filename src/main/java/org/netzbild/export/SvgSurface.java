package org.netzbild.export;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.netzbild.chart.paint.TextMetrics;

/**
 * The chart's drawing surface as SVG elements, written with the JDK's {@link XMLStreamWriter}
 * (chosen over Batik's generator by measurement, ADR 0036): each call is one element, text is a
 * {@code <text>} element (searchable, selectable), coordinates are in points with two decimals. The
 * caller writes the document's root; this writes inside it. An {@link XMLStreamException} is thrown
 * on as unchecked ({@link SvgFailure}), because the painter's calls cannot declare it.
 */
final class SvgSurface extends PenSurface {

    private final XMLStreamWriter out;
    private final TextMetrics metrics;
    private final StringBuilder path = new StringBuilder(4096);
    private final StringBuilder scratch = new StringBuilder(256);
    /** The dash pattern as the attribute writes it, made when the painter sets one. */
    private String dashText;
    private boolean group;
    private boolean clipped;
    private int clips;

    SvgSurface(XMLStreamWriter out, TextMetrics metrics) {
        this.out = out;
        this.metrics = metrics;
    }

    /** Thrown for a failed write; its cause is the {@link XMLStreamException}. */
    static final class SvgFailure extends RuntimeException {
        SvgFailure(XMLStreamException cause) {
            super(cause.getMessage(), cause);
        }
    }

    @Override
    public void origin(double x, double y) {
        try {
            close();
            if (x == 0 && y == 0) {
                return;
            }
            out.writeStartElement("g");
            out.writeAttribute("transform", "translate(" + Numbers.of(x) + " " + Numbers.of(y) + ")");
            group = true;
        } catch (XMLStreamException e) {
            throw new SvgFailure(e);
        }
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        try {
            String id = "clip" + ++clips;
            out.writeStartElement("clipPath");
            out.writeAttribute("id", id);
            out.writeEmptyElement("rect");
            out.writeAttribute("x", Numbers.of(x));
            out.writeAttribute("y", Numbers.of(y));
            out.writeAttribute("width", Numbers.of(w));
            out.writeAttribute("height", Numbers.of(h));
            out.writeEndElement();
            out.writeStartElement("g");
            out.writeAttribute("clip-path", "url(#" + id + ")");
            clipped = true;
        } catch (XMLStreamException e) {
            throw new SvgFailure(e);
        }
    }

    @Override
    public void unclip() {
        try {
            if (clipped) {
                out.writeEndElement();
                clipped = false;
            }
        } catch (XMLStreamException e) {
            throw new SvgFailure(e);
        }
    }

    /** Ends the group {@link #origin} began, if any (and a clip left open within it). */
    void close() throws XMLStreamException {
        if (clipped) {
            out.writeEndElement();
            clipped = false;
        }
        if (group) {
            out.writeEndElement();
            group = false;
        }
    }




    @Override
    public void lineDashes(double[] pattern) {
        super.lineDashes(pattern);
        if (pattern == null) {
            dashText = null;
            return;
        }
        scratch.setLength(0);
        for (int k = 0; k < pattern.length; k++) {
            if (k > 0) {
                scratch.append(' ');
            }
            Numbers.append(scratch, pattern[k]);
        }
        dashText = scratch.toString();
    }

    @Override
    public void beginPath() {
        path.setLength(0);
    }

    @Override
    public void moveTo(double x, double y) {
        path.append('M');
        point(path, x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        path.append('L');
        point(path, x, y);
    }

    @Override
    public void quadTo(double controlX, double controlY, double x, double y) {
        path.append('Q');
        point(path, controlX, controlY);
        path.append(' ');
        point(path, x, y);
    }

    private static void point(StringBuilder b, double x, double y) {
        Numbers.append(b, x);
        b.append(',');
        Numbers.append(b, y);
    }

    @Override
    public void strokePath() {
        if (path.isEmpty()) {
            return;
        }
        try {
            out.writeEmptyElement("path");
            out.writeAttribute("d", path.toString());
            out.writeAttribute("fill", "none");
            stroked();
        } catch (XMLStreamException e) {
            throw new SvgFailure(e);
        }
    }

    private void filled() throws XMLStreamException {
        out.writeAttribute("fill", fill.hex());
        if (!fill.opaque()) {
            out.writeAttribute("fill-opacity", Numbers.of(fill.opacity()));
        }
    }

    private void stroked() throws XMLStreamException {
        out.writeAttribute("stroke", stroke.hex());
        if (!stroke.opaque()) {
            out.writeAttribute("stroke-opacity", Numbers.of(stroke.opacity()));
        }
        out.writeAttribute("stroke-width", Numbers.of(width));
        if (dashText != null) {
            out.writeAttribute("stroke-dasharray", dashText);
        }
    }

    private void rect(boolean filled, double x, double y, double w, double h, double rx, double ry) {
        try {
            out.writeEmptyElement("rect");
            out.writeAttribute("x", Numbers.of(x));
            out.writeAttribute("y", Numbers.of(y));
            out.writeAttribute("width", Numbers.of(w));
            out.writeAttribute("height", Numbers.of(h));
            if (rx > 0) {
                out.writeAttribute("rx", Numbers.of(rx));
                out.writeAttribute("ry", Numbers.of(ry));
            }
            paint(filled);
        } catch (XMLStreamException e) {
            throw new SvgFailure(e);
        }
    }

    private void paint(boolean filled) throws XMLStreamException {
        if (filled) {
            filled();
        } else {
            out.writeAttribute("fill", "none");
            stroked();
        }
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        rect(true, x, y, w, h, 0, 0);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        rect(false, x, y, w, h, 0, 0);
    }

    private void ellipse(boolean filled, double x, double y, double w, double h) {
        try {
            out.writeEmptyElement("ellipse");
            out.writeAttribute("cx", Numbers.of(x + w / 2));
            out.writeAttribute("cy", Numbers.of(y + h / 2));
            out.writeAttribute("rx", Numbers.of(w / 2));
            out.writeAttribute("ry", Numbers.of(h / 2));
            paint(filled);
        } catch (XMLStreamException e) {
            throw new SvgFailure(e);
        }
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        ellipse(true, x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        ellipse(false, x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        rect(true, x, y, w, h, arcWidth / 2, arcHeight / 2);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        rect(false, x, y, w, h, arcWidth / 2, arcHeight / 2);
    }

    private void polygon(boolean filled, double[] xs, double[] ys, int points) {
        scratch.setLength(0);
        for (int k = 0; k < points; k++) {
            if (k > 0) {
                scratch.append(' ');
            }
            point(scratch, xs[k], ys[k]);
        }
        try {
            out.writeEmptyElement("polygon");
            out.writeAttribute("points", scratch.toString());
            paint(filled);
        } catch (XMLStreamException e) {
            throw new SvgFailure(e);
        }
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        polygon(true, xs, ys, points);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int points) {
        polygon(false, xs, ys, points);
    }



    @Override
    public void fillText(String text, double x, double y) {
        try {
            out.writeStartElement("text");
            out.writeAttribute("x", Numbers.of(x));
            out.writeAttribute("y", Numbers.of(Graphics2DSurface.baselineY(metrics, textSize, baseline, y)));
            out.writeAttribute("font-size", Numbers.of(textSize));
            out.writeAttribute("text-anchor", "middle");
            filled();
            out.writeCharacters(text);
            out.writeEndElement();
        } catch (XMLStreamException e) {
            throw new SvgFailure(e);
        }
    }

    @Override
    public TextMetrics metrics() {
        return metrics;
    }
}
