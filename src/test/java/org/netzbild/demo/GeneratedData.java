package org.netzbild.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;
import org.netzbild.model.WriteBatch;

/** A generated data set held in memory, generated once per seed and size for all tests of a run. */
record GeneratedData(List<WriteBatch> batches, DemoSummary summary) {

    private static final Map<String, GeneratedData> CACHE = new ConcurrentHashMap<>();

    static GeneratedData of(long seed, int persons) {
        return CACHE.computeIfAbsent(seed + "/" + persons, key -> {
            var batches = new ArrayList<WriteBatch>();
            var summary = new DemoGenerator(new DemoSettings(seed, persons)).generate(batches::add, DemoProgress.none(), () -> false);
            return new GeneratedData(List.copyOf(batches), summary);
        });
    }

    static GeneratedData standard() {
        return of(DemoSettings.DEFAULT_SEED, 500);
    }

    Stream<Entity> entities() {
        return batches.stream().flatMap(b -> b.entities().stream());
    }

    Stream<Link> links() {
        return batches.stream().flatMap(b -> b.links().stream());
    }

    Stream<Entity> entities(String type) {
        return entities().filter(e -> e.type().equals(type));
    }
}
