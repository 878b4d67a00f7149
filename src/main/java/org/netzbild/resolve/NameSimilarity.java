package org.netzbild.resolve;

import java.util.ArrayList;
import java.util.List;

/**
 * How alike two names are, whatever the order of their parts: each part of the shorter name is paired
 * with the most alike unpaired part of the other (Jaro-Winkler over the parts' skeletons, or 0.95
 * when only the vowels differ, as in Mohammed and Muhammad), and the name is as alike as its least
 * alike pair, less 0.05 for every part the longer name has beyond (a middle name); a typing error is
 * measured on the letters as written too, whichever is more alike. The token-sort
 * similarity (Jaro-Winkler over the parts sorted and joined) is reported beside it.
 */
public final class NameSimilarity {

    /** What two parts whose consonants agree count as, though their vowels differ. */
    static final double SAME_CONSONANTS = 0.95;
    /** How alike two parts must be as written for their agreeing consonants to count. */
    static final double CONSONANTS_FLOOR = 0.78;
    private static final double EXTRA_PART = 0.05;

    private NameSimilarity() {
    }

    /** The similarity of two names and of their sorted parts, each 0 to 1. */
    public record Result(double aligned, double tokenSort) {
    }

    /**
     * A name part as it is compared, worked out once: its German ASCII spelling, its skeleton and its
     * consonants.
     */
    public record Part(String ascii, String skeleton, String consonants) {

        public static Part of(String token) {
            return new Part(NameFolding.ascii(token), NameFolding.skeleton(token), NameFolding.consonants(token));
        }

        /** The parts of a name ({@link NameFolding#tokens}). */
        public static List<Part> of(List<String> tokens) {
            return tokens.stream().map(Part::of).toList();
        }
    }

    public static Result compare(String a, String b) {
        return compare(Part.of(NameFolding.tokens(a)), Part.of(NameFolding.tokens(b)));
    }

    static Result compare(List<Part> partsA, List<Part> partsB) {
        if (partsA.isEmpty() || partsB.isEmpty()) {
            return new Result(0, 0);
        }
        List<Part> shorter = partsA.size() <= partsB.size() ? partsA : partsB;
        List<Part> longer = shorter == partsA ? partsB : partsA;
        var free = new ArrayList<>(longer);
        double least = 1.0;
        for (Part part : shorter) {
            int bestAt = -1;
            double best = -1;
            for (int i = 0; i < free.size(); i++) {
                double similarity = parts(part, free.get(i));
                if (similarity > best) {
                    best = similarity;
                    bestAt = i;
                }
            }
            free.remove(bestAt);
            least = Math.min(least, best);
        }
        double aligned = Math.max(0, least - EXTRA_PART * (longer.size() - shorter.size()));
        return new Result(aligned, JaroWinkler.similarity(sortedSkeletons(partsA), sortedSkeletons(partsB)));
    }

    /** How alike two name parts are. */
    static double parts(Part a, Part b) {
        // the skeleton joins spellings of one sound; the letters as written keep a typing error small
        // that a skeleton rule would make large (Kuhn, Khun → kuhn, hun)
        double similarity = Math.max(JaroWinkler.similarity(a.skeleton(), b.skeleton()), JaroWinkler.similarity(a.ascii(), b.ascii()));
        // only the vowels differ: Mohammed, Muhammad; not for short keys (Ana, Ioana → an) nor for names
        // whose letters are otherwise far apart (Hasan, Hussein → hsn)
        if (similarity < SAME_CONSONANTS && similarity >= CONSONANTS_FLOOR && a.consonants().length() > 2
                && a.consonants().equals(b.consonants())) {
            return SAME_CONSONANTS;
        }
        return similarity;
    }

    private static String sortedSkeletons(List<Part> parts) {
        return String.join(" ", parts.stream().map(Part::skeleton).sorted().toList());
    }
}
