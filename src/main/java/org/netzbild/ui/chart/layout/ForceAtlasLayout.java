package org.netzbild.ui.chart.layout;

import java.util.SplittableRandom;
import org.graphstream.stream.SourceBase;
import org.graphstream.ui.geom.Point3;
import org.graphstream.ui.layout.Layout;

/**
 * A continuous force-directed layout after ForceAtlas2 (M. Jacomy, T. Venturini, S. Heymann,
 * M. Bastian, "ForceAtlas2, a Continuous Graph Layout Algorithm for Handy Network
 * Visualization Designed for the Gephi Software", PLoS ONE 9(6): e98679, 2014): linear
 * attraction along links, repulsion weighted by degree and approximated with a Barnes-Hut
 * quadtree (J. Barnes, P. Hut, Nature 324, 1986), gravity, and the adaptive speed that makes it
 * converge quickly and keep going as nodes come and go.
 *
 * <p>It is a GraphStream {@link Layout}: it listens to a graph as a sink, each {@link #compute()}
 * runs one iteration, and it sends the new {@code xyz} of every moved node to its own sinks, so
 * that GraphStream's viewer and {@code LayoutRunner} drive it like SpringBox. Nodes with the
 * attribute {@code ui.pinned} or {@code layout.frozen}, or frozen with {@link #freezeNode}, push
 * and pull but do not move. Start positions come from a seeded random source, so the same
 * sequence of graph events and the same seed give the same layout. Not thread-safe: feed and
 * compute it from one thread (in the chart, the layout worker's; {@link #readPositions} copies
 * the positions out for another).
 *
 * <p>{@link #getStabilization()} is {@code 1 − m / 0.01}, clamped to [0, 1], where {@code m} is
 * the relative motion of the last iteration: the mean distance a free node moved divided by the
 * layout's extent (the root-mean-square distance of the nodes from their centroid). With the
 * default limit 0.9 the layout counts as stable once nodes move less than 0.1 % of the extent per
 * iteration.
 */
public final class ForceAtlasLayout extends SourceBase implements Layout {

    private static final double MOTION_AT_ZERO_STABILIZATION = 0.01;

    private final ForceParticles particles = new ForceParticles();
    private final ForceAtlasSettings settings;
    private final ForceAtlasIteration iteration;
    private final SplittableRandom random;
    private final GraphEventsToParticles events;
    private double stabilizationLimit = 0.9;
    private double quality;
    private double relativeMotion = Double.POSITIVE_INFINITY;
    private int steps;
    private long lastStepMillis;
    private boolean sendNodeInfos;

    /** A layout with Gephi's ForceAtlas2 defaults for graphs of 100 nodes or more. */
    public ForceAtlasLayout(long seed) {
        this(ForceAtlasSettings.defaults(seed));
    }

    public ForceAtlasLayout(ForceAtlasSettings settings) {
        super("force-atlas-layout");
        this.settings = settings;
        this.iteration = new ForceAtlasIteration(settings);
        this.random = new SplittableRandom(settings.seed());
        this.events = new GraphEventsToParticles(particles, sourceId, this::startPosition, this::graphChanged);
    }

    @Override
    public String getLayoutAlgorithmName() {
        return "ForceAtlas2 (Barnes-Hut)";
    }

    @Override
    public void compute() {
        long start = System.nanoTime();
        particles.compact();
        iteration.run(particles);
        double extent = extent();
        relativeMotion = extent > 0 ? iteration.meanDisplacement() / extent : 0;
        steps++;
        publishPositions(false);
        lastStepMillis = (System.nanoTime() - start) / 1_000_000;
    }

    /** The relative motion of the last iteration (see the class comment); infinite before the first. */
    public double relativeMotion() {
        return relativeMotion;
    }

    /** Receives the layout's positions one node at a time, see {@link #readPositions}. */
    @FunctionalInterface
    public interface PositionReceiver {
        void position(int index, String nodeId, double x, double y);
    }

    /** How many nodes the layout knows. */
    public int nodeCount() {
        particles.compact();
        return particles.count;
    }

