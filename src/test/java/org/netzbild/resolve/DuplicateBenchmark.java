package org.netzbild.resolve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.netzbild.testsupport.BenchmarkTable;
import org.netzbild.model.PersonFacts;

/**
 * Duplicate candidates on seeded variants ({@link SeededVariants}, a known ground truth): our matcher
 * ({@link CandidateFinder}) against a plain blocked Jaro-Winkler baseline (block: first letter of the
 * family name and birth year; a pair when the lower-cased names reach {@value #BASELINE_THRESHOLD}), in
 * the same JVM and run, in alternating order; and on a sample of {@value #SAMPLE} records the
 * exhaustive comparison of every pair with our scorer, whose recall is the ceiling blocking can reach.
 *
 * <pre>
 * ./mvnw -B -o test -Pbench -Dtest=DuplicateBenchmark -Dbench.sizes=10000,100000,1000000
 * </pre>
 * The table goes to {@code target/duplicate-benchmark.md} or the file {@code -Dbench.out} names (and to the standard output).
 */
@Tag("bench")
class DuplicateBenchmark {

    static final int SAMPLE = 5_000;
    static final double BASELINE_THRESHOLD = 0.92;

    private record Outcome(String method, int records, double seconds, int proposed, double recall, double precision) {

        String row() {
            return String.format(Locale.ROOT, "| %s | %,d | %.2f | %,d | %.3f | %.3f |", method, records, seconds, proposed, recall, precision);
        }
    }

    @Test
    void candidatesOnSeededVariants() throws IOException {
        var table = new BenchmarkTable("target/duplicate-benchmark.md");
        table.add("| method | records | seconds | pairs proposed | recall | precision |");
        table.add("|---|---:|---:|---:|---:|---:|");
        for (String size : System.getProperty("bench.sizes", "10000,100000").split(",")) {
            int count = Integer.parseInt(size.strip());
            var data = new SeededVariants(20261207L).generate(count);
            // alternating order: baseline, ours, ours, baseline at the small size; ours first, then the baseline above
            if (count <= 20_000) {
                measureBaseline(data, table);
                measureOurs(data, table);
                measureOurs(data, table);
                measureBaseline(data, table);
            } else {
                measureOurs(data, table);
                measureBaseline(data, table);
            }
            if (count == 10_000 || count == SAMPLE * 2) {
                exhaustive(data, table);
            }
        }
    }

    private static void measureOurs(SeededVariants.Data data, BenchmarkTable table) {
        System.gc();
        long start = System.nanoTime();
        var candidates = new CandidateFinder().find(data.persons(), Set.of());
        double seconds = (System.nanoTime() - start) / 1e9;
        table.add(outcome("Netzbild (blocked, scored)", data, seconds, keys(candidates)).row());
    }

    private static void measureBaseline(SeededVariants.Data data, BenchmarkTable table) {
        System.gc();
        long start = System.nanoTime();
        var proposed = baseline(data.persons());
        double seconds = (System.nanoTime() - start) / 1e9;
        table.add(outcome("blocked Jaro-Winkler (baseline)", data, seconds, proposed).row());
    }

    /** Every pair of the first records with our scorer, against our blocking on the same records. */
    private static void exhaustive(SeededVariants.Data data, BenchmarkTable table) {
        var sample = data.persons().subList(0, SAMPLE);
        var ids = new HashSet<String>();
        sample.forEach(p -> ids.add(p.id()));
        var truth = new HashSet<String>();
        data.truePairs().forEach(pair -> {
            String[] both = pair.split("\\+");
            if (ids.contains(both[0]) && ids.contains(both[1])) {
                truth.add(pair);
            }
        });
        var sampled = new SeededVariants.Data(sample, truth);
        long start = System.nanoTime();
        var frequency = NameFrequency.of(sample);
        var prepared = sample.stream().map(p -> PairScorer.Prepared.of(p, frequency)).toList();
        var scorer = new PairScorer();
        var proposed = new HashSet<String>();
        for (int i = 0; i < prepared.size(); i++) {
            for (int j = i + 1; j < prepared.size(); j++) {
                var a = prepared.get(i);
                var b = prepared.get(j);
                if (!a.facts().agency().equals(b.facts().agency()) && PairScorer.isCandidate(scorer.score(a, b))) {
                    proposed.add(Candidate.pairKey(a.facts().id(), b.facts().id()));
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        table.add(outcome("every pair scored (sample, ceiling)", sampled, seconds, proposed).row());
        start = System.nanoTime();
        var blocked = keys(new CandidateFinder().find(sample, Set.of()));
        seconds = (System.nanoTime() - start) / 1e9;
        table.add(outcome("Netzbild (blocked, scored) on the sample", sampled, seconds, blocked).row());
        start = System.nanoTime();
        var base = baseline(sample);
        seconds = (System.nanoTime() - start) / 1e9;
        table.add(outcome("blocked Jaro-Winkler (baseline) on the sample", sampled, seconds, base).row());
    }

    /** Block on the family name's first letter and the birth year; Jaro-Winkler over the lower-cased names. */
    static Set<String> baseline(List<PersonFacts> persons) {
        var blocks = new HashMap<String, List<PersonFacts>>();
        for (PersonFacts p : persons) {
            if (p.birthDates().isEmpty()) {
                continue;
            }
            String name = p.name().toLowerCase(Locale.ROOT);
            String last = name.substring(name.lastIndexOf(' ') + 1);
            blocks.computeIfAbsent(last.charAt(0) + ":" + p.birthDates().getFirst().getYear(), k -> new ArrayList<>()).add(p);
        }
        var proposed = new HashSet<String>();
        for (var block : blocks.values()) {
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    var a = block.get(i);
                    var b = block.get(j);
                    if (!a.agency().equals(b.agency()) && JaroWinkler.similarity(a.name().toLowerCase(Locale.ROOT),
                            b.name().toLowerCase(Locale.ROOT)) >= BASELINE_THRESHOLD) {
                        proposed.add(Candidate.pairKey(a.id(), b.id()));
                    }
                }
            }
        }
        return proposed;
    }

    private static Set<String> keys(List<Candidate> candidates) {
        var keys = new HashSet<String>();
        candidates.forEach(c -> keys.add(Candidate.pairKey(c.kept().id(), c.other().id())));
        return keys;
    }

    private static Outcome outcome(String method, SeededVariants.Data data, double seconds, Set<String> proposed) {
        long hits = proposed.stream().filter(data.truePairs()::contains).count();
        double recall = data.truePairs().isEmpty() ? 1 : (double) hits / data.truePairs().size();
        double precision = proposed.isEmpty() ? 1 : (double) hits / proposed.size();
        return new Outcome(method, data.persons().size(), seconds, proposed.size(), recall, precision);
    }
}
