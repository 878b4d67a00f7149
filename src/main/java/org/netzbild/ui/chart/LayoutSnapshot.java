package org.netzbild.ui.chart;

import java.util.Arrays;
import org.netzbild.layout.ForceAtlasLayout;

/**
 * One complete set of positions from the layout worker, with what it was computed from: how many
 * of the FX thread's changes the worker had applied, and whether the layout had come to rest.
 * A buffer, reused: the worker fills it, {@link SnapshotHandover} passes it to the FX thread,
 * which gives it back once applied. Only one thread holds it at a time.
 */
final class LayoutSnapshot {

    int count;
    String[] ids = new String[0];
    double[] x = new double[0];
    double[] y = new double[0];
    /** How many changes ({@link LayoutChange}) the worker had applied when it took these positions. */
    long changesSeen;
    /** Whether the layout had come to rest at these positions. */
    boolean settled;
    /** The layout's iterations so far. */
    long steps;

    /** Makes room for {@code n} nodes and sets the count to {@code n}. */
    void resize(int n) {
        if (ids.length < n) {
            int capacity = Math.max(n, ids.length * 3 / 2);
            ids = new String[capacity];
            x = new double[capacity];
            y = new double[capacity];
        }
        if (n < count) {
            Arrays.fill(ids, n, count, null);
        }
        count = n;
    }

    /** Copies the positions of {@code layout}, on the thread that runs it. */
    void fill(ForceAtlasLayout layout, long changesSeen, boolean settled, long steps) {
        resize(layout.nodeCount());
        layout.readPositions((i, id, px, py) -> {
            ids[i] = id;
            x[i] = px;
            y[i] = py;
        });
        this.changesSeen = changesSeen;
        this.settled = settled;
        this.steps = steps;
    }
}
