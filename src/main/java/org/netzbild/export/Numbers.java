package org.netzbild.export;

/** Coordinates for vector files: two decimals at most, no exponent, no trailing zeros, fast (no {@code String.format}). */
final class Numbers {

    private Numbers() {
    }

    static void append(StringBuilder out, double value) {
        if (!Double.isFinite(value)) {
            out.append('0');
            return;
        }
        long hundredths = Math.round(value * 100);
        if (hundredths < 0) {
            out.append('-');
            hundredths = -hundredths;
        }
        out.append(hundredths / 100);
        long fraction = hundredths % 100;
        if (fraction != 0) {
            out.append('.');
            if (fraction < 10) {
                out.append('0').append(fraction);
            } else {
                out.append(fraction % 10 == 0 ? fraction / 10 : fraction);
            }
        }
    }

    static String of(double value) {
        var out = new StringBuilder(12);
        append(out, value);
        return out.toString();
    }
}
