package org.netzbild.demo;

/**
 * What to generate: the seed makes the data set reproducible (same seed and size give the same
 * records, ids included) and {@code persons} its size.
 *
 * @param persons distinct people, {@value #MIN_PERSONS} to {@value #MAX_PERSONS}; known duplicates
 *                come on top of them
 */
public record DemoSettings(long seed, int persons) {

    public static final long DEFAULT_SEED = 20261127L;
    public static final int DEFAULT_PERSONS = 5000;
    public static final int MIN_PERSONS = 100;
    public static final int MAX_PERSONS = 1_000_000;

    public DemoSettings {
        if (persons < MIN_PERSONS || persons > MAX_PERSONS) {
            throw new IllegalArgumentException("the demo data set holds " + MIN_PERSONS + " to " + MAX_PERSONS
                    + " persons, not " + persons);
        }
    }

    /** The default seed and size. */
    public static DemoSettings defaults() {
        return new DemoSettings(DEFAULT_SEED, DEFAULT_PERSONS);
    }
}
