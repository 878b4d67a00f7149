package org.netzbild.ui.chart;

import org.graphstream.ui.layout.Layout;

/**
 * A change of the chart on the FX thread, on its way to the layout on its worker thread
 * ({@link LayoutWorker}). The graph itself never leaves the FX thread: what the layout needs of
 * it travels as these values, and the worker applies them between two iterations, in order.
 */
sealed interface LayoutChange {

    /** The source id under which the changes reach the layout as graph events. */
    String SOURCE = "chart-layout-changes";

    void applyTo(Layout layout);

    record NodeAdded(String id) implements LayoutChange {
        @Override
        public void applyTo(Layout layout) {
            layout.nodeAdded(SOURCE, 0, id);
        }
    }

    record NodeRemoved(String id) implements LayoutChange {
        @Override
        public void applyTo(Layout layout) {
            layout.nodeRemoved(SOURCE, 0, id);
        }
    }

    record LinkAdded(String id, String fromId, String toId) implements LayoutChange {
        @Override
        public void applyTo(Layout layout) {
            layout.edgeAdded(SOURCE, 0, id, fromId, toId, true);
        }
    }

    record LinkRemoved(String id) implements LayoutChange {
        @Override
        public void applyTo(Layout layout) {
            layout.edgeRemoved(SOURCE, 0, id);
        }
    }

    /** Someone else put the node here: the analyst's drag, a pin, a newcomer's first place. */
    record Moved(String id, double x, double y) implements LayoutChange {
        @Override
        public void applyTo(Layout layout) {
            layout.moveNode(id, x, y, 0);
        }
    }

    /** The node pushes and pulls but does not move (pinned, or held by the mouse), or is let go. */
    record Frozen(String id, boolean frozen) implements LayoutChange {
        @Override
        public void applyTo(Layout layout) {
            layout.freezeNode(id, frozen);
        }
    }

    record Cleared() implements LayoutChange {
        @Override
        public void applyTo(Layout layout) {
            layout.clear();
        }
    }
}
