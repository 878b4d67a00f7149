package org.netzbild.bench;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Prints how each layout's relative motion falls, to choose the convergence threshold. */
@Tag("bench")
class LayoutProbe {

    @Test
    void traceRelativeMotion() {
        int size = Integer.getInteger("bench.probe.nodes", 5000);
        BarabasiAlbertGraph graph = BarabasiAlbertGraph.generate(size, 2, 20261127L);
        ConvergenceRun run = new ConvergenceRun(0, 1, Integer.getInteger("bench.probe.iterations", 600));
        for (LayoutUnderTest layout : new LayoutUnderTest[] {new OurForceAtlas(), new GephiForceAtlas2(1),
                new GraphStreamSpringBox()}) {
            double scale = layout instanceof GraphStreamSpringBox ? Math.sqrt(size) : 1000;
            int[] k = {0};
            StringBuilder line = new StringBuilder(layout.name()).append(':');
            var result = run.run(layout, graph, scale, m -> {
                if (++k[0] % 25 == 0) {
                    line.append(String.format(" %d:%.5f", k[0], m));
                }
            });
            System.out.println(line);
            System.out.printf("  %.2f s for %d iterations, link ratio %.3f%n", result.seconds(), result.iterations(),
                    result.linkLengthRatio());
        }
    }
}
