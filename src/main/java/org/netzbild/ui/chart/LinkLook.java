package org.netzbild.ui.chart;

import javafx.scene.paint.Color;

/**
 * How one type of link is drawn: a line of {@code colour} and {@code width}, dashed or not, and for
 * directed links an arrow head {@code arrowLength} long and {@code arrowWidth} wide (pixels).
 */
record LinkLook(Color colour, double width, boolean dashed, double arrowLength, double arrowWidth) {
}
