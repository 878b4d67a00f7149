package org.netzbild.chart.paint;

import java.util.Locale;

/** The shapes an entity can have, named as in the style sheet's {@code shape} property. */
public enum NodeShape {
    CIRCLE, BOX, ROUNDED_BOX, DIAMOND, TRIANGLE, CROSS;

    static NodeShape named(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("graph.css: unknown shape '" + name + "'", e);
        }
    }
}
