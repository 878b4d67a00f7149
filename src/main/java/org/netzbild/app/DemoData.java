package org.netzbild.app;

import java.util.function.BooleanSupplier;
import org.netzbild.demo.DemoGenerator;
import org.netzbild.demo.DemoSettings;
import org.netzbild.demo.DemoSummary;
import org.netzbild.store.WriteMode;

/** Fills a workspace with the deterministic, wholly fictional demo data set. */
public final class DemoData {

    public static final long DEFAULT_SEED = DemoSettings.DEFAULT_SEED;

    /** What was written: counts of entities and links, and whether the user cancelled midway. */
    public record Result(long entities, long links, boolean cancelled) {
    }

    private DemoData() {
    }

    /** Whether the workspace holds no persons yet (reference data alone counts as empty). */
    public static boolean isEmpty(Workspace workspace) {
        return workspace.store().statistics().entitiesByType().getOrDefault("Person", 0L) == 0;
    }

    /**
     * Generates {@code persons} persons and everything around them, batch by batch (each batch is
     * atomic). Refuses a store that holds persons, so demo data never mixes with real records.
     */
    public static Result generate(Workspace workspace, int persons, long seed, Progress progress,
                                  BooleanSupplier cancelled) {
        if (!isEmpty(workspace)) {
            throw new UserFacingException("demo.notEmpty");
        }
        DemoSummary summary = new DemoGenerator(new DemoSettings(seed, persons)).generate(
                batch -> workspace.store().write(batch, WriteMode.CREATE),
                (written, expected) -> progress.update(written, expected,
                        I18n.text("demo.progress", written, expected)),
                cancelled);
        return new Result(sum(summary.entitiesByType()), sum(summary.linksByType()), summary.cancelled());
    }

    private static long sum(java.util.Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
