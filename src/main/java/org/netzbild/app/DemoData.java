package org.netzbild.app;

import java.util.function.BooleanSupplier;
import org.netzbild.demo.DemoGenerator;
import org.netzbild.demo.DemoSettings;
import org.netzbild.demo.DemoSummary;
import org.netzbild.store.WriteMode;

/** Fills a workspace with the deterministic, wholly fictional demo data set. */
public final class DemoData {

    public static final long DEFAULT_SEED = DemoSettings.DEFAULT_SEED;
    private static final String DEMO_NOTE = "DEMO-WORKSPACE.txt";

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

    /**
     * Fills a new workspace with the demo data set and the demo accounts ({@link DemoAccounts}),
     * before anyone signs in: refused when the workspace has accounts or persons, so that demo data
     * and demo passwords never reach a real workspace. Audited as the program's own upkeep.
     */
    public static Result fill(WorkspaceGate gate, int persons, long seed, Progress progress, BooleanSupplier cancelled) {
        if (gate.hasAccounts()) {
            throw UserFacingException.badArgument("demo.hasAccounts");
        }
        var store = gate.upkeepStore();
        if (store.statistics().entitiesByType().getOrDefault("Person", 0L) > 0) {
            throw new UserFacingException("demo.notEmpty");
        }
        DemoSummary summary = new DemoGenerator(new DemoSettings(seed, persons)).generate(
                batch -> store.write(batch, WriteMode.CREATE),
                (written, expected) -> progress.update(written, expected,
                        I18n.text("demo.progress", written, expected)),
                cancelled);
        if (!summary.cancelled()) {
            DemoAccounts.create(gate);
            markAsDemo(gate);
        }
        return new Result(sum(summary.entitiesByType()), sum(summary.linksByType()), summary.cancelled());
    }

    /** Whether the workspace was filled with the demo data and its accounts (a note in its folder says so). */
    public static boolean isDemo(WorkspaceGate gate) {
        return java.nio.file.Files.exists(gate.folder().resolve(DEMO_NOTE));
    }

    /** A note in the folder, for the sign-in dialog's hint and for whoever looks into the folder. */
    private static void markAsDemo(WorkspaceGate gate) {
        try {
            java.nio.file.Files.writeString(gate.folder().resolve(DEMO_NOTE),
                    "Demo workspace: fictional data only. Demo accounts "
                            + DemoAccounts.ALL.stream().map(DemoAccounts.DemoAccount::name).toList()
                            + ", password as documented in the user guide.\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Whether a workspace with neither accounts nor persons, so that the demo may fill it. */
    public static boolean isNew(WorkspaceGate gate) {
        return !gate.hasAccounts()
                && gate.upkeepStore().statistics().entitiesByType().getOrDefault("Person", 0L) == 0;
    }

    private static long sum(java.util.Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
