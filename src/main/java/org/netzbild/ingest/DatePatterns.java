package org.netzbild.ingest;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * The date patterns German offices and ISO-minded systems write, in the order a suggestion prefers
 * them: when a value does not match the spec's pattern, the first of these that reads it as a real
 * day is named in the problem, so the user can fix the spec's {@code dateFormat}. Only named, never
 * applied: the value stays a problem. Two-digit years are left out on purpose ({@code 01.02.70}
 * could be 1970 or 2070), and so is the American month-first order ({@code 01/02/1970} is read as
 * the first of February, as in Germany).
 */
final class DatePatterns {

    static final List<String> COMMON = List.of(
            "dd.MM.yyyy", "d.M.yyyy",
            "yyyy-MM-dd", "yyyy-M-d",
            "dd/MM/yyyy", "d/M/yyyy",
            "dd-MM-yyyy", "d-M-yyyy",
            "yyyy/MM/dd", "yyyyMMdd", "ddMMyyyy",
            "dd.MM.yyyy HH:mm", "dd.MM.yyyy HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss");

    private static final List<DateTimeFormatter> FORMATTERS = COMMON.stream()
            .map(p -> DateTimeFormatter.ofPattern(p.replace("yyyy", "uuuu"), Locale.GERMANY)
                    .withResolverStyle(ResolverStyle.STRICT))
            .toList();

    private DatePatterns() {
    }

    /** The first common pattern other than {@code declared} that reads {@code text} as a real day, or {@code null}. */
    static String reading(String text, String declared) {
        String value = text.strip();
        for (int i = 0; i < COMMON.size(); i++) {
            if (COMMON.get(i).equals(declared)) {
                continue;
            }
            try {
                FORMATTERS.get(i).parse(value);
                return COMMON.get(i);
            } catch (DateTimeParseException e) {
                // not this one
            }
        }
        return null;
    }
}
