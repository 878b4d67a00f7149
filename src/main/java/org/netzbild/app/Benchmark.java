package org.netzbild.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.IntSupplier;
import org.netzbild.demo.PlantedNetworks;
import org.netzbild.model.ExpandRequest;
import org.netzbild.model.PathRequest;
import org.netzbild.model.SearchRequest;
import org.netzbild.store.RawCypherReference;

/**
 * The {@code bench} use case: generation time, store open time, and expand and path latency
 * through the port against the same questions in raw Cypher, measured in one run on the same
 * database and printed as a Markdown table for {@code docs/benchmarks.md}. Port and raw calls
 * alternate so that caches and the JIT favour neither.
 */
public final class Benchmark {

    /** What to measure. */
    public record Settings(WorkspaceSettings workspace, int persons, long seed, int repeat) {
    }

    private final Settings settings;
    private final PrintWriter out;

    public Benchmark(Settings settings, PrintWriter out) {
        this.settings = settings;
        this.out = out;
    }

    public void run() {
        long start = System.nanoTime();
        Workspace workspace = Workspace.open(settings.workspace());
        double firstOpen = seconds(start);
        double generation = -1;
        if (DemoData.isEmpty(workspace)) {
            long generating = System.nanoTime();
            DemoData.generate(workspace, settings.persons(), settings.seed(), Progress.NONE, () -> false);
            generation = seconds(generating);
        }
        var statistics = workspace.store().statistics();
        double reopen = -1;
        if (settings.workspace().location() instanceof org.netzbild.store.StoreLocation.Embedded) {
            workspace.close();
            long reopening = System.nanoTime();
            workspace = Workspace.open(settings.workspace());
            reopen = seconds(reopening);
        }
        try {
            report(workspace, statistics.entityCount(), statistics.linkCount(), firstOpen, generation, reopen);
        } finally {
            workspace.close();
        }
    }

