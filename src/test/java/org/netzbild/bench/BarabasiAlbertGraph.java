package org.netzbild.bench;

import java.util.SplittableRandom;

/**
 * A scale-free test graph after Barabási and Albert (Science 286, 1999): each new node links to
 * {@code m} distinct earlier nodes chosen in proportion to their degree. It also carries the
 * random start positions, in [-0.5, 0.5)², that every layout under test starts from.
 */
record BarabasiAlbertGraph(int nodes, int[] source, int[] target, double[] startX, double[] startY) {

    static BarabasiAlbertGraph generate(int nodes, int m, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int links = (nodes - m - 1) * m + m * (m + 1) / 2;
        int[] source = new int[links];
        int[] target = new int[links];
        // every link end once: drawing from it picks a node in proportion to its degree
        int[] ends = new int[2 * links];
        int e = 0;
        for (int i = 0; i <= m; i++) {
            for (int j = i + 1; j <= m; j++) {
                source[e] = i;
                target[e] = j;
                ends[2 * e] = i;
                ends[2 * e + 1] = j;
                e++;
            }
        }
        int[] chosen = new int[m];
        for (int v = m + 1; v < nodes; v++) {
            int filledEnds = 2 * e;
            for (int k = 0; k < m; k++) {
                int candidate;
                do {
                    candidate = ends[random.nextInt(filledEnds)];
                } while (contains(chosen, k, candidate));
                chosen[k] = candidate;
            }
            for (int k = 0; k < m; k++) {
                source[e] = v;
                target[e] = chosen[k];
                ends[2 * e] = v;
                ends[2 * e + 1] = chosen[k];
                e++;
            }
        }
        double[] x = new double[nodes];
        double[] y = new double[nodes];
        for (int i = 0; i < nodes; i++) {
            x[i] = random.nextDouble() - 0.5;
            y[i] = random.nextDouble() - 0.5;
        }
        return new BarabasiAlbertGraph(nodes, source, target, x, y);
    }

    int links() {
        return source.length;
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int k = 0; k < count; k++) {
            if (values[k] == value) {
                return true;
            }
        }
        return false;
    }
}