    /**
     * Hands every node's position, pinned ones included, to {@code receiver}, with indexes from 0
     * to {@link #nodeCount()} − 1: a copy for another thread costs no event and no allocation per node.
     */
    public void readPositions(PositionReceiver receiver) {
        particles.compact();
        for (int i = 0; i < particles.count; i++) {
            receiver.position(i, particles.idAt(i), particles.x[i], particles.y[i]);
        }
    }

    /** Where the layout has put node {@code nodeId}, or {@code null} if it does not know it. */
    public Point3 nodePosition(String nodeId) {
        int i = particles.indexOf(nodeId);
        return i < 0 ? null : new Point3(particles.x[i], particles.y[i], 0);
    }

    @Override
    public int getNodeMovedCount() {
        return iteration.movedCount();
    }

    @Override
    public double getStabilization() {
        return Math.max(0, 1 - relativeMotion / MOTION_AT_ZERO_STABILIZATION);
    }

    @Override
    public double getStabilizationLimit() {
        return stabilizationLimit;
    }

    @Override
    public void setStabilizationLimit(double limit) {
        stabilizationLimit = limit;
    }

    @Override
    public Point3 getLowPoint() {
        return corner(-1);
    }

    @Override
    public Point3 getHiPoint() {
        return corner(1);
    }

    @Override
    public int getSteps() {
        return steps;
    }

    @Override
    public long getLastStepTime() {
        return lastStepMillis;
    }

    /** GraphStream's quality in [0, 1] maps to the Barnes-Hut theta: 0 → the configured theta, 1 → 0.5. */
    @Override
    public double getQuality() {
        return quality;
    }

    @Override
    public void setQuality(double newQuality) {
        quality = Math.clamp(newQuality, 0, 1);
        double coarse = settings.theta();
        iteration.setTheta(coarse + (Math.min(coarse, 0.5) - coarse) * quality);
    }

    /** GraphStream's force is ForceAtlas2's jitter tolerance here: how fast the layout may go. */
    @Override
    public double getForce() {
        return iteration.jitterTolerance();
    }

    @Override
    public void setForce(double force) {
        if (force > 0) {
            iteration.setJitterTolerance(force);
        }
    }

    /** When on, every moved node also gets {@code layout.mass}, ForceAtlas2's 1 + degree. */
    @Override
    public void setSendNodeInfos(boolean on) {
        sendNodeInfos = on;
    }

    @Override
    public void clear() {
        particles.clear();
        graphChanged();
    }

    @Override
    public void shake() {
        particles.compact();
        double spread = Math.max(extent(), 1) * 0.1;
        for (int i = 0; i < particles.count; i++) {
            if (!particles.pinned[i]) {
                particles.x[i] += (random.nextDouble() - 0.5) * spread;
                particles.y[i] += (random.nextDouble() - 0.5) * spread;
            }
        }
        iteration.restartSpeed();
        graphChanged();
    }

    @Override
    public void moveNode(String nodeId, double x, double y, double z) {
        int i = particles.indexOf(nodeId);
        if (i >= 0) {
            particles.x[i] = x;
            particles.y[i] = y;
            graphChanged();
        }
    }

    @Override
    public void freezeNode(String nodeId, boolean frozen) {
        int i = particles.indexOf(nodeId);
        if (i >= 0) {
            particles.pinned[i] = frozen;
        }
    }

    // --- the graph's events, handed to GraphEventsToParticles ---

    @Override
    public void nodeAdded(String sourceId, long timeId, String nodeId) {
        events.nodeAdded(nodeId);
    }

    @Override
    public void nodeRemoved(String sourceId, long timeId, String nodeId) {
        events.nodeRemoved(nodeId);
    }

    @Override
    public void edgeAdded(String sourceId, long timeId, String edgeId, String fromNodeId, String toNodeId,
                          boolean directed) {
        events.linkAdded(edgeId, fromNodeId, toNodeId);
    }

