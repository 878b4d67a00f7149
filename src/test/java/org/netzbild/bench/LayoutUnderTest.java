package org.netzbild.bench;

/**
 * One layout implementation as the benchmark drives it: load a graph with start positions, run
 * single iterations (the only part that is timed), read positions back.
 */
interface LayoutUnderTest {

    String name();

    /** Loads {@code graph}, its start positions multiplied by {@code scale}. Not timed. */
    void load(BarabasiAlbertGraph graph, double scale);

    /** One iteration: the timed part. */
    void step();

    /** Copies node i's position into {@code x[i]}, {@code y[i]}. Not timed. */
    void positions(double[] x, double[] y);

    /** Releases threads or other resources. */
    void close();
}
