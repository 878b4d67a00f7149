package org.netzbild.layout;

import java.util.Arrays;

/**
 * ForceAtlas2's degree-weighted repulsion between all pairs of nodes, approximated in
 * O(n log n) with a Barnes-Hut quadtree (J. Barnes and P. Hut, "A hierarchical O(N log N)
 * force-calculation algorithm", Nature 324, 1986): a cell far enough away acts on a node as one
 * body at its centre of mass.
 *
 * <p>The tree lives in flat arrays that are reused from one iteration to the next, so that a
 * rebuild per iteration allocates nothing once the arrays have grown to the graph.
 */
final class BarnesHutQuadtree {

    /** Deeper than this, points are so close that they are one body for repulsion. */
    private static final int MAX_DEPTH = 40;
    private static final int EMPTY = -1;
    private static final int SEVERAL = -2;

    private int cells;
    private double[] cellMass = new double[64];
    private double[] massX = new double[64];
    private double[] massY = new double[64];
    private double[] centreX = new double[64];
    private double[] centreY = new double[64];
    private double[] halfWidth = new double[64];
    /** Index of the first of four consecutive children, or -1 for a leaf. */
    private int[] firstChild = new int[64];
    /** For a leaf: the one node in it, {@link #EMPTY} or {@link #SEVERAL}. */
    private int[] body = new int[64];
    private int[] stack = new int[256];

    /** Builds the tree over the current positions of {@code p}. */
    void build(ForceParticles p) {
        cells = 0;
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < p.count; i++) {
            minX = Math.min(minX, p.x[i]);
            minY = Math.min(minY, p.y[i]);
            maxX = Math.max(maxX, p.x[i]);
            maxY = Math.max(maxY, p.y[i]);
        }
        double half = Math.max(Math.max(maxX - minX, maxY - minY) / 2, 1e-9) * 1.0001;
        newCell((minX + maxX) / 2, (minY + maxY) / 2, half);
        for (int i = 0; i < p.count; i++) {
            insert(p, i);
        }
        for (int c = 0; c < cells; c++) {
            massX[c] /= cellMass[c];
            massY[c] /= cellMass[c];
        }
    }

    /**
     * Adds to node {@code i}'s force the repulsion {@code k · m_i · m_j / d} of all other nodes,
     * taking a cell as one body when its width seen from the node is below {@code theta}.
     */
    void repel(ForceParticles p, int i, double k, double theta) {
        double xi = p.x[i];
        double yi = p.y[i];
        double fx = 0;
        double fy = 0;
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int c = stack[--top];
            double ddx = xi - massX[c];
            double ddy = yi - massY[c];
            double d2 = ddx * ddx + ddy * ddy;
            int first = firstChild[c];
            if (first >= 0) {
                double w = 2 * halfWidth[c];
                // a cell that holds the node itself is always opened: its centre of mass includes the node
                boolean holdsNode = Math.abs(xi - centreX[c]) <= halfWidth[c] && Math.abs(yi - centreY[c]) <= halfWidth[c];
                if (holdsNode || w * w >= theta * theta * d2) {
                    if (top + 4 > stack.length) {
                        stack = Arrays.copyOf(stack, stack.length * 2);
                    }
                    stack[top++] = first;
                    stack[top++] = first + 1;
                    stack[top++] = first + 2;
                    stack[top++] = first + 3;
                    continue;
                }
            } else if (body[c] == i || body[c] == EMPTY) {
                continue;
            }
            if (d2 > 0) {
                double factor = k * cellMass[c] / d2;
                fx += ddx * factor;
                fy += ddy * factor;
            }
        }
        p.dx[i] += fx * p.mass[i];
        p.dy[i] += fy * p.mass[i];
    }

    private void insert(ForceParticles p, int i) {
        double xi = p.x[i];
        double yi = p.y[i];
        double m = p.mass[i];
        int c = 0;
        int depth = 0;
        while (true) {
            addMass(c, m, xi, yi);
            if (firstChild[c] >= 0) {
                c = firstChild[c] + quadrant(c, xi, yi);
                depth++;
                continue;
            }
            if (body[c] == EMPTY) {
                body[c] = i;
                return;
            }
            if (body[c] == SEVERAL || depth >= MAX_DEPTH) {
                body[c] = SEVERAL;
                return;
            }
            int resident = body[c];
            split(c);
            int child = firstChild[c] + quadrant(c, p.x[resident], p.y[resident]);
            addMass(child, p.mass[resident], p.x[resident], p.y[resident]);
            body[child] = resident;
            c = firstChild[c] + quadrant(c, xi, yi);
            depth++;
        }
    }

    private void split(int c) {
        double h = halfWidth[c] / 2;
        double cx = centreX[c];
        double cy = centreY[c];
        int first = newCell(cx - h, cy - h, h);
        newCell(cx + h, cy - h, h);
        newCell(cx - h, cy + h, h);
        newCell(cx + h, cy + h, h);
        firstChild[c] = first;
        body[c] = EMPTY;
    }

    private int quadrant(int c, double px, double py) {
        return (px >= centreX[c] ? 1 : 0) + (py >= centreY[c] ? 2 : 0);
    }

    private void addMass(int c, double m, double px, double py) {
        cellMass[c] += m;
        massX[c] += m * px;
        massY[c] += m * py;
    }

    private int newCell(double cx, double cy, double half) {
        if (cells == cellMass.length) {
            grow(cells * 2);
        }
        int c = cells++;
        cellMass[c] = 0;
        massX[c] = 0;
        massY[c] = 0;
        centreX[c] = cx;
        centreY[c] = cy;
        halfWidth[c] = half;
        firstChild[c] = -1;
        body[c] = EMPTY;
        return c;
    }

    private void grow(int capacity) {
        cellMass = Arrays.copyOf(cellMass, capacity);
        massX = Arrays.copyOf(massX, capacity);
        massY = Arrays.copyOf(massY, capacity);
        centreX = Arrays.copyOf(centreX, capacity);
        centreY = Arrays.copyOf(centreY, capacity);
        halfWidth = Arrays.copyOf(halfWidth, capacity);
        firstChild = Arrays.copyOf(firstChild, capacity);
        body = Arrays.copyOf(body, capacity);
    }
}
