package org.netzbild.ui.chart.layout;

/**
 * Reads a position attribute of a GraphStream node. GraphStream stores {@code xyz} (and {@code x},
 * {@code y}) as a Number, an Object[] of Numbers or a double[], depending on who wrote it: the
 * layouts write Object[], a saved chart may bring double[]. One reader for all of them.
 */
public final class NodePosition {

    private NodePosition() {
    }

    /** The coordinates in {@code value}, or {@code null} if it is no position. */
    public static double[] coordinates(Object value) {
        if (value instanceof Number n) {
            return new double[] {n.doubleValue()};
        }
        if (value instanceof double[] d && d.length > 0) {
            return d;
        }
        if (value instanceof Object[] o && o.length > 0) {
            double[] d = new double[o.length];
            for (int k = 0; k < o.length; k++) {
                if (!(o[k] instanceof Number n)) {
                    return null;
                }
                d[k] = n.doubleValue();
            }
            return d;
        }
        return null;
    }

    /** The x and y of an {@code xyz} value, or {@code null} if it has fewer than two numbers. */
    public static double[] xy(Object xyz) {
        double[] c = coordinates(xyz);
        return c == null || c.length < 2 ? null : c;
    }
}
