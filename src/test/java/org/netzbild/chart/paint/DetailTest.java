package org.netzbild.chart.paint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DetailTest {

    private static final double WIDTH = 1600;
    private static final double HEIGHT = 1000;

    /** How many entities in a 1600 × 1000 view give each entity {@code room} pixels. */
    private static int entitiesWithRoom(double room) {
        return (int) Math.floor(WIDTH * HEIGHT / (room * room));
    }

    @Test
    void aSparseViewShowsLabelsArrowsAndFullSizeEntities() {
        Detail detail = Detail.forView(30, 0, WIDTH, HEIGHT);

        assertThat(detail).isEqualTo(Detail.FULL);
    }

    @Test
    void labelsGoFirstWhenTheViewGetsCrowded() {
        Detail detail = Detail.forView(entitiesWithRoom(Detail.LABEL_ROOM - 1), 0, WIDTH, HEIGHT);

        assertThat(detail.labels()).isFalse();
        assertThat(detail.arrows()).isTrue();
        assertThat(detail.nodeScale()).isEqualTo(1);
    }

    @Test
    void thenArrowHeadsGoAndEntitiesShrinkWithTheirRoom() {
        Detail detail = Detail.forView(entitiesWithRoom(Detail.ARROW_ROOM - 1), 0, WIDTH, HEIGHT);

        assertThat(detail.arrows()).isFalse();
        assertThat(detail.nodeScale()).isLessThan(1).isGreaterThan(Detail.SMALLEST_SCALE);
    }

    @Test
    void fiveThousandEntitiesInFullViewAreDrawnSmallWithoutLabelsOrArrows() {
        Detail detail = Detail.forView(5_000, 0, WIDTH, HEIGHT);

        assertThat(detail.labels()).isFalse();
        assertThat(detail.arrows()).isFalse();
        assertThat(detail.simple(14)).isFalse();
    }

    @Test
    void atTheFarEndEntitiesStopShrinkingAndArePlainSquares() {
        Detail detail = Detail.forView(200_000, 0, WIDTH, HEIGHT);

        assertThat(detail.nodeScale()).isEqualTo(Detail.SMALLEST_SCALE);
        assertThat(detail.simple(14)).isTrue();
    }

    @Test
    void anEmptyViewIsNotCrowded() {
        assertThat(Detail.forView(0, 0, WIDTH, HEIGHT)).isEqualTo(Detail.FULL);
    }

    @Test
    void selectedEntitiesKeepTheirLabelsInACrowdedViewWhileTheyAreFew() {
        Detail fewSelected = Detail.forView(5_000, 12, WIDTH, HEIGHT);
        Detail manySelected = Detail.forView(5_000, 2_000, WIDTH, HEIGHT);

        assertThat(fewSelected.labels()).isFalse();
        assertThat(fewSelected.markedLabels()).isTrue();
        assertThat(manySelected.markedLabels()).isFalse();
    }
}
