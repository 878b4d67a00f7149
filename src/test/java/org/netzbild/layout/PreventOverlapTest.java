package org.netzbild.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * No overlap (issue 18): once the forces rest, a layout whose nodes have sizes moves them apart
 * until no two circles overlap — an agency-like hub with 120 leaves and a dense clique included —
 * while the same graph of points leaves them on top of each other, and frozen nodes stay put.
 */
class PreventOverlapTest {

    private static final double RADIUS = 12;

    /** An agency-like hub with 120 leaves, a clique of 12, and a link between them. */
    private static ForceAtlasLayout hubAndClique(boolean sized) {
        var layout = new ForceAtlasLayout(7);
        layout.addNode("hub");
        for (int k = 0; k < 120; k++) {
            layout.addNode("leaf" + k);
            layout.addLink("h" + k, "hub", "leaf" + k);
        }
        for (int a = 0; a < 12; a++) {
            layout.addNode("c" + a);
            for (int b = 0; b < a; b++) {
                layout.addLink("c" + a + "-" + b, "c" + a, "c" + b);
            }
        }
        layout.addLink("bridge", "hub", "c0");
        if (sized) {
            layout.readPositions((index, id, x, y) -> layout.sizeNode(id, RADIUS));
        }
        return layout;
    }

    private static int overlaps(ForceAtlasLayout layout) {
        int n = layout.nodeCount();
        double[] x = new double[n];
        double[] y = new double[n];
        layout.readPositions((i, id, px, py) -> {
            x[i] = px;
            y[i] = py;
        });
        int overlapping = 0;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                // a hair's tolerance: touching is not overlapping
                if (Math.hypot(x[a] - x[b], y[a] - y[b]) < 2 * RADIUS - 1e-3) {
                    overlapping++;
                }
            }
        }
        return overlapping;
    }

    private static void settle(ForceAtlasLayout layout) {
        for (int step = 0; step < 10_000 && !layout.settled(); step++) {
            layout.compute();
        }
    }

    @Test
    void withSizesNoTwoShapesOverlapOnceTheLayoutRests() {
        var layout = hubAndClique(true);

        settle(layout);

        assertThat(layout.settled()).isTrue();
        assertThat(layout.overlapsLeft()).isZero();
        assertThat(overlaps(layout)).isZero();
    }

    @Test
    void asPointsTheSameGraphLeavesShapesOnTopOfEachOther() {
        var layout = hubAndClique(false);

        settle(layout);

        assertThat(layout.settled()).isTrue();
        assertThat(overlaps(layout)).isPositive();
    }

    @Test
    void aFrozenNodeStaysWhereItIsAndTheOthersMakeRoom() {
        var layout = hubAndClique(true);
        layout.moveNode("hub", 0, 0);
        layout.freezeNode("hub", true);

        settle(layout);

        assertThat(layout.nodePosition("hub")).containsExactly(0, 0);
        assertThat(overlaps(layout)).isZero();
    }

    @Test
    void aChangeAfterRestingRunsTheForcesAndTheRemovalAgain() {
        var layout = hubAndClique(true);
        settle(layout);

        layout.addNode("late");
        layout.sizeNode("late", RADIUS);
        layout.moveNode("late", 0, 0);
        layout.addLink("late-hub", "late", "hub");
        assertThat(layout.settled()).isFalse();
        settle(layout);

        assertThat(overlaps(layout)).isZero();
    }
}
