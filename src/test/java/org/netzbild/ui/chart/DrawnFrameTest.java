package org.netzbild.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DrawnFrameTest {

    /** Three entities drawn in the order a, b, c; b overlaps a, c is culled. */
    private final DrawnFrame frame = frame();

    private static DrawnFrame frame() {
        var frame = new DrawnFrame();
        frame.reset(3, new String[] {"a", "b", "c"}, new int[] {0, 1, 2});
        place(frame, 0, 100, 100, 7, true);
        place(frame, 1, 106, 100, 7, true);
        place(frame, 2, 300, 300, 7, false);
        return frame;
    }

    private static void place(DrawnFrame frame, int i, double x, double y, double half, boolean drawn) {
        frame.x[i] = x;
        frame.y[i] = y;
        frame.halfWidth[i] = half;
        frame.halfHeight[i] = half;
        frame.drawn[i] = drawn;
    }

    @Test
    void theEntityDrawnOnTopIsHitWhereTwoOverlap() {
        assertThat(frame.entityAt(103, 100)).isEqualTo("b");
        assertThat(frame.entityAt(95, 100)).isEqualTo("a");
    }

    @Test
    void aClickJustBesideAnEntityStillHitsIt() {
        assertThat(frame.entityAt(100 - 7 - DrawnFrame.SLOP + 0.5, 100)).isEqualTo("a");
    }

    @Test
    void theBackgroundHitsNothing() {
        assertThat(frame.entityAt(100, 150)).isNull();
    }

    @Test
    void anEntityThatWasNotDrawnCannotBeHit() {
        assertThat(frame.entityAt(300, 300)).isNull();
    }

    @Test
    void theLassoTakesTheDrawnEntitiesWhoseCentreIsInsideWhicheverCornerItStartsFrom() {
        assertThat(frame.entitiesIn(0, 0, 103, 200)).containsExactly("a");
        assertThat(frame.entitiesIn(400, 400, 0, 0)).containsExactly("a", "b");
    }
}
