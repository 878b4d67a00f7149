package org.netzbild.layout;

import java.util.SplittableRandom;
import org.netzbild.chart.ChartGraph;

/**
 * A continuous force-directed layout after ForceAtlas2 (M. Jacomy, T. Venturini, S. Heymann,
 * M. Bastian, "ForceAtlas2, a Continuous Graph Layout Algorithm for Handy Network
 * Visualization Designed for the Gephi Software", PLoS ONE 9(6): e98679, 2014): linear
 * attraction along links, repulsion weighted by degree and approximated with a Barnes-Hut
 * quadtree (J. Barnes, P. Hut, Nature 324, 1986), gravity, and the adaptive speed that makes it
 * converge quickly and keep going as nodes come and go.
 *
 * <p>It works on a copy of its own (its particles): it is told of nodes and links coming and
 * going and of nodes moved or frozen by someone else; each {@link #compute()} runs one iteration,
 * and {@link #readPositions} copies the positions out. Like Gephi's layouts it is a step-wise
 * object that the chart's worker thread, a test or a command line drives alike. Frozen nodes push
 * and pull but do not move. Start positions come from a seeded random source, so the same
 * sequence of changes and the same seed give the same layout. Not thread-safe: feed and compute
 * it from one thread (in the chart, the layout worker's).
 *
 * <p>{@link #stabilization()} is {@code 1 − m / 0.01}, clamped to [0, 1], where {@code m} is
 * the relative motion of the last iteration: the mean distance a free node moved divided by the
 * layout's extent (the root-mean-square distance of the nodes from their centroid). With the
 * default limit 0.9 the layout counts as {@link #settled()} once nodes move less than 0.1 % of the
 * extent per iteration.
 */
public final class ForceAtlasLayout {

    private static final double MOTION_AT_ZERO_STABILIZATION = 0.01;

    /** How many passes of overlap removal a settled layout runs at most before it rests anyway. */
    static final int MOST_SEPARATION_PASSES = 500;
    private final ForceParticles particles = new ForceParticles();
    private final OverlapRemoval overlapRemoval = new OverlapRemoval();
    /** Whether overlap removal ran since the layout last changed. */
    private boolean separated;
    private int overlapsLeft;
    private final ForceAtlasSettings settings;
    private final ForceAtlasIteration iteration;
    private final SplittableRandom random;
    private double stabilizationLimit = 0.9;
    private double relativeMotion = Double.POSITIVE_INFINITY;
    private int steps;

    /** A layout with Gephi's ForceAtlas2 defaults for graphs of 100 nodes or more. */
    public ForceAtlasLayout(long seed) {
        this(ForceAtlasSettings.defaults(seed));
    }

    public ForceAtlasLayout(ForceAtlasSettings settings) {
        this.settings = settings;
        this.iteration = new ForceAtlasIteration(settings);
        this.random = new SplittableRandom(settings.seed());
    }

    /**
     * Adds every entity and link of {@code chart} as the chart's worker would hear of them: an
     * entity with a place starts there, one without at random, pinned ones are frozen.
     */
    public void load(ChartGraph chart) {
        for (int i = 0; i < chart.nodeCount(); i++) {
            String id = chart.nodeId(i);
            addNode(id);
            if (chart.placed(i)) {
                moveNode(id, chart.x(i), chart.y(i));
            }
            freezeNode(id, chart.pinned(i));
        }
        for (int k = 0; k < chart.linkCount(); k++) {
            addLink(chart.linkId(k), chart.nodeId(chart.from(k)), chart.nodeId(chart.to(k)));
        }
    }

    /**
     * One iteration; once the forces have come to rest, and the nodes have sizes
     * ({@link #sizeNode}), the overlap is taken out ({@link OverlapRemoval}) before the layout
     * counts as settled.
     */
    public void compute() {
        particles.compact();
        iteration.run(particles);
        double extent = extent();
        relativeMotion = extent > 0 ? iteration.meanDisplacement() / extent : 0;
        steps++;
        if (!separated && stabilization() > stabilizationLimit && sized()) {
            int pass = 0;
            do {
                overlapsLeft = overlapRemoval.separate(particles);
            } while (overlapsLeft > 0 && ++pass < MOST_SEPARATION_PASSES);
            if (overlapsLeft > 0) {
                // free nodes jammed among frozen ones: each to the nearest place where it touches none
                overlapRemoval.relocate(particles);
                overlapsLeft = overlapRemoval.separate(particles);
            }
            separated = true;
        }
    }

