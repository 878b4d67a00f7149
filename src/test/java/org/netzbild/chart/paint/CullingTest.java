package org.netzbild.chart.paint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CullingTest {

    @Test
    void aPointIsVisibleInsideTheViewAndItsMargin() {
        assertThat(Culling.pointVisible(10, 10, 800, 600, 0)).isTrue();
        assertThat(Culling.pointVisible(-50, 10, 800, 600, 100)).isTrue();
        assertThat(Culling.pointVisible(-150, 10, 800, 600, 100)).isFalse();
        assertThat(Culling.pointVisible(10, 701, 800, 600, 100)).isFalse();
    }

    @Test
    void anEntityWithoutAPlaceIsNeverVisible() {
        assertThat(Culling.pointVisible(Double.NaN, 10, 800, 600, 100)).isFalse();
    }

    @Test
    void aLinkWithBothEndsBeyondOneEdgeIsCulled() {
        assertThat(Culling.segmentVisible(-200, 10, -100, 500, 800, 600)).isFalse();
        assertThat(Culling.segmentVisible(10, 900, 700, 650, 800, 600)).isFalse();
    }

    @Test
    void aLinkThatCrossesTheViewIsKeptEvenWithBothEndsOutside() {
        assertThat(Culling.segmentVisible(-200, 300, 1000, 300, 800, 600)).isTrue();
    }

    @Test
    void aLinkWithAnEndWithoutAPlaceIsCulled() {
        assertThat(Culling.segmentVisible(10, 10, Double.NaN, 20, 800, 600)).isFalse();
    }
}
