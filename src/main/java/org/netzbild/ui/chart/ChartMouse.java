package org.netzbild.ui.chart;

import java.util.List;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * The chart's mouse gestures. Primary button: click selects (Ctrl or Shift toggles), double click
 * opens, a drag on an entity moves it, a drag on the background draws a lasso (Ctrl adds to the
 * selection). Middle button, or Shift with the primary button on the background: a drag pans.
 * The wheel zooms around the mouse. The right button is left to the context menu.
 * What the gestures mean for the chart is up to {@link Actions}.
 */
final class ChartMouse {

    /** Wheel zoom per notch, the factor GraphStream's viewer used. */
    static final double WHEEL_ZOOM = 1 / 0.85;

    /** What the chart does on a gesture. */
    interface Actions {
        /** A click on an entity ({@code null}: the background); {@code toggle}: Ctrl or Shift was down. */
        void clicked(String id, int clickCount, boolean toggle);

        /** A click on a link (near its line, off any entity). */
        void linkClicked(String linkId);

        /** What the tooltip says of the entity or link under the mouse (one of them is {@code null}, or both); {@code null} for no tooltip. */
        String describe(String entityId, String linkId);

        /** The secondary button went down on {@code id} ({@code null}: on the background), before the context menu opens. */
        void contextPressed(String id);

        void lassoed(List<String> ids, boolean adding);

        /** An entity dragged to a world position; {@code released} on the last call of the drag. */
        void dragged(String id, double worldX, double worldY, boolean released);
    }

    private enum Gesture { NONE, LASSO, PAN, MOVE }

    private final ChartCanvas view;
    private final ChartRenderer renderer;
    private final Actions actions;
    private Gesture gesture = Gesture.NONE;
    private String grabbed;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private String hoveredEntity;
    private String hoveredLink;

    ChartMouse(ChartCanvas view, ChartRenderer renderer, Actions actions) {
        this.view = view;
        this.renderer = renderer;
        this.actions = actions;
    }

    void attach() {
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        view.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        view.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(null, null));
        view.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    private void pressed(MouseEvent event) {
        pressX = lastX = event.getX();
        pressY = lastY = event.getY();
        grabbed = null;
        gesture = Gesture.NONE;
        if (event.getButton() == MouseButton.MIDDLE) {
            gesture = Gesture.PAN;
        } else if (event.getButton() == MouseButton.PRIMARY) {
            grabbed = renderer.entityAt(pressX, pressY);
            gesture = grabbed != null ? Gesture.MOVE : event.isShiftDown() ? Gesture.PAN : Gesture.LASSO;
        } else if (event.getButton() == MouseButton.SECONDARY) {
            // the context menu acts on the selection: a right click on an unselected entity selects it
            // first, as in i2 and Maltego, instead of acting on whatever was selected before
            actions.contextPressed(renderer.entityAt(pressX, pressY));
        }
    }

    private void dragged(MouseEvent event) {
        switch (gesture) {
            case PAN -> {
                renderer.pan(event.getX() - lastX, event.getY() - lastY);
                view.requestFrame();
            }
            case MOVE -> actions.dragged(grabbed, renderer.worldX(event.getX()), renderer.worldY(event.getY()), false);
            case LASSO -> view.showLasso(new double[] {pressX, pressY, event.getX(), event.getY()});
            case NONE -> { }
        }
        lastX = event.getX();
        lastY = event.getY();
    }

    private void released(MouseEvent event) {
        if (!event.isStillSincePress()) {
            switch (gesture) {
                case MOVE -> actions.dragged(grabbed, renderer.worldX(event.getX()), renderer.worldY(event.getY()), true);
                case LASSO -> actions.lassoed(view.entitiesIn(pressX, pressY, event.getX(), event.getY()),
                        event.isControlDown());
                case PAN, NONE -> { }
            }
        }
        view.showLasso(null);
        gesture = Gesture.NONE;
    }

    private void clicked(MouseEvent event) {
        if (event.getButton() == MouseButton.PRIMARY && event.isStillSincePress()) {
            String entity = renderer.entityAt(event.getX(), event.getY());
            String link = entity == null ? renderer.linkAt(event.getX(), event.getY()) : null;
            if (link != null && event.getClickCount() == 1) {
                actions.linkClicked(link);
            } else if (link == null) {
                actions.clicked(entity, event.getClickCount(), event.isControlDown() || event.isShiftDown());
            }
        }
    }

    /** The mouse over the chart: the link under it gets a halo, and the tooltip names what is under it. */
    private void moved(MouseEvent event) {
        String entity = renderer.entityAt(event.getX(), event.getY());
        hover(entity, entity == null ? renderer.linkAt(event.getX(), event.getY()) : null);
    }

    private void hover(String entity, String link) {
        if (java.util.Objects.equals(entity, hoveredEntity) && java.util.Objects.equals(link, hoveredLink)) {
            return;
        }
        if (!java.util.Objects.equals(link, hoveredLink)) {
            renderer.hover(link);
            view.requestFrame();
        }
        hoveredEntity = entity;
        hoveredLink = link;
        view.showTip(entity == null && link == null ? null : actions.describe(entity, link));
    }

    private void scrolled(ScrollEvent event) {
        if (event.getDeltaY() != 0) {
            renderer.zoom(event.getDeltaY() > 0 ? WHEEL_ZOOM : 1 / WHEEL_ZOOM, event.getX(), event.getY());
            view.requestFrame();
        }
    }
}
