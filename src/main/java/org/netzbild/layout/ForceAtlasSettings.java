package org.netzbild.layout;

/**
 * The settings of {@link ForceAtlasLayout}, named as in the ForceAtlas2 paper.
 *
 * @param scalingRatio    repulsion strength k_r; larger spreads the graph out
 * @param gravity         pull k_g of every node towards the origin, so that components stay near
 * @param jitterTolerance how much oscillation the adaptive speed tolerates; 1 is the paper's default
 * @param theta           Barnes-Hut opening criterion: a cell whose width over its distance is
 *                        below theta counts as one body; larger is faster and coarser
 * @param seed            seed of the random start positions, so that a layout can be repeated
 */
public record ForceAtlasSettings(double scalingRatio, double gravity, double jitterTolerance, double theta, long seed) {

    /** Gephi's defaults for graphs of 100 nodes or more, with the given seed. */
    public static ForceAtlasSettings defaults(long seed) {
        return new ForceAtlasSettings(2.0, 1.0, 1.0, 1.2, seed);
    }

    public ForceAtlasSettings {
        if (!(scalingRatio > 0) || !(gravity >= 0) || !(jitterTolerance > 0) || !(theta >= 0)) {
            throw new IllegalArgumentException("force layout settings out of range: scaling ratio and jitter "
                    + "tolerance must be positive, gravity and theta not negative");
        }
    }

    ForceAtlasSettings withJitterTolerance(double tolerance) {
        return new ForceAtlasSettings(scalingRatio, gravity, tolerance, theta, seed);
    }

    ForceAtlasSettings withTheta(double newTheta) {
        return new ForceAtlasSettings(scalingRatio, gravity, jitterTolerance, newTheta, seed);
    }
}
