package org.netzbild.bench;

import java.util.SplittableRandom;
import java.util.function.DoubleConsumer;

/**
 * Runs a layout until it has converged, timing only its iterations. Converged means: the relative
 * motion (mean distance the nodes moved in one iteration over the layout's extent, the RMS
 * distance of the nodes from their centroid), averaged over the last {@code window} iterations,
 * is below {@code threshold}. ForceAtlas2's motion jitters from one iteration to the next by a
 * factor of two or more, so the mean over a window is the stable signal. The same definition,
 * measured from outside, applies to every layout.
 */
final class ConvergenceRun {

    /** @param x the positions the run ended with, as {@code y} */
    record Result(int iterations, double seconds, boolean converged, double linkLengthRatio, double[] x, double[] y) {
    }

    private final double threshold;
    private final int window;
    private final int maxIterations;

    ConvergenceRun(double threshold, int window, int maxIterations) {
        this.threshold = threshold;
        this.window = window;
        this.maxIterations = maxIterations;
    }

    Result run(LayoutUnderTest layout, BarabasiAlbertGraph graph, double scale, DoubleConsumer trace) {
        layout.load(graph, scale);
        int n = graph.nodes();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] lastX = new double[n];
        double[] lastY = new double[n];
        layout.positions(lastX, lastY);
        long nanos = 0;
        double[] recent = new double[window];
        double recentSum = 0;
        int iterations = 0;
        boolean converged = false;
        while (iterations < maxIterations && !converged) {
            long start = System.nanoTime();
            layout.step();
            nanos += System.nanoTime() - start;
            layout.positions(x, y);
            double motion = relativeMotion(x, y, lastX, lastY);
            trace.accept(motion);
            recentSum += motion - recent[iterations % window];
            recent[iterations % window] = motion;
            converged = iterations + 1 >= window && recentSum / window < threshold;
            System.arraycopy(x, 0, lastX, 0, n);
            System.arraycopy(y, 0, lastY, 0, n);
            iterations++;
        }
        double ratio = linkLengthRatio(graph, x, y);
        layout.close();
        return new Result(iterations, nanos / 1e9, converged, ratio, x, y);
    }

    static double relativeMotion(double[] x, double[] y, double[] lastX, double[] lastY) {
        int n = x.length;
        double moved = 0;
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < n; i++) {
            moved += Math.hypot(x[i] - lastX[i], y[i] - lastY[i]);
            cx += x[i];
            cy += y[i];
        }
        cx /= n;
        cy /= n;
        double spread = 0;
        for (int i = 0; i < n; i++) {
            spread += (x[i] - cx) * (x[i] - cx) + (y[i] - cy) * (y[i] - cy);
        }
        double extent = Math.sqrt(spread / n);
        return extent == 0 ? 0 : (moved / n) / extent;
    }

    /**
     * Mean link length over the mean distance of 20,000 random node pairs: a scale-free check that
     * a fast convergence did not buy a worse drawing (lower means links are drawn shorter
     * relative to the whole picture).
     */
    static double linkLengthRatio(BarabasiAlbertGraph graph, double[] x, double[] y) {
        double links = 0;
        for (int e = 0; e < graph.links(); e++) {
            int a = graph.source()[e];
            int b = graph.target()[e];
            links += Math.hypot(x[a] - x[b], y[a] - y[b]);
        }
        links /= graph.links();
        SplittableRandom random = new SplittableRandom(7);
        double pairs = 0;
        int samples = 20_000;
        for (int k = 0; k < samples; k++) {
            int a = random.nextInt(graph.nodes());
            int b = random.nextInt(graph.nodes());
            pairs += Math.hypot(x[a] - x[b], y[a] - y[b]);
        }
        return links / (pairs / samples);
    }
}
