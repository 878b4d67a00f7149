package org.netzbild.layout;

/**
 * ForceAtlas2's global speed (Jacomy et al. 2014, section "Adaptive speed"): the layout speeds up
 * while nodes move in the direction they moved before (traction) and slows down when they
 * oscillate (swinging), so that it converges quickly without a cooling schedule and keeps
 * running as the graph changes.
 */
final class AdaptiveSpeed {

    private static final double MIN_EFFICIENCY = 0.05;
    private static final double MAX_RISE = 0.5;
    private static final double MAX_JITTER = 10;

    private final double jitterTolerance;
    private double speed = 1;
    private double efficiency = 1;

    AdaptiveSpeed(double jitterTolerance) {
        this.jitterTolerance = jitterTolerance;
    }

    /**
     * Chooses the speed of the next move from the graph's total swinging and effective traction
     * over {@code nodes} nodes. The tolerated jitter grows with the graph, as in the paper: a big
     * graph can afford more oscillation per node.
     */
    void adjust(double swinging, double traction, int nodes) {
        if (traction <= 0 || swinging <= 0 || nodes == 0) {
            return;
        }
        double estimatedOptimal = 0.05 * Math.sqrt(nodes);
        double minJitter = Math.sqrt(estimatedOptimal);
        double jitter = jitterTolerance * Math.max(minJitter,
                Math.min(MAX_JITTER, estimatedOptimal * traction / ((double) nodes * nodes)));
        if (swinging / traction > 2.0) {
            if (efficiency > MIN_EFFICIENCY) {
                efficiency *= 0.5;
            }
            jitter = Math.max(jitter, jitterTolerance);
        }
        double target = jitter * efficiency * traction / swinging;
        if (swinging > jitter * traction) {
            if (efficiency > MIN_EFFICIENCY) {
                efficiency *= 0.7;
            }
        } else if (speed < 1000) {
            efficiency *= 1.3;
        }
        speed += Math.min(target - speed, MAX_RISE * speed);
    }

    double speed() {
        return speed;
    }

    /** Starts again from a slow, careful speed, e.g. after the graph was shaken. */
    void reset() {
        speed = 1;
        efficiency = 1;
    }
}
