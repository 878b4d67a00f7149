package org.netzbild.chart.paint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CameraTest {

    private final Camera camera = new Camera();
    private final Camera.Bounds box = new Camera.Bounds(-10, -5, 30, 15);

    CameraTest() {
        camera.resize(800, 600);
        camera.fit(box, 40, 40, 40);
    }

    @Test
    void screenAndWorldCoordinatesAreInverse() {
        assertThat(camera.worldX(camera.screenX(12.5))).isCloseTo(12.5, within(1e-9));
        assertThat(camera.worldY(camera.screenY(-3.25))).isCloseTo(-3.25, within(1e-9));
    }

    @Test
    void worldYPointsUpAndScreenYDown() {
        assertThat(camera.screenY(10)).isLessThan(camera.screenY(0));
    }

    @Test
    void fitShowsTheWholeBoxInsideTheMarginsCentred() {
        assertThat(camera.screenX(box.minX())).isGreaterThanOrEqualTo(40 - 1e-9);
        assertThat(camera.screenX(box.maxX())).isLessThanOrEqualTo(760 + 1e-9);
        assertThat(camera.screenY(box.maxY())).isGreaterThanOrEqualTo(40 - 1e-9);
        assertThat(camera.screenY(box.minY())).isLessThanOrEqualTo(560 + 1e-9);
        assertThat(camera.screenX(10)).isCloseTo(400, within(1e-9));
        assertThat(camera.screenY(5)).isCloseTo(300, within(1e-9));
    }

    @Test
    void aLargerBottomMarginMovesTheBoxUp() {
        camera.fit(box, 40, 20, 60);

        assertThat(camera.screenY(box.maxY())).isGreaterThanOrEqualTo(20 - 1e-9);
        assertThat(camera.screenY(box.minY())).isLessThanOrEqualTo(540 + 1e-9);
        assertThat(camera.screenY(5)).isCloseTo(280, within(1e-9));
    }

    @Test
    void aChartWithoutExtentIsShownAtTheDefaultScaleAroundItsPoint() {
        camera.fit(new Camera.Bounds(3, 4, 3, 4), 40, 40, 40);

        assertThat(camera.scale()).isPositive().isFinite();
        assertThat(camera.screenX(3)).isCloseTo(400, within(1e-9));
        assertThat(camera.screenY(4)).isCloseTo(300, within(1e-9));
    }

    @Test
    void zoomKeepsThePointUnderTheMouseWhereItIs() {
        double worldX = camera.worldX(123);
        double worldY = camera.worldY(456);

        camera.zoomAt(1.7, 123, 456, camera.scale());

        assertThat(camera.screenX(worldX)).isCloseTo(123, within(1e-9));
        assertThat(camera.screenY(worldY)).isCloseTo(456, within(1e-9));
    }

    @Test
    void zoomStaysWithinLimitsOfTheFittedScale() {
        double fitted = camera.scale();

        camera.zoomAt(1e6, 400, 300, fitted);
        assertThat(camera.scale()).isEqualTo(fitted * Camera.MAX_ZOOM);
        camera.zoomAt(1e-9, 400, 300, fitted);
        assertThat(camera.scale()).isEqualTo(fitted * Camera.MIN_ZOOM);
    }

    @Test
    void panMovesThePictureWithTheMouse() {
        double before = camera.screenX(0);

        camera.pan(25, -10);

        assertThat(camera.screenX(0)).isCloseTo(before + 25, within(1e-9));
    }

    @Test
    void zoomingOrPanningStopsFollowingTheChartAndFitResumesIt() {
        assertThat(camera.following()).isTrue();

        camera.pan(1, 1);
        assertThat(camera.following()).isFalse();
        camera.follow();
        assertThat(camera.following()).isTrue();
        camera.zoomAt(2, 0, 0, camera.scale());
        assertThat(camera.following()).isFalse();
    }

    @Test
    void boundsLeaveOutEntitiesWithoutAPlace() {
        var bounds = Camera.Bounds.of(new double[] {1, Double.NaN, -2}, new double[] {5, 0, 7}, 3);

        assertThat(bounds).isEqualTo(new Camera.Bounds(-2, 5, 1, 7));
        assertThat(Camera.Bounds.of(new double[] {Double.NaN}, new double[] {Double.NaN}, 1)).isNull();
    }

    @Test
    void aHeldCameraFollowsAgainWhenAskedButNotAfterTheAnalystMovedIt() {
        assertThat(camera.following()).isTrue();

        camera.hold();
        assertThat(camera.following()).isFalse();
        camera.resume();
        assertThat(camera.following()).isTrue();

        camera.hold();
        camera.pan(10, 0);
        camera.resume();
        assertThat(camera.following()).as("the analyst's own view stays").isFalse();
    }
}
