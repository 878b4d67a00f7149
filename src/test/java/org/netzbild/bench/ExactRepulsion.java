package org.netzbild.bench;

/**
 * ForceAtlas2's repulsion between every pair of nodes, computed exactly in O(n²): node i is pushed
 * away from node j by {@code k · m_i · m_j / d_ij} (Jacomy et al. 2014, eq. 2, with the mass
 * {@code 1 + degree}). The yardstick for the Barnes-Hut approximations.
 */
public final class ExactRepulsion {

    private ExactRepulsion() {
    }

    /** {@code {fx, fy}} for every node. */
    public static double[][] forces(double[] x, double[] y, double[] mass, double k) {
        int n = x.length;
        double[] fx = new double[n];
        double[] fy = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double dx = x[i] - x[j];
                double dy = y[i] - y[j];
                double d2 = dx * dx + dy * dy;
                if (d2 > 0) {
                    // force k m_i m_j / d along the unit vector (dx, dy) / d
                    double factor = k * mass[i] * mass[j] / d2;
                    fx[i] += dx * factor;
                    fy[i] += dy * factor;
                    fx[j] -= dx * factor;
                    fy[j] -= dy * factor;
                }
            }
        }
        return new double[][] {fx, fy};
    }

    /**
     * The relative error of an approximation per node, {@code |F_approx − F_exact| / |F_exact|},
     * sorted ascending (nodes with no exact force, which only coinciding positions give, are left out).
     */
    public static double[] relativeErrors(double[][] approximate, double[][] exact) {
        int n = exact[0].length;
        double[] errors = new double[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            double size = Math.hypot(exact[0][i], exact[1][i]);
            if (size > 0) {
                errors[kept++] = Math.hypot(approximate[0][i] - exact[0][i], approximate[1][i] - exact[1][i]) / size;
            }
        }
        double[] sorted = java.util.Arrays.copyOf(errors, kept);
        java.util.Arrays.sort(sorted);
        return sorted;
    }

    /** The {@code p}-th percentile (nearest rank) of ascending values. */
    public static double percentile(double[] ascending, int p) {
        int index = (int) Math.ceil(p / 100.0 * ascending.length) - 1;
        return ascending[Math.max(0, index)];
    }
}
