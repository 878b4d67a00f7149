package org.netzbild.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.netzbild.app.DemoData;
import org.netzbild.app.Progress;
import org.netzbild.app.Workspace;
import org.netzbild.app.WorkspaceSettings;
import org.netzbild.audit.AuditEvent;
import org.netzbild.audit.AuditedIds;
import org.netzbild.audit.FileAuditLog;
import org.netzbild.audit.Operation;
import org.netzbild.audit.Outcome;
import org.netzbild.model.ExpandRequest;
import org.netzbild.model.PathRequest;
import org.netzbild.security.AnalystSession;
import org.netzbild.security.Purpose;
import org.netzbild.security.Visibility;
import org.netzbild.store.GraphStore;
import org.netzbild.store.PortAndReference;
import org.netzbild.store.RawCypherReference;
import org.netzbild.store.StoreLocation;

/**
 * The {@code bench} command's work: generation time, store open time, and expand and path latency
 * through the port against the same questions in plain Cypher ({@link RawCypherReference}),
 * measured in one run on the same database and printed as a Markdown section for
 * {@code docs/benchmarks.md}. Each reference returns the port's answer; the unreported pass checks
 * that for every sample and prints how many agreed. Port and reference alternate which goes first
 * from one sample to the next, on the same input, so that caches and the JIT favour neither.
 */
public final class StoreBenchmark {

    private static final int LIMIT = 500;
    private static final int MAX_HOPS = 6;
    private static final int MAX_PATHS = 10;

    /** What to measure. */
    public record Settings(WorkspaceSettings workspace, int persons, long seed, int repeat) {
    }

    private final Settings settings;
    private final PrintWriter out;

    public StoreBenchmark(Settings settings, PrintWriter out) {
        this.settings = settings;
        this.out = out;
    }

    public void run() {
        long start = System.nanoTime();
        Workspace workspace = Workspace.open(settings.workspace());
        double firstOpen = seconds(start);
        double generation = -1;
        double reopen = -1;
        long entities;
        long links;
        try {
            if (DemoData.isEmpty(workspace)) {
                long generating = System.nanoTime();
                DemoData.generate(workspace, settings.persons(), settings.seed(), Progress.NONE, () -> false);
                generation = seconds(generating);
            }
            var statistics = workspace.store().statistics();
            entities = statistics.entityCount();
            links = statistics.linkCount();
        } finally {
            workspace.close();
        }
        if (settings.workspace().location() instanceof StoreLocation.Embedded) {
            long reopening = System.nanoTime();
            Workspace.open(settings.workspace()).close();
            reopen = seconds(reopening);
        }
        // the latency part needs the reference beside the port: one database, opened here
        try (var audit = FileAuditLog.open(settings.workspace().auditFile());
             var both = PortAndReference.open(settings.workspace().location(), settings.workspace().session(), audit)) {
            report(both, entities, links, firstOpen, generation, reopen);
        }
    }

