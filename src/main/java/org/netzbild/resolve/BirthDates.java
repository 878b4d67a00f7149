package org.netzbild.resolve;

import java.time.LocalDate;
import java.util.List;

/**
 * How two records' birth dates agree. A form filled in the American or the German order swaps day
 * and month (1984-03-07 against 1984-07-03); that counts as agreement of a lesser kind, never as a
 * contradiction.
 */
public final class BirthDates {

    /** The best agreement between two lists of stated birth dates, best first. */
    public enum Agreement { SAME, SWAPPED, SAME_YEAR, DIFFERENT, UNKNOWN }

    private BirthDates() {
    }

    public static Agreement compare(List<LocalDate> a, List<LocalDate> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Agreement.UNKNOWN;
        }
        Agreement best = Agreement.DIFFERENT;
        for (LocalDate x : a) {
            for (LocalDate y : b) {
                Agreement one = compare(x, y);
                if (one.ordinal() < best.ordinal()) {
                    best = one;
                }
            }
        }
        return best;
    }

    public static Agreement compare(LocalDate a, LocalDate b) {
        if (a.equals(b)) {
            return Agreement.SAME;
        }
        if (a.getYear() != b.getYear()) {
            return Agreement.DIFFERENT;
        }
        return a.getDayOfMonth() == b.getMonthValue() && a.getMonthValue() == b.getDayOfMonth()
                ? Agreement.SWAPPED : Agreement.SAME_YEAR;
    }

    /** A key equal for a date and its day/month swap: the year and the two numbers in order. */
    public static String key(LocalDate date) {
        int low = Math.min(date.getDayOfMonth(), date.getMonthValue());
        int high = Math.max(date.getDayOfMonth(), date.getMonthValue());
        return date.getYear() + "-" + low + "-" + high;
    }
}
