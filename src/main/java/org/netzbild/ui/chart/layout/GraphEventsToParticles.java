package org.netzbild.ui.chart.layout;

import java.util.function.Supplier;

/**
 * Turns GraphStream's graph events into changes of a {@link ForceParticles} set: nodes and links
 * come and go, {@code ui.pinned} / {@code layout.frozen} pin a node, and a position set on the
 * graph by someone else (a drag in the view, a saved chart) moves the node there.
 */
final class GraphEventsToParticles {

    private final ForceParticles particles;
    private final String ownSourceId;
    private final Supplier<double[]> startPosition;
    private final Runnable changed;

    GraphEventsToParticles(ForceParticles particles, String ownSourceId, Supplier<double[]> startPosition,
                           Runnable changed) {
        this.particles = particles;
        this.ownSourceId = ownSourceId;
        this.startPosition = startPosition;
        this.changed = changed;
    }

    void nodeAdded(String nodeId) {
        double[] at = startPosition.get();
        particles.addNode(nodeId, at[0], at[1]);
        changed.run();
    }

    void nodeRemoved(String nodeId) {
        particles.removeNode(nodeId);
        changed.run();
    }

    void linkAdded(String linkId, String fromId, String toId) {
        particles.addLink(linkId, fromId, toId);
        changed.run();
    }

    void linkRemoved(String linkId) {
        particles.removeLink(linkId);
        changed.run();
    }

    void nodeAttributeSet(String sourceId, String nodeId, String attribute, Object value) {
        int i = particles.indexOf(nodeId);
        if (i < 0) {
            return;
        }
        if (isPin(attribute)) {
            particles.pinned[i] = !Boolean.FALSE.equals(value);
        } else if (!ownSourceId.equals(sourceId) && isPosition(attribute)) {
            // our own xyz comes back to us through the graph: moving to it again would be a no-op loop
            place(i, attribute, value);
        }
    }

    void nodeAttributeRemoved(String nodeId, String attribute) {
        int i = particles.indexOf(nodeId);
        if (i >= 0 && isPin(attribute)) {
            particles.pinned[i] = false;
        }
    }

    private void place(int i, String attribute, Object value) {
        double[] xy = NodePosition.coordinates(value);
        if (xy == null) {
            return;
        }
        switch (attribute) {
            case "x" -> particles.x[i] = xy[0];
            case "y" -> particles.y[i] = xy[0];
            default -> {
                particles.x[i] = xy[0];
                particles.y[i] = xy.length > 1 ? xy[1] : particles.y[i];
            }
        }
        changed.run();
    }

    private static boolean isPin(String attribute) {
        return attribute.equals("ui.pinned") || attribute.equals("layout.frozen");
    }

    private static boolean isPosition(String attribute) {
        return attribute.equals("xyz") || attribute.equals("xy") || attribute.equals("x") || attribute.equals("y");
    }
}