    /** How many pairs of circles overlapped in the last pass of the last overlap removal (0 after a full one). */
    public int overlapsLeft() {
        return overlapsLeft;
    }

    private boolean sized() {
        for (int i = 0; i < particles.count; i++) {
            if (particles.size[i] > 0) {
                return true;
            }
        }
        return false;
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
     * to {@link #nodeCount()} − 1: a copy for another thread costs no allocation per node.
     */
    public void readPositions(PositionReceiver receiver) {
        particles.compact();
        for (int i = 0; i < particles.count; i++) {
            receiver.position(i, particles.idAt(i), particles.x[i], particles.y[i]);
        }
    }

    /** Writes every node's position into the entity of {@code chart} with the same id, where there is one. */
    public void writePositions(ChartGraph chart) {
        readPositions((i, id, x, y) -> {
            int at = chart.indexOf(id);
            if (at >= 0) {
                chart.move(at, x, y);
            }
        });
    }

    /** Where the layout has put node {@code nodeId} as {@code {x, y}}, or {@code null} if it does not know it. */
    public double[] nodePosition(String nodeId) {
        int i = particles.indexOf(nodeId);
        return i < 0 ? null : new double[] {particles.x[i], particles.y[i]};
    }

    /** How many nodes the last iteration moved (the free ones). */
    public int movedCount() {
        return iteration.movedCount();
    }

    /** 1 when nothing moved in the last iteration, 0 when much did or the graph changed since. */
    public double stabilization() {
        return Math.max(0, 1 - relativeMotion / MOTION_AT_ZERO_STABILIZATION);
    }

    public double stabilizationLimit() {
        return stabilizationLimit;
    }

    public void setStabilizationLimit(double limit) {
        stabilizationLimit = limit;
    }

    /**
     * Whether the layout has come to rest: its {@link #stabilization()} is above the limit, and
     * where its nodes have sizes, the overlap has been taken out since.
     */
    public boolean settled() {
        return stabilization() > stabilizationLimit && (separated || !sized());
    }

    /** Iterations run so far. */
    public int steps() {
        return steps;
    }

    /** Forgets every node and link. */
    public void clear() {
        particles.clear();
        graphChanged();
    }

    /** Moves every free node by up to a tenth of the layout's extent, to get it out of a poor drawing. */
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

    /** Adds a node at a random place in a square about the size of the layout, around its centre. */
    public void addNode(String nodeId) {
        double[] at = startPosition();
        particles.addNode(nodeId, at[0], at[1]);
        graphChanged();
    }

    public void removeNode(String nodeId) {
        particles.removeNode(nodeId);
        graphChanged();
    }

    /** Adds a link; self-loops pull on nothing and are left out, as are links to unknown nodes. */
    public void addLink(String linkId, String fromId, String toId) {
        particles.addLink(linkId, fromId, toId);
        graphChanged();
    }

    public void removeLink(String linkId) {
        particles.removeLink(linkId);
        graphChanged();
    }

    /** Someone else put the node here (a drag, a saved chart, a newcomer's first place). */
    public void moveNode(String nodeId, double x, double y) {
        int i = particles.indexOf(nodeId);
        if (i >= 0) {
            particles.x[i] = x;
            particles.y[i] = y;
            graphChanged();
        }
    }

    /**
     * The node's radius: once the forces rest, the layout moves nodes apart until no two circles
     * overlap. Without sizes (all 0), nodes are points and nothing is moved apart.
     */
    public void sizeNode(String nodeId, double radius) {
        int i = particles.indexOf(nodeId);
        if (i >= 0 && particles.size[i] != Math.max(0, radius)) {
            particles.size[i] = Math.max(0, radius);
            graphChanged();
        }
    }

    /** A frozen node pushes and pulls but does not move (pinned, or held by the mouse). */
    public void freezeNode(String nodeId, boolean frozen) {
        int i = particles.indexOf(nodeId);
        if (i >= 0) {
            particles.pinned[i] = frozen;
        }
    }

    private void graphChanged() {
        relativeMotion = Double.POSITIVE_INFINITY;
        separated = false;
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
}
