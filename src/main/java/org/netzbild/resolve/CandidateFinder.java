package org.netzbild.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
        var blocks = new HashMap<String, List<Integer>>();
        for (int i = 0; i < people.size(); i++) {
            for (String key : BlockingKeys.of(people.get(i))) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
            }
        }
        var prepared = new PairScorer.Prepared[people.size()];
        var compared = new HashSet<Long>();
        var candidates = new ArrayList<Candidate>();
        for (List<Integer> block : blocks.values()) {
            if (block.size() < 2 || block.size() > MAX_BLOCK) {
                continue;
            }
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    int i = Math.min(block.get(x), block.get(y));
                    int j = Math.max(block.get(x), block.get(y));
                    if (i == j || !compared.add(((long) i << 32) | j)) {
                        continue;
                    }
                    PersonFacts a = people.get(i);
                    PersonFacts b = people.get(j);
                    if (a.agency().equals(b.agency()) || rejected.contains(Candidate.pairKey(a.id(), b.id()))) {
                        continue;
                    }
                    if (prepared[i] == null) {
                        prepared[i] = PairScorer.Prepared.of(a);
                    }
                    if (prepared[j] == null) {
                        prepared[j] = PairScorer.Prepared.of(b);
                    }
                    var score = scorer.score(prepared[i], prepared[j]);
                    if (PairScorer.isCandidate(score)) {
                        candidates.add(keptFirst(a, b, score));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.score().score()).thenComparing(Candidate::id));
        return candidates;
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
