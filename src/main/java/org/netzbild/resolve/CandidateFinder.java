package org.netzbild.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.netzbild.model.PersonFacts;

/**
 * The duplicate candidates among person records: records that share a block
 * ({@link BlockingKeys}) are scored ({@link PairScorer}); a pair above the threshold is a candidate
 * when nobody has rejected it and, in the {@linkplain Scope#ACROSS_AGENCIES usual scope}, its records
 * come from different agencies: the connections no single agency can see. An agency's own
 * duplicates under one identity key its import merges; its own records of one person under two
 * spellings (two clerks, two imports) are candidates {@linkplain Scope#ALSO_WITHIN_AGENCIES on request}. How common each name is among the records searched
 * ({@link NameFrequency}) weighs in the score. Blocks larger than {@link #MAX_BLOCK} are left out: a key
 * so common separates nothing, and the other keys of a true pair still meet (ADR 0031).
 */
public final class CandidateFinder {

    public static final int MAX_BLOCK = 200;
    private static final int INDEX_BITS = 24;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
    /** How many records one search takes: the index bits of a block entry. */
    public static final int MAX_RECORDS = 1 << INDEX_BITS;

    private final PairScorer scorer = new PairScorer();

    /** Which pairs of records may be candidates. */
    public enum Scope {
        /** Records of two different agencies only (the default). */
        ACROSS_AGENCIES,
        /** Also two records of one agency, under spellings its identity key did not join. */
        ALSO_WITHIN_AGENCIES
    }

    /**
     * The candidates across agencies, best first.
     *
     * @param rejected pair keys ({@link Candidate#pairKey}) decided not to be one person
     */
    public List<Candidate> find(List<PersonFacts> people, Set<String> rejected) {
        return find(people, rejected, Scope.ACROSS_AGENCIES);
    }

    /**
     * The candidates in {@code scope}, best first.
     *
     * @param rejected pair keys ({@link Candidate#pairKey}) decided not to be one person
     */
    public List<Candidate> find(List<PersonFacts> people, Set<String> rejected, Scope scope) {
        boolean withinToo = scope == Scope.ALSO_WITHIN_AGENCIES;
        // every (key, record) as one long: the key's hash above, the record's index below, sorted on all
        // cores, so that a block is a run of equal hashes; far less memory than a map of strings to lists
        // (a million records give some fifteen million entries). Two keys whose hashes collide only
        // make one block of two, whose pairs the scorer then judges.
        if (people.size() > MAX_RECORDS) {
            throw new IllegalArgumentException("at most " + MAX_RECORDS + " records at once, not " + people.size());
        }
        long[] entries = IntStream.range(0, people.size()).parallel().mapToObj(i -> {
            var keys = BlockingKeys.of(people.get(i));
            long[] own = new long[keys.size()];
            int k = 0;
            for (String key : keys) {
                own[k++] = (hash(key, BlockingKeys.isForUndated(key)) << INDEX_BITS) | i;
            }
            return own;
        }).flatMapToLong(LongStream::of).toArray();
        Arrays.parallelSort(entries);
        var pairs = new PairList();
        var block = new int[MAX_BLOCK + 1];
        for (int start = 0; start < entries.length; ) {
            int end = start + 1;
            while (end < entries.length && entries[end] >>> INDEX_BITS == entries[start] >>> INDEX_BITS) {
                end++;
            }
            int size = end - start;
            boolean undatedOnly = (entries[start] >>> (63)) != 0;
            if (size >= 2 && size <= MAX_BLOCK) {
                for (int x = 0; x < size; x++) {
                    block[x] = (int) (entries[start + x] & INDEX_MASK);
                }
                for (int x = 0; x < size; x++) {
                    for (int y = x + 1; y < size; y++) {
                        int i = Math.min(block[x], block[y]);
                        int j = Math.max(block[x], block[y]);
                        if (i != j && (withinToo || !people.get(i).agency().equals(people.get(j).agency()))
                                && (!undatedOnly || people.get(i).birthDates().isEmpty() || people.get(j).birthDates().isEmpty())) {
                            pairs.add(((long) i << 32) | j);
                        }
                    }
                }
            }
            start = end;
        }
        var frequency = NameFrequency.of(people);
        var prepared = IntStream.range(0, people.size()).parallel().mapToObj(i -> PairScorer.Prepared.of(people.get(i), frequency)).toList();
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

    /** A 39-bit FNV-1a hash of a blocking key, its top bit set for a key whose block serves undated records only. */
    private static long hash(String key, boolean undatedOnly) {
        long h = 0xcbf29ce484222325L;
        for (int c = 0; c < key.length(); c++) {
            h ^= key.charAt(c);
            h *= 0x100000001b3L;
        }
        long bits = (h ^ (h >>> 39)) & ((1L << (63 - INDEX_BITS)) - 1);
        return undatedOnly ? bits | (1L << (63 - INDEX_BITS)) : bits;
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

    /** The record more agencies speak of stays; between equals, the lower id (usually the earlier record). */
    static Candidate keptFirst(PersonFacts a, PersonFacts b, PairScore score) {
        int byAgencies = Integer.compare(b.agencies().size(), a.agencies().size());
        boolean aFirst = byAgencies < 0 || byAgencies == 0 && a.id().compareTo(b.id()) <= 0;
        return aFirst ? new Candidate(a, b, score) : new Candidate(b, a, score);
    }
}