    private void report(Workspace workspace, long entities, long links, double firstOpen, double generation,
                        double reopen) {
        List<String> ids = sampleIds(workspace);
        List<String[]> pairs = samplePairs(ids);
        RawCypherReference raw = workspace.rawReference();
        var store = workspace.store();
        int repeat = settings.repeat();
        // The first pass only warms up: measured first, a query also pays for compiling the code
        // paths the others share (the first row came out twice as slow as the same call measured
        // later). Only the second pass is reported.
        List<String> rows = List.of();
        for (int pass = 0; pass < 2; pass++) {
            rows = latencyRows(store, raw, ids, pairs, repeat);
        }
        String auditRow = auditCost(repeat);

        out.printf(Locale.ROOT, "### %s, %,d persons (seed %d), %s%n%n", java.time.LocalDate.now(), settings.persons(),
                settings.seed(), settings.workspace().isEmbedded() ? "embedded" : "Bolt server");
        out.printf(Locale.ROOT, "Store: %,d entities, %,d links. JVM %s, %d cores, max heap %d MiB.%n%n", entities, links,
                Runtime.version(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        out.println("| step | figure |");
        out.println("|---|---|");
        out.printf(Locale.ROOT, "| open workspace (first, cold JVM, incl. migrations) | %.1f s |%n", firstOpen);
        out.printf(Locale.ROOT, "| generate demo data | %s |%n", generation < 0 ? "(store held data)" : String.format(Locale.ROOT, "%.1f s", generation));
        out.printf(Locale.ROOT, "| reopen workspace (warm JVM) | %s |%n", reopen < 0 ? "n/a (server)" : String.format(Locale.ROOT, "%.1f s", reopen));
        out.println();
        out.printf(Locale.ROOT, "Latency over %d calls each after %d warm-up calls and one unreported pass over all queries; sample of %d start entities and %d pairs.%n%n",
                repeat, repeat / 5, ids.size(), pairs.size());
        out.println("| query | port p50 | port p95 | raw Cypher p50 | raw Cypher p95 | p95 ratio |");
        out.println("|---|---|---|---|---|---|");
        rows.forEach(out::println);
        out.println();
        out.println("Of that, what one audit entry costs (the port writes one per read, forced to disk before the result is");
        out.println("released; measured on a separate log file in the same run):");
        out.println();
        out.println("| audit entry | p50 | p95 |");
        out.println("|---|---|---|");
        out.println(auditRow);
        out.flush();
    }

    /** Appends entries shaped like an expand's (500 ids) to a scratch log, as the port does per read. */
    private static String auditCost(int repeat) {
        try {
            var folder = java.nio.file.Files.createTempDirectory("netzbild-bench-audit");
            var ids = java.util.stream.IntStream.range(0, 500).mapToObj(i -> "p-" + (1_000_000 + i)).toList();
            var times = new long[repeat];
            try (var log = org.netzbild.audit.FileAuditLog.open(folder.resolve("audit.log"))) {
                for (int i = 0; i < repeat; i++) {
                    var event = new org.netzbild.audit.AuditEvent(java.time.Instant.now(), "bench", "benchmark",
                            org.netzbild.audit.Operation.QUERY, "expand", "id=p-1 hops=1 linkTypes=[] limit=500",
                            org.netzbild.audit.AuditedIds.of(ids), org.netzbild.audit.Outcome.DONE);
                    long t = System.nanoTime();
                    log.append(event);
                    times[i] = System.nanoTime() - t;
                }
            }
            return String.format(Locale.ROOT, "| 500 ids, JSON, SHA-256 chain, fsync | %.2f ms | %.2f ms |",
                    percentile(times, 50), percentile(times, 95));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private interface Call<T> {
        IntSupplier of(T input);
    }

    private List<String> latencyRows(org.netzbild.store.GraphStore store, RawCypherReference raw, List<String> ids,
                                     List<String[]> pairs, int repeat) {
        var rows = new ArrayList<String>();
        for (int hops = 1; hops <= 2; hops++) {
            int h = hops;
            var port = new long[repeat];
            var reference = new long[repeat];
            measure(repeat, i -> ids.get(i % ids.size()),
                    id -> () -> store.expand(new ExpandRequest(id, Set.of(), h, 500)).entities().size(),
                    id -> () -> raw.expand(id, h, 500), port, reference);
            rows.add(row("expand " + hops + " hop(s), limit 500", port, reference));
        }
        // the same question as the port's one-hop expand (neighbours and the links among them)
        var portSame = new long[repeat];
        var referenceSame = new long[repeat];
        measure(repeat, i -> ids.get(i % ids.size()),
                id -> () -> store.expand(new ExpandRequest(id, Set.of(), 1, 500)).entities().size(),
                id -> () -> raw.expandWithLinksAmong(id, 500), portSame, referenceSame);
        rows.add(row("expand 1 hop, limit 500, reference also reads the links among the neighbours", portSame,
                referenceSame));
        var port = new long[repeat];
        var reference = new long[repeat];
        measure(repeat, i -> pairs.get(i % pairs.size()),
                pair -> () -> store.shortestPaths(new PathRequest(pair[0], pair[1], 6, Set.of(), 10)).size(),
                pair -> () -> raw.paths(pair[0], pair[1]), port, reference);
        rows.add(row("all shortest paths, max 6 hops", port, reference));
        return rows;
    }

    private static <T> void measure(int repeat, java.util.function.IntFunction<T> input, Call<T> port, Call<T> raw,
                                    long[] portTimes, long[] rawTimes) {
        for (int i = 0; i < repeat / 5; i++) {
            port.of(input.apply(i)).getAsInt();
            raw.of(input.apply(i)).getAsInt();
        }
        for (int i = 0; i < repeat; i++) {
            T value = input.apply(i);
            long t = System.nanoTime();
            port.of(value).getAsInt();
            portTimes[i] = System.nanoTime() - t;
            t = System.nanoTime();
            raw.of(value).getAsInt();
            rawTimes[i] = System.nanoTime() - t;
        }
    }

    private static String row(String name, long[] port, long[] raw) {
        double p95 = percentile(port, 95);
        double r95 = percentile(raw, 95);
        return String.format(Locale.ROOT, "| %s | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f× |", name,
                percentile(port, 50), p95, percentile(raw, 50), r95, p95 / r95);
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** Planted network members and persons found under common names: hubs and ordinary people alike. */
    private List<String> sampleIds(Workspace workspace) {
        var ids = new LinkedHashSet<String>();
        PlantedNetworks.load().forEach(n -> ids.addAll(n.members()));
        for (String name : List.of("Müller", "Yilmaz", "Kowalski", "Mohammed", "Schmidt", "Nowak", "Ivanov", "Rossi",
                "Hoxha", "Nguyen", "Becker", "Demir")) {
            workspace.store().search(new SearchRequest(name, Set.of("Person"), 10))
                    .forEach(hit -> ids.add(hit.entity().id()));
        }
        return new ArrayList<>(ids);
    }

    private List<String[]> samplePairs(List<String> ids) {
        var random = new Random(settings.seed());
        var pairs = new ArrayList<String[]>();
        PlantedNetworks.load().forEach(n -> pairs.add(new String[] {n.start(), n.far()}));
        while (pairs.size() < 40 && ids.size() > 1) {
            pairs.add(new String[] {ids.get(random.nextInt(ids.size())), ids.get(random.nextInt(ids.size()))});
        }
        return pairs;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
