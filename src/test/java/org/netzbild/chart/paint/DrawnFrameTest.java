package org.netzbild.chart.paint;

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
    void aClickInsideOneEntityHitsItEvenWithinAnotherOnesWidenedEdge() {
        // 95 is inside a's box and within b's widened edge (b is drawn on top)
        assertThat(frame.entityAt(95, 100)).isEqualTo("a");
        assertThat(frame.entityAt(100 - 7 - 4, 100)).isEqualTo("a");
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

    /** a and c with a straight link between them, and a second, bowed link from a to b. */
    private static DrawnFrame linked() {
        var frame = new DrawnFrame();
        frame.reset(3, new String[] {"a", "b", "c"}, new int[] {0, 1, 2});
        place(frame, 0, 100, 100, 7, true);
        place(frame, 1, 100, 300, 7, true);
        place(frame, 2, 300, 100, 7, true);
        frame.links(new int[] {0, 1}, new String[] {"a-c", "a-b"}, new int[] {0, 0}, new int[] {2, 1}, new double[] {0, 30});
        return frame;
    }

    @Test
    void aLinkIsHitAFewPixelsBesideItsOneOrTwoPixelLine() {
        DrawnFrame frame = linked();

        assertThat(frame.linkAt(200, 100)).isEqualTo("a-c");
        assertThat(frame.linkAt(200, 100 + DrawnFrame.LINK_SLOP - 0.5)).isEqualTo("a-c");
        assertThat(frame.linkAt(200, 100 + DrawnFrame.LINK_SLOP + 1)).isNull();
    }

    @Test
    void aBowedLinkIsHitOnItsCurveNotOnTheStraightLineBetweenItsEnds() {
        DrawnFrame frame = linked();
        double[] middle = frame.linkMiddle("a-b");

        assertThat(middle[0]).isNotCloseTo(100, org.assertj.core.data.Offset.offset(20.0));
        assertThat(frame.linkAt(middle[0], middle[1])).isEqualTo("a-b");
        assertThat(frame.linkAt(100, 200)).isNull();
    }
}
