package org.netzbild.layout;

import java.util.Arrays;

/**
 * Takes the overlap out of a settled force layout (issue 18): every pair of circles that overlap is
 * pushed apart along the line between their centres until they touch, half the overlap each, or
 * all of it by the one that is free to move if the other is frozen; passes repeat until no pair
 * overlaps. A separate pass after the forces, as the issue allows (like Gephi's Noverlap), so the
 * force layout's picture stays and only crowded places widen: a hub's leaves spread into rings. A
 * grid of cells twice the largest radius finds the neighbours; the arrays are reused from call to
 * call.
 */
final class OverlapRemoval {

    private int[] head = new int[0];
    private int[] next = new int[0];
    private int columns;
    private int rows;
    private double left;
    private double top;
    private double cell;

    /**
     * Pushes overlapping circles of {@code p} apart once over every pair; returns how many pairs
     * overlapped (0: none did, and nothing moved).
     */
    int separate(ForceParticles p) {
        int n = p.count;
        double largest = 0;
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            largest = Math.max(largest, p.size[i]);
            x0 = Math.min(x0, p.x[i]);
            y0 = Math.min(y0, p.y[i]);
            x1 = Math.max(x1, p.x[i]);
            y1 = Math.max(y1, p.y[i]);
        }
        if (n < 2 || largest <= 0) {
            return 0;
        }
        cell = 2 * largest;
        left = x0;
        top = y0;
        // a very spread chart gets coarser cells rather than a grid larger than four per node
        while ((x1 - x0) / cell * ((y1 - y0) / cell) > 4.0 * n) {
            cell *= 2;
        }
        columns = (int) Math.floor((x1 - x0) / cell) + 1;
        rows = (int) Math.floor((y1 - y0) / cell) + 1;
        int cells = columns * rows;
        if (head.length < cells) {
            head = new int[cells];
        }
        Arrays.fill(head, 0, cells, -1);
        if (next.length < n) {
            next = new int[n];
        }
        for (int i = 0; i < n; i++) {
            int c = cellOf(p.x[i], p.y[i]);
            next[i] = head[c];
            head[c] = i;
        }
        int overlapping = 0;
        for (int i = 0; i < n; i++) {
            int ci = column(p.x[i]);
            int ri = row(p.y[i]);
            for (int r = Math.max(0, ri - 1); r <= Math.min(rows - 1, ri + 1); r++) {
                for (int c = Math.max(0, ci - 1); c <= Math.min(columns - 1, ci + 1); c++) {
                    for (int j = head[r * columns + c]; j >= 0; j = next[j]) {
                        if (j > i && pushApart(p, i, j)) {
                            overlapping++;
                        }
                    }
                }
            }
        }
        return overlapping;
    }

    /**
     * Moves every free node that still overlaps another to the nearest place where it overlaps none:
     * on rings of growing radius around where it stands, a step its own diameter apart. For a node
     * pushing apart cannot free, because frozen nodes hem it in on every side.
     */
    void relocate(ForceParticles p) {
        int n = p.count;
        for (int i = 0; i < n; i++) {
            if (p.pinned[i] || !overlapsAny(p, i, p.x[i], p.y[i])) {
                continue;
            }
            double step = Math.max(2 * p.size[i], 1);
            double x0 = p.x[i];
            double y0 = p.y[i];
            search:
            for (int ring = 1; ring <= 200; ring++) {
                double r = ring * step;
                int places = 6 * ring;
                for (int k = 0; k < places; k++) {
                    double a = 2 * Math.PI * k / places;
                    double x = x0 + r * Math.cos(a);
                    double y = y0 + r * Math.sin(a);
                    if (!overlapsAny(p, i, x, y)) {
                        p.x[i] = x;
                        p.y[i] = y;
                        break search;
                    }
                }
            }
        }
    }

    /** Whether node {@code i}, stood at {@code (x, y)}, would overlap any other (all nodes checked: this is the rare case). */
    private static boolean overlapsAny(ForceParticles p, int i, double x, double y) {
        for (int j = 0; j < p.count; j++) {
            if (j != i) {
                double wanted = p.size[i] + p.size[j];
                double dx = p.x[j] - x;
                double dy = p.y[j] - y;
                if (dx * dx + dy * dy < wanted * wanted) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Pushes {@code i} and {@code j} apart until they touch, if they overlap; whether they did. */
    private static boolean pushApart(ForceParticles p, int i, int j) {
        double dx = p.x[j] - p.x[i];
        double dy = p.y[j] - p.y[i];
        double wanted = p.size[i] + p.size[j];
        double d2 = dx * dx + dy * dy;
        if (d2 >= wanted * wanted || p.pinned[i] && p.pinned[j]) {
            return false;
        }
        double d = Math.sqrt(d2);
        if (d == 0) {
            // two nodes on one spot: apart along a direction given by their indexes
            double angle = (i * 0.618034 + j * 0.381966) * 2 * Math.PI;
            dx = Math.cos(angle);
            dy = Math.sin(angle);
        } else {
            dx /= d;
            dy /= d;
        }
        // a hair beyond touching, so that rounding does not leave them overlapping
        double overlap = wanted - d + 1e-6;
        double shareI = p.pinned[i] ? 0 : p.pinned[j] ? 1 : 0.5;
        double shareJ = 1 - shareI;
        p.x[i] -= dx * overlap * shareI;
        p.y[i] -= dy * overlap * shareI;
        p.x[j] += dx * overlap * shareJ;
        p.y[j] += dy * overlap * shareJ;
        return true;
    }

    private int cellOf(double x, double y) {
        return row(y) * columns + column(x);
    }

    private int column(double x) {
        return Math.min(columns - 1, Math.max(0, (int) ((x - left) / cell)));
    }

    private int row(double y) {
        return Math.min(rows - 1, Math.max(0, (int) ((y - top) / cell)));
    }
}
