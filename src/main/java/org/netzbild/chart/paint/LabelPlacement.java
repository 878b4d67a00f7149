package org.netzbild.chart.paint;

import java.util.Arrays;

/**
 * Where labels already stand on the screen, for greedy label placement (issue 18): a label is
 * drawn only where it overlaps none placed before it, and labels are offered in order of priority
 * (selected and highlighted first, then by how many links an entity has). The boxes are kept in a
 * uniform grid of cells, so that a frame of a few thousand labels tests each against its
 * neighbours only; the arrays are reused from frame to frame.
 */
final class LabelPlacement {

    /** The grid's cell, in pixels: about a short label's width. */
    private static final double CELL = 48;

    private double left;
    private double top;
    private int columns;
    private int rows;
    private int[] head = new int[0];
    /** Per grid entry: the next entry of its cell, and the box it holds. */
    private int[] next = new int[64];
    private int[] entryBox = new int[64];
    private int entries;
    /** Per placed box: left, top, right, bottom. */
    private double[] boxes = new double[4 * 64];
    private int count;

    /** Starts a frame whose labels lie within {@code [x0, x1] × [y0, y1]} (boxes beyond are clamped to the edge cells). */
    void reset(double x0, double y0, double x1, double y1) {
        left = x0;
        top = y0;
        columns = Math.max(1, (int) Math.ceil((x1 - x0) / CELL));
        rows = Math.max(1, (int) Math.ceil((y1 - y0) / CELL));
        int cells = columns * rows;
        if (head.length < cells) {
            head = new int[cells];
        }
        Arrays.fill(head, 0, cells, -1);
        entries = 0;
        count = 0;
    }

    /** Whether the box overlaps none placed so far (touching edges do not overlap). */
    boolean free(double x0, double y0, double x1, double y1) {
        int c0 = column(x0);
        int c1 = column(x1);
        int r0 = row(y0);
        int r1 = row(y1);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                for (int e = head[r * columns + c]; e >= 0; e = next[e]) {
                    int b = 4 * entryBox[e];
                    if (x0 < boxes[b + 2] && boxes[b] < x1 && y0 < boxes[b + 3] && boxes[b + 1] < y1) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Places the box. */
    void occupy(double x0, double y0, double x1, double y1) {
        if (4 * count + 4 > boxes.length) {
            boxes = Arrays.copyOf(boxes, boxes.length * 2);
        }
        int b = 4 * count;
        boxes[b] = x0;
        boxes[b + 1] = y0;
        boxes[b + 2] = x1;
        boxes[b + 3] = y1;
        int c0 = column(x0);
        int c1 = column(x1);
        int r0 = row(y0);
        int r1 = row(y1);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                if (entries == next.length) {
                    next = Arrays.copyOf(next, entries * 2);
                    entryBox = Arrays.copyOf(entryBox, entries * 2);
                }
                int cell = r * columns + c;
                next[entries] = head[cell];
                entryBox[entries] = count;
                head[cell] = entries++;
            }
        }
        count++;
    }

    private int column(double x) {
        return Math.clamp((long) Math.floor((x - left) / CELL), 0, columns - 1);
    }

    private int row(double y) {
        return Math.clamp((long) Math.floor((y - top) / CELL), 0, rows - 1);
    }
}
