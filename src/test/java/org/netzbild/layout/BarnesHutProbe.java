package org.netzbild.layout;

/**
 * Test access to the repulsion our ForceAtlas2 computes with its Barnes-Hut quadtree, on given
 * positions and masses, for comparing it with the exact all-pairs forces (the layout benchmark's
 * accuracy rows, {@code BarnesHutAccuracyTest}). The quadtree and the particles are package-private;
 * this is their only door for tests outside the layout package.
 */
public final class BarnesHutProbe {

    private BarnesHutProbe() {
    }

    /**
     * The repulsion on every node as one ForceAtlas2 iteration computes it, with scaling ratio
     * {@code k} and opening criterion {@code theta}: {@code {fx, fy}}.
     */
    public static double[][] repulsion(double[] x, double[] y, double[] mass, double k, double theta) {
        var particles = new ForceParticles();
        for (int i = 0; i < x.length; i++) {
            particles.addNode(Integer.toString(i), x[i], y[i]);
            particles.mass[i] = mass[i];
        }
        var tree = new BarnesHutQuadtree();
        tree.build(particles);
        for (int i = 0; i < x.length; i++) {
            tree.repel(particles, i, k, theta);
        }
        double[][] forces = {new double[x.length], new double[x.length]};
        for (int i = 0; i < x.length; i++) {
            forces[0][i] = particles.dx[i];
            forces[1][i] = particles.dy[i];
        }
        return forces;
    }
}