    @Override
    public void edgeRemoved(String sourceId, long timeId, String edgeId) {
        events.linkRemoved(edgeId);
    }

    @Override
    public void graphCleared(String sourceId, long timeId) {
        clear();
    }

    @Override
    public void stepBegins(String sourceId, long timeId, double step) {
        // the layout keeps its own step count; the graph's clock does not drive it
    }

    @Override
    public void nodeAttributeAdded(String sourceId, long timeId, String nodeId, String attribute, Object value) {
        events.nodeAttributeSet(sourceId, nodeId, attribute, value);
    }

    @Override
    public void nodeAttributeChanged(String sourceId, long timeId, String nodeId, String attribute, Object oldValue,
                                     Object newValue) {
        events.nodeAttributeSet(sourceId, nodeId, attribute, newValue);
    }

    @Override
    public void nodeAttributeRemoved(String sourceId, long timeId, String nodeId, String attribute) {
        events.nodeAttributeRemoved(nodeId, attribute);
    }

    @Override
    public void graphAttributeAdded(String sourceId, long timeId, String attribute, Object value) {
        // graph attributes (style sheets, quality hints) do not affect the forces
    }

    @Override
    public void graphAttributeChanged(String sourceId, long timeId, String attribute, Object oldValue,
                                      Object newValue) {
        // as graphAttributeAdded
    }

    @Override
    public void graphAttributeRemoved(String sourceId, long timeId, String attribute) {
        // as graphAttributeAdded
    }

    @Override
    public void edgeAttributeAdded(String sourceId, long timeId, String edgeId, String attribute, Object value) {
        // links are unweighted here: every link pulls alike
    }

    @Override
    public void edgeAttributeChanged(String sourceId, long timeId, String edgeId, String attribute, Object oldValue,
                                     Object newValue) {
        // as edgeAttributeAdded
    }

    @Override
    public void edgeAttributeRemoved(String sourceId, long timeId, String edgeId, String attribute) {
        // as edgeAttributeAdded
    }

    private void graphChanged() {
        relativeMotion = Double.POSITIVE_INFINITY;
    }

    /** New nodes start at random in a square about the size of the current layout, around its centre. */
    private double[] startPosition() {
        double side = particles.count == 0 ? 100 : Math.max(extent(), 1) * 2;
        return new double[] {(random.nextDouble() - 0.5) * side, (random.nextDouble() - 0.5) * side};
    }

    private double extent() {
        int n = particles.count;
        if (n == 0) {
            return 0;
        }
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < n; i++) {
            cx += particles.x[i];
            cy += particles.y[i];
        }
        cx /= n;
        cy /= n;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double ex = particles.x[i] - cx;
            double ey = particles.y[i] - cy;
            sum += ex * ex + ey * ey;
        }
        return Math.sqrt(sum / n);
    }

    private Point3 corner(int sign) {
        double bx = sign < 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        double by = bx;
        for (int i = 0; i < particles.count; i++) {
            bx = sign < 0 ? Math.min(bx, particles.x[i]) : Math.max(bx, particles.x[i]);
            by = sign < 0 ? Math.min(by, particles.y[i]) : Math.max(by, particles.y[i]);
        }
        return particles.count == 0 ? new Point3() : new Point3(bx, by, 0);
    }

    /** Sends the position of every node, pinned ones included, to the sinks. */
    void publishAll() {
        particles.compact();
        publishPositions(true);
    }

    private void publishPositions(boolean pinnedToo) {
        if (attrSinks.isEmpty()) {
            return;
        }
        for (int i = 0; i < particles.count; i++) {
            if (particles.pinned[i] && !pinnedToo) {
                continue;
            }
            String id = particles.idAt(i);
            Object[] xyz = {particles.x[i], particles.y[i], 0.0};
            sendNodeAttributeChanged(sourceId, id, "xyz", xyz, xyz);
            if (sendNodeInfos) {
                sendNodeAttributeChanged(sourceId, id, "layout.mass", particles.mass[i], particles.mass[i]);
            }
        }
    }
}
