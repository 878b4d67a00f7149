package org.netzbild.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.netzbild.model.PersonFacts;

/**
 * The duplicate candidates among person records: records that share a block
 * ({@link BlockingKeys}) are scored ({@link PairScorer}); a pair above the threshold is a candidate
 * when its records come from different agencies (an agency's own duplicates its import merges by
 * identity key) and nobody has rejected it. Blocks larger than {@link #MAX_BLOCK} are left out: a key
 * so common separates nothing, and the other keys of a true pair still meet (ADR 0031).
 */
public final class CandidateFinder {

    public static final int MAX_BLOCK = 200;

    private final PairScorer scorer = new PairScorer();

    /**
     * The candidates, best first.
     *
     * @param rejected pair keys ({@link Candidate#pairKey}) decided not to be one person
     */
    public List<Candidate> find(List<PersonFacts> people, Set<String> rejected) {
        // keys and prepared names per person, then the distinct pairs that share a block, then their
        // scores: each step on all cores, the pairs sorted once instead of a set of boxed pairs
        var keys = IntStream.range(0, people.size()).parallel().mapToObj(i -> BlockingKeys.of(people.get(i))).toList();
        var blocks = new HashMap<String, List<Integer>>();
        for (int i = 0; i < people.size(); i++) {
            for (String key : keys.get(i)) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
            }
        }
        var pairs = new PairList();
        for (List<Integer> block : blocks.values()) {
            if (block.size() < 2 || block.size() > MAX_BLOCK) {
                continue;
            }
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    int i = Math.min(block.get(x), block.get(y));
                    int j = Math.max(block.get(x), block.get(y));
                    if (i != j && !people.get(i).agency().equals(people.get(j).agency())) {
                        pairs.add(((long) i << 32) | j);
                    }
                }
            }
        }
        blocks.clear();
        var prepared = IntStream.range(0, people.size()).parallel().mapToObj(i -> PairScorer.Prepared.of(people.get(i))).toList();
        var candidates = new ArrayList<>(LongStream.of(pairs.distinct()).parallel().mapToObj(pair -> {
            int i = (int) (pair >>> 32);
            int j = (int) pair;
            PersonFacts a = people.get(i);
            PersonFacts b = people.get(j);
            if (rejected.contains(Candidate.pairKey(a.id(), b.id()))) {
                return null;
            }
            var score = scorer.score(prepared.get(i), prepared.get(j));
            return PairScorer.isCandidate(score) ? keptFirst(a, b, score) : null;
        }).filter(java.util.Objects::nonNull).toList());
        candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.score().score()).thenComparing(Candidate::id));
        return candidates;
    }

    /** A growing array of pairs (two record indexes in one long). */
    private static final class PairList {
        private long[] pairs = new long[1024];
        private int size;

        void add(long pair) {
            if (size == pairs.length) {
                pairs = Arrays.copyOf(pairs, size * 2);
            }
            pairs[size++] = pair;
        }

        /** Each pair once, in order. */
        long[] distinct() {
            long[] sorted = Arrays.copyOf(pairs, size);
            Arrays.parallelSort(sorted);
            int kept = 0;
            for (int k = 0; k < sorted.length; k++) {
                if (k == 0 || sorted[k] != sorted[k - 1]) {
                    sorted[kept++] = sorted[k];
                }
            }
            return Arrays.copyOf(sorted, kept);
        }
    }

    /** The candidates that involve one of these records (a new import's), best first. */
    public List<Candidate> involving(List<PersonFacts> people, Collection<String> ids, Set<String> rejected) {
        var wanted = Set.copyOf(ids);
        return find(people, rejected).stream()
                .filter(c -> wanted.contains(c.kept().id()) || wanted.contains(c.other().id())).toList();
    }

    /** The record more agencies speak of stays; between equals, the lower id (usually the earlier record). */
    static Candidate keptFirst(PersonFacts a, PersonFacts b, PairScore score) {
        int byAgencies = Integer.compare(b.agencies().size(), a.agencies().size());
        boolean aFirst = byAgencies < 0 || byAgencies == 0 && a.id().compareTo(b.id()) <= 0;
        return aFirst ? new Candidate(a, b, score) : new Candidate(b, a, score);
    }
}
