package org.netzbild.ui.chart;

import org.netzbild.layout.ForceAtlasLayout;

/**
 * A change of the chart on the FX thread, on its way to the layout on its worker thread
 * ({@link LayoutWorker}). The chart's graph never leaves the FX thread: what the layout needs of
 * it travels as these values, and the worker applies them between two iterations, in order.
 */
sealed interface LayoutChange {

    void applyTo(ForceAtlasLayout layout);

    record NodeAdded(String id) implements LayoutChange {
        @Override
        public void applyTo(ForceAtlasLayout layout) {
            layout.addNode(id);
        }
    }

    record NodeRemoved(String id) implements LayoutChange {
        @Override
        public void applyTo(ForceAtlasLayout layout) {
            layout.removeNode(id);
        }
    }

    record LinkAdded(String id, String fromId, String toId) implements LayoutChange {
        @Override
        public void applyTo(ForceAtlasLayout layout) {
            layout.addLink(id, fromId, toId);
        }
    }

    record LinkRemoved(String id) implements LayoutChange {
        @Override
        public void applyTo(ForceAtlasLayout layout) {
            layout.removeLink(id);
        }
    }

    /** Someone else put the node here: the analyst's drag, a pin, a newcomer's first place. */
    record Moved(String id, double x, double y) implements LayoutChange {
        @Override
        public void applyTo(ForceAtlasLayout layout) {
            layout.moveNode(id, x, y);
        }
    }

    /** The node's radius as drawn, which the layout keeps clear of the others once it rests (issue 18). */
    record Sized(String id, double radius) implements LayoutChange {
        @Override
        public void applyTo(ForceAtlasLayout layout) {
            layout.sizeNode(id, radius);
        }
    }

    /** The node pushes and pulls but does not move (pinned, or held by the mouse), or is let go. */
    record Frozen(String id, boolean frozen) implements LayoutChange {
        @Override
        public void applyTo(ForceAtlasLayout layout) {
            layout.freezeNode(id, frozen);
        }
    }
}
