package org.netzbild.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The input has problems; nothing was written. Carries the problems found, sorted by file, line
 * and column ({@link ImportProblem#ORDER}), every one up to a cap, and how many there were of
 * each kind beyond it. {@link #digest(int)} is what a person reads; {@link #problems()} what the
 * problems file holds.
 */
public final class ImportRefusedException extends RuntimeException {

    /** Problems of one kind a list shows before it counts the rest in one line. */
    public static final int SHOWN_PER_KIND = 20;

    private final List<ImportProblem> problems;
    private final Map<ImportProblem.Kind, Long> perKind;
    private final long found;

    public ImportRefusedException(List<ImportProblem> problems) {
        this(problems, counted(problems), problems.size());
    }

    ImportRefusedException(List<ImportProblem> problems, Map<ImportProblem.Kind, Long> perKind, long found) {
        super(found + " problem(s), first: " + (problems.isEmpty() ? "-" : sorted(problems).getFirst()));
        this.problems = sorted(problems);
        this.perKind = Map.copyOf(perKind);
        this.found = found;
    }

    /** The problems kept, sorted by file, line and column: all of them unless there were more than the cap. */
    public List<ImportProblem> problems() {
        return problems;
    }

    /** How many problems were found, also those beyond the cap. */
    /**
     * Whether every problem concerns one row and nothing beyond it, and all are kept: then a partial
     * import could leave those rows out and import the rest (ADR 0029).
     */
    public boolean rowsOnly() {
        return found() == problems().size() && problems().stream().allMatch(RefusedRows::ofARow);
    }

    public long found() {
        return found;
    }

    /**
     * The sorted problems with at most {@code perKind} of each kind; after the last one shown of a
     * kind with more, one summary entry ({@link ImportProblem#isSummary()}) tells how many more there are.
     */
    public List<ImportProblem> digest(int perKind) {
        var shown = new HashMap<ImportProblem.Kind, Integer>();
        var digest = new ArrayList<ImportProblem>();
        for (ImportProblem problem : problems) {
            var kind = problem.kind();
            int before = shown.getOrDefault(kind, 0);
            if (before >= perKind) {
                continue;
            }
            shown.put(kind, before + 1);
            digest.add(problem);
            long all = this.perKind.getOrDefault(kind, 1L);
            if (before + 1 == perKind && all > perKind) {
                digest.add(ImportProblem.more(kind, all - perKind));
            }
        }
        return digest;
    }

    private static List<ImportProblem> sorted(List<ImportProblem> problems) {
        var sorted = new ArrayList<>(problems);
        sorted.sort(ImportProblem.ORDER);
        return List.copyOf(sorted);
    }

    private static Map<ImportProblem.Kind, Long> counted(List<ImportProblem> problems) {
        var counts = new LinkedHashMap<ImportProblem.Kind, Long>();
        problems.forEach(p -> counts.merge(p.kind(), 1L, Long::sum));
        return counts;
    }
}
