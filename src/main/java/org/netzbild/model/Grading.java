package org.netzbild.model;

import java.util.Objects;
import java.util.Set;

/**
 * Evaluation of a record: source reliability and information accuracy under a named scheme.
 *
 * <p>The default scheme is the EU/Europol 4x4 of Art. 29 Regulation (EU) 2016/794: source
 * {@code A, B, C, X}, information {@code 1..4}. Partners using another scheme keep their values
 * with the scheme named; there is deliberately no conversion between schemes.
 */
public record Grading(String scheme, String source, String information) {

    public static final String EU_4X4 = "EU4x4";
    private static final Set<String> EU_SOURCE = Set.of("A", "B", "C", "X");
    private static final Set<String> EU_INFORMATION = Set.of("1", "2", "3", "4");

    public Grading {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(information, "information");
        if (EU_4X4.equals(scheme) && (!EU_SOURCE.contains(source) || !EU_INFORMATION.contains(information))) {
            throw new IllegalArgumentException(
                    "EU 4x4 grading needs source A, B, C or X and information 1 to 4, not " + source + information);
        }
    }

    /** An EU 4x4 grading such as {@code B2}. */
    public static Grading eu(String code) {
        if (code == null || code.length() != 2) {
            throw new IllegalArgumentException("EU 4x4 grading is two characters such as B2, not " + code);
        }
        return new Grading(EU_4X4, code.substring(0, 1), code.substring(1));
    }

    /** The short form, e.g. {@code B2}. */
    public String code() {
        return source + information;
    }
}
