package org.netzbild.resolve;

import java.util.Arrays;
import java.util.List;
import org.netzbild.model.PersonFacts;

/**
 * How common a name is among the records searched, and so how many namesakes born on the same day one
 * record is to be expected to have by chance (ADR 0037): the records that bear the name (its parts'
 * skeletons, sorted, so that Jürgen Müller, Juergen Mueller and Müller Jürgen count as one name) times the
 * chance that two dated records share a birth date (from the records' own dates, day and month in
 * either order).
 *
 * <p>A name and a birth date that agree are strong evidence for a rare name in a small store and weak
 * evidence for Mehmet Yılmaz or Thomas Müller in a store of a million: there, a namesake born on the same
 * day is to be expected, and namesakes outnumber the duplicates as the store grows (the number of
 * namesake pairs grows with the square of the name's bearers, duplicates only with the records). This
 * is the term-frequency adjustment of record linkage (Fellegi and Sunter, 1969; Winkler, 1988), worked
 * out from the records at hand, not from a list of common names.
 */
public final class NameFrequency {

    /** Nothing known: no namesakes expected (a pair scored alone, outside a search over a store). */
    public static final NameFrequency NONE = new NameFrequency(new long[0], 0);

    private final long[] sortedNameKeys;
    private final double sameDateChance;

    private NameFrequency(long[] sortedNameKeys, double sameDateChance) {
        this.sortedNameKeys = sortedNameKeys;
        this.sameDateChance = sameDateChance;
    }

    /** Counts the names and birth dates of the records searched. */
    public static NameFrequency of(List<PersonFacts> people) {
        long[] names = people.parallelStream().mapToLong(p -> nameKey(p.name())).toArray();
        Arrays.parallelSort(names);
        long[] dates = people.parallelStream().filter(p -> !p.birthDates().isEmpty())
                .mapToLong(p -> hash(BirthDates.key(p.birthDates().getFirst()))).toArray();
        Arrays.parallelSort(dates);
        // the chance that two dated records share a date: the sum over dates of the squared share
        double chance = 0;
        for (int start = 0; start < dates.length; ) {
            int end = start + 1;
            while (end < dates.length && dates[end] == dates[start]) {
                end++;
            }
            double share = (double) (end - start) / dates.length;
            chance += share * share;
            start = end;
        }
        return new NameFrequency(names, chance);
    }

    /** How many of the records searched bear this record's name, the record itself counted (at least 1). */
    public int bearers(PersonFacts person) {
        long key = nameKey(person.name());
        int at = Arrays.binarySearch(sortedNameKeys, key);
        if (at < 0) {
            return 1;
        }
        int low = at;
        while (low > 0 && sortedNameKeys[low - 1] == key) {
            low--;
        }
        int high = at;
        while (high + 1 < sortedNameKeys.length && sortedNameKeys[high + 1] == key) {
            high++;
        }
        return high - low + 1;
    }

    /** The namesakes born on the same day this record is expected to have by chance among the records searched. */
    public double sameDayNamesakes(PersonFacts person) {
        return (bearers(person) - 1) * sameDateChance;
    }

    /** The chance that two dated records of the search share a birth date (day and month in either order). */
    public double sameDateChance() {
        return sameDateChance;
    }

    /** The name as counted: the skeletons of its parts ({@link NameFolding#skeleton}), sorted, hashed. */
    static long nameKey(String name) {
        return hash(String.join(" ", NameFolding.tokens(name).stream().map(NameFolding::skeleton).sorted().toList()));
    }

    private static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int c = 0; c < text.length(); c++) {
            h ^= text.charAt(c);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
