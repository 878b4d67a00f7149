package org.netzbild.demo;

/**
 * Told after every batch how far the generation is. {@code expected} is an estimate made before
 * the first record (the size of households and businesses is random); the last call after a
 * complete run passes the true total for both.
 */
@FunctionalInterface
public interface DemoProgress {

    void progressed(long written, long expected);

    /** Progress nobody watches. */
    static DemoProgress none() {
        return (written, expected) -> {
        };
    }
}
