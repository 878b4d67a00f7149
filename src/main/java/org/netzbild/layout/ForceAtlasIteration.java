package org.netzbild.layout;

/**
 * One iteration of ForceAtlas2 (Jacomy et al. 2014) over a {@link ForceParticles} set:
 * Barnes-Hut repulsion weighted by degree, linear attraction along links, gravity towards the
 * origin, then a move scaled per node by the adaptive speed. Pinned nodes push and pull but do
 * not move.
 */
final class ForceAtlasIteration {

    private final BarnesHutQuadtree tree = new BarnesHutQuadtree();
    private final ForceAtlasSettings settings;
    private final AdaptiveSpeed speed;
    private double meanDisplacement;
    private int moved;

    ForceAtlasIteration(ForceAtlasSettings settings) {
        this.settings = settings;
        this.speed = new AdaptiveSpeed(settings.jitterTolerance());
    }

    void run(ForceParticles p) {
        if (p.count == 0) {
            meanDisplacement = 0;
            moved = 0;
            return;
        }
        rememberLastForces(p);
        repel(p);
        attract(p);
        pullToCentre(p);
        move(p);
    }

    /** Mean distance a free node moved in the last iteration. */
    double meanDisplacement() {
        return meanDisplacement;
    }

    int movedCount() {
        return moved;
    }

    void restartSpeed() {
        speed.reset();
    }

    private static void rememberLastForces(ForceParticles p) {
        for (int i = 0; i < p.count; i++) {
            p.oldDx[i] = p.dx[i];
            p.oldDy[i] = p.dy[i];
            p.dx[i] = 0;
            p.dy[i] = 0;
        }
    }

    private void repel(ForceParticles p) {
        tree.build(p);
        double k = settings.scalingRatio();
        double theta = settings.theta();
        for (int i = 0; i < p.count; i++) {
            tree.repel(p, i, k, theta);
        }
    }

    private static void attract(ForceParticles p) {
        double[] x = p.x;
        double[] y = p.y;
        for (int e = 0; e < p.linkCount; e++) {
            int a = p.source[e];
            int b = p.target[e];
            double fx = x[b] - x[a];
            double fy = y[b] - y[a];
            p.dx[a] += fx;
            p.dy[a] += fy;
            p.dx[b] -= fx;
            p.dy[b] -= fy;
        }
    }

    /** Gravity k_g · (deg + 1), independent of the scaling ratio, as in the paper and in Gephi. */
    private void pullToCentre(ForceParticles p) {
        double k = settings.gravity();
        for (int i = 0; i < p.count; i++) {
            double d = Math.sqrt(p.x[i] * p.x[i] + p.y[i] * p.y[i]);
            if (d > 0) {
                double factor = k * p.mass[i] / d;
                p.dx[i] -= p.x[i] * factor;
                p.dy[i] -= p.y[i] * factor;
            }
        }
    }

    private void move(ForceParticles p) {
        double swinging = 0;
        double traction = 0;
        int free = 0;
        for (int i = 0; i < p.count; i++) {
            if (!p.pinned[i]) {
                double sx = p.oldDx[i] - p.dx[i];
                double sy = p.oldDy[i] - p.dy[i];
                double tx = p.oldDx[i] + p.dx[i];
                double ty = p.oldDy[i] + p.dy[i];
                swinging += p.mass[i] * Math.sqrt(sx * sx + sy * sy);
                traction += p.mass[i] * 0.5 * Math.sqrt(tx * tx + ty * ty);
                free++;
            }
        }
        speed.adjust(swinging, traction, free);
        double s = speed.speed();
        double displacement = 0;
        for (int i = 0; i < p.count; i++) {
            if (p.pinned[i]) {
                continue;
            }
            double sx = p.oldDx[i] - p.dx[i];
            double sy = p.oldDy[i] - p.dy[i];
            double nodeSwinging = p.mass[i] * Math.sqrt(sx * sx + sy * sy);
            // a node that swings is slowed down on its own, so that one jittering hub does not stall the rest
            double factor = s / (1 + Math.sqrt(s * nodeSwinging));
            double mx = p.dx[i] * factor;
            double my = p.dy[i] * factor;
            p.x[i] += mx;
            p.y[i] += my;
            displacement += Math.sqrt(mx * mx + my * my);
        }
        moved = free;
        meanDisplacement = free == 0 ? 0 : displacement / free;
    }
}
