package org.netzbild.ingest;

import java.util.List;

/** The input has problems; nothing was written. Carries every problem found (up to a cap). */
public final class ImportRefusedException extends RuntimeException {

    private final List<ImportProblem> problems;

    public ImportRefusedException(List<ImportProblem> problems) {
        super(problems.size() + " problem(s), first: " + (problems.isEmpty() ? "-" : problems.getFirst()));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