    private void report(PortAndReference both, long entities, long links, double firstOpen, double generation,
                        double reopen) {
        GraphStore store = both.port();
        RawCypherReference raw = both.reference();
        BenchmarkSample sample = BenchmarkSample.of(store, settings.seed());
        int repeat = settings.repeat();
        // The unreported pass warms up (measured first, a query also pays for compiling the code
        // paths the others share) and checks that port and reference give the same answers.
        List<String> agreement = new ArrayList<>(sameAnswers(store, raw, sample));
        // and for an analyst restricted to what their agency and case may see (issue 15)
        String agency = store.entity(sample.ids().getFirst()).orElseThrow().provenance().sourceAgency();
        var restricted = new AnalystSession("bench.restricted", agency, new Purpose("AZ Benchmark", "Test"),
                Visibility.of("bench.restricted", agency, "AZ Benchmark"));
        GraphStore restrictedStore = both.port(restricted, both.audit());
        RawCypherReference restrictedRaw = both.reference(restricted);
        BenchmarkSample restrictedSample = BenchmarkSample.of(restrictedStore, settings.seed());
        sameAnswers(restrictedStore, restrictedRaw, restrictedSample).forEach(a -> agreement.add("restricted " + a));
        List<String> rows = latencyRows(store, raw, sample, repeat, "");
        rows.addAll(latencyRows(restrictedStore, restrictedRaw, restrictedSample, repeat, ", restricted session"));
        String auditRow = auditCost(repeat);

        line("### %s, %,d persons (seed %d), %s", LocalDate.now(), settings.persons(), settings.seed(),
                settings.workspace().isEmbedded() ? "embedded" : "Bolt server");
        line("");
        line("Store: %,d entities, %,d links. JVM %s, %d cores, max heap %d MiB.", entities, links, Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        line("");
        line("| step | figure |");
        line("|---|---|");
        line("| open workspace (first, cold JVM, incl. migrations) | %.1f s |", firstOpen);
        line("| generate demo data | %s |", generation < 0 ? "(store held data)" : String.format(Locale.ROOT, "%.1f s", generation));
        line("| reopen workspace (warm JVM) | %s |", reopen < 0 ? "n/a (server)" : String.format(Locale.ROOT, "%.1f s", reopen));
        line("");
        line("Same answers (ids as sets, truncation and unshown count; a cut answer as a cut of the same "
                + "neighbourhood): %s.", String.join("; ", agreement));
        line("");
        line("Latency over %d calls each after %d warm-up calls and one unreported pass over all queries; "
                + "port and reference alternate which goes first; %d start entities and %d pairs.", repeat, repeat / 5,
                sample.ids().size(), sample.pairs().size());
        line("");
        line("| query | port p50 | port p95 | raw Cypher p50 | raw Cypher p95 | p95 ratio |");
        line("|---|---|---|---|---|---|");
        rows.forEach(out::println);
        line("");
        line("Of that, what one audit entry costs (the port writes one per read, forced to disk before the result is");
        line("released; measured on a separate log file in the same run):");
        line("");
        line("| audit entry | p50 | p95 |");
        line("|---|---|---|");
        line("%s", auditRow);
        out.flush();
    }

    /** For every sample: does the reference return the port's answer? One phrase per query. */
    private static List<String> sameAnswers(GraphStore store, RawCypherReference raw, BenchmarkSample sample) {
        var phrases = new ArrayList<String>();
        for (int hops = 1; hops <= 2; hops++) {
            int h = hops;
            long same = sample.ids().stream().filter(id -> {
                var request = new ExpandRequest(id, Set.of(), h, LIMIT);
                return PortAnswers.same(store, request, PortAnswers.ids(store.expand(request)), raw.expand(id, h, LIMIT));
            }).count();
            phrases.add(String.format(Locale.ROOT, "expand %d hop(s) %d of %d", h, same, sample.ids().size()));
        }
        long same = sample.pairs().stream().filter(pair -> PortAnswers.same(
                PortAnswers.ids(store.shortestPaths(new PathRequest(pair[0], pair[1], MAX_HOPS, Set.of(), MAX_PATHS)).paths()),
                raw.paths(pair[0], pair[1], MAX_PATHS), MAX_PATHS)).count();
        phrases.add(String.format(Locale.ROOT, "paths %d of %d", same, sample.pairs().size()));
        return phrases;
    }

    /** Appends entries shaped like an expand's (500 ids) to a scratch log, as the port does per read. */
    private static String auditCost(int repeat) {
        try {
            var folder = Files.createTempDirectory("netzbild-bench-audit");
            var ids = IntStream.range(0, LIMIT).mapToObj(i -> "p-" + (1_000_000 + i)).toList();
            var times = new long[repeat];
            try (var log = FileAuditLog.open(folder.resolve("audit.log"))) {
                for (int i = 0; i < repeat; i++) {
                    var event = new AuditEvent(Instant.now(), "bench", "benchmark", Operation.QUERY, "expand",
                            "id=p-1 hops=1 linkTypes=[] limit=500", AuditedIds.of(ids), Outcome.DONE);
                    long t = System.nanoTime();
                    log.append(event);
                    times[i] = System.nanoTime() - t;
                }
            }
            return String.format(Locale.ROOT, "| 500 ids, JSON, SHA-256 chain, fsync | %.2f ms | %.2f ms |",
                    percentile(times, 50), percentile(times, 95));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> latencyRows(GraphStore store, RawCypherReference raw, BenchmarkSample sample, int repeat,
                                     String who) {
        var rows = new ArrayList<String>();
        var ids = sample.ids();
        var pairs = sample.pairs();
        for (int hops = 1; hops <= 2; hops++) {
            int h = hops;
            var times = new AlternatingTimes(repeat);
            times.measure(i -> ids.get(i % ids.size()),
                    id -> store.expand(new ExpandRequest(id, Set.of(), h, LIMIT)),
                    id -> raw.expand(id, h, LIMIT));
            rows.add(times.row("expand " + hops + (hops == 1 ? " hop" : " hops") + ", limit " + LIMIT + who));
        }
        var times = new AlternatingTimes(repeat);
        times.measure(i -> pairs.get(i % pairs.size()),
                pair -> store.shortestPaths(new PathRequest(pair[0], pair[1], MAX_HOPS, Set.of(), MAX_PATHS)),
                pair -> raw.paths(pair[0], pair[1], MAX_PATHS));
        rows.add(times.row("all shortest paths, max " + MAX_HOPS + " hops" + who));
        return rows;
    }

    /** Port and reference timed on the same inputs; which of the two runs first alternates per sample. */
    static final class AlternatingTimes {

        private final long[] port;
        private final long[] reference;

        AlternatingTimes(int repeat) {
            port = new long[repeat];
            reference = new long[repeat];
        }

        <T> void measure(IntFunction<T> input, java.util.function.Function<T, ?> portCall,
                         java.util.function.Function<T, ?> referenceCall) {
            int warmUp = port.length / 5;
            for (int i = 0; i < warmUp + port.length; i++) {
                T value = input.apply(i);
                boolean portFirst = i % 2 == 0;
                long first = time(portFirst ? portCall : referenceCall, value);
                long second = time(portFirst ? referenceCall : portCall, value);
                if (i >= warmUp) {
                    port[i - warmUp] = portFirst ? first : second;
                    reference[i - warmUp] = portFirst ? second : first;
                }
            }
        }

        private static <T> long time(java.util.function.Function<T, ?> call, T value) {
            long t = System.nanoTime();
            if (call.apply(value) == null) {
                throw new IllegalStateException("no answer for " + value);
            }
            return System.nanoTime() - t;
        }

        String row(String name) {
            double p95 = percentile(port, 95);
            double r95 = percentile(reference, 95);
            return String.format(Locale.ROOT, "| %s | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f× |", name,
                    percentile(port, 50), p95, percentile(reference, 50), r95, p95 / r95);
        }
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private void line(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
