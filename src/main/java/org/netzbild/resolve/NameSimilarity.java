package org.netzbild.resolve;

import java.util.ArrayList;
import java.util.List;

/**
 * How alike two names are, whatever the order of their parts: each part of the shorter name is paired
 * with the most alike unpaired part of the other (Jaro-Winkler over the parts' skeletons, or 0.95
 * when only the vowels differ, as in Mohammed and Muhammad), and the name is as alike as its least
 * alike pair, less 0.05 for every part the longer name has beyond (a middle name). The token-sort
 * similarity (Jaro-Winkler over the parts sorted and joined) is reported beside it.
 */
public final class NameSimilarity {

    /** What two parts whose consonants agree count as, though their vowels differ. */
    static final double SAME_CONSONANTS = 0.95;
    private static final double EXTRA_PART = 0.05;

    private NameSimilarity() {
    }

    /** The similarity of two names and of their sorted parts, each 0 to 1. */
    public record Result(double aligned, double tokenSort) {
    }

    public static Result compare(String a, String b) {
        return compare(NameFolding.tokens(a), NameFolding.tokens(b));
    }

    static Result compare(List<String> tokensA, List<String> tokensB) {
        if (tokensA.isEmpty() || tokensB.isEmpty()) {
            return new Result(0, 0);
        }
        List<String> shorter = tokensA.size() <= tokensB.size() ? tokensA : tokensB;
        List<String> longer = shorter == tokensA ? tokensB : tokensA;
        var free = new ArrayList<>(longer);
        double least = 1.0;
        for (String part : shorter) {
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
        return new Result(aligned, JaroWinkler.similarity(sortedSkeletons(tokensA), sortedSkeletons(tokensB)));
    }

    /** How alike two name parts are. */
    static double parts(String a, String b) {
        String skeletonA = NameFolding.skeleton(a);
        String skeletonB = NameFolding.skeleton(b);
        double similarity = JaroWinkler.similarity(skeletonA, skeletonB);
        if (similarity < SAME_CONSONANTS && skeletonA.length() > 2 && skeletonB.length() > 2
                && NameFolding.consonants(a).equals(NameFolding.consonants(b))) {
            return SAME_CONSONANTS;
        }
        return similarity;
    }

    private static String sortedSkeletons(List<String> tokens) {
        return String.join(" ", tokens.stream().map(NameFolding::skeleton).sorted().toList());
    }
}
