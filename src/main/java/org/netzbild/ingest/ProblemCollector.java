package org.netzbild.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Gathers an import's problems: keeps the first {@link #KEPT} (each a line of the problems file
 * the user can ask for) and counts every one by kind, also beyond that, so that a list can still
 * say "… and 97,300 more of the same kind" truthfully. The count of a kind never needs the problems
 * themselves: a file whose every date is wrong costs a counter, not a million records in memory.
 */
final class ProblemCollector implements Consumer<ImportProblem> {

    /** Problems kept in full; some 30 MB at most, and more than anyone reads before fixing the spec. */
    static final int KEPT = 100_000;

    private final List<ImportProblem> kept = new ArrayList<>();
    private final Map<ImportProblem.Kind, Long> perKind = new LinkedHashMap<>();
    private long found;
    private final java.util.function.Predicate<ImportProblem> ignored;

    ProblemCollector() {
        this(p -> false);
    }

    /** A collector that passes over the problems {@code ignored} names (of rows already left out). */
    ProblemCollector(java.util.function.Predicate<ImportProblem> ignored) {
        this.ignored = ignored;
    }

    @Override
    public void accept(ImportProblem problem) {
        if (ignored.test(problem)) {
            return;
        }
        found++;
        perKind.merge(problem.kind(), 1L, Long::sum);
        if (kept.size() < KEPT) {
            kept.add(problem);
        }
    }

    boolean isEmpty() {
        return found == 0;
    }

    /** Every problem reported so far, kept or only counted. */
    long found() {
        return found;
    }

    /** The problems kept, sorted by file, line and column. */
    List<ImportProblem> sorted() {
        var sorted = new ArrayList<>(kept);
        sorted.sort(ImportProblem.ORDER);
        return List.copyOf(sorted);
    }

    ImportRefusedException refused() {
        return new ImportRefusedException(kept, perKind, found);
    }
}
