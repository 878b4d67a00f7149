package org.netzbild.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.netzbild.app.Duplicates;
import org.netzbild.app.I18n;
import org.netzbild.app.Workspace;
import org.netzbild.model.MergeRecord;
import org.netzbild.model.PersonFacts;
import org.netzbild.resolve.Candidate;
import org.netzbild.resolve.CandidateFinder;
import org.netzbild.resolve.PairScore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Duplicate persons across agencies (issue 20, ADR 0031): {@code --candidates} lists the pairs that
 * may be one person with the reasons ({@code --within-agencies}: also an agency's own two spellings), {@code --accept ID} merges one, {@code --reject ID} remembers
 * that it is two, {@code --merges} lists the merges and {@code --unmerge ID} undoes one. Decisions
 * need {@code --reason}, which the audit log keeps.
 */
@Command(name = "dedupe", mixinStandardHelpOptions = true, description = "${bundle:command.dedupe}")
final class DedupeCommand extends StoreCommand {

    static final class Action {
        @Option(names = "--candidates", required = true, descriptionKey = "dedupe.candidates")
        boolean candidates;

        @Option(names = "--accept", required = true, paramLabel = "ID", descriptionKey = "dedupe.accept")
        String accept;

        @Option(names = "--reject", required = true, paramLabel = "ID", descriptionKey = "dedupe.reject")
        String reject;

        @Option(names = "--merges", required = true, descriptionKey = "dedupe.merges")
        boolean merges;

        @Option(names = "--unmerge", required = true, paramLabel = "ID", descriptionKey = "dedupe.unmerge")
        String unmerge;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Action action;

    @Option(names = "--reason", paramLabel = "TEXT", descriptionKey = "dedupe.reason")
    String reason;

    @Option(names = "--limit", defaultValue = "50", descriptionKey = "option.limit")
    int limit;

    @Option(names = "--within-agencies", descriptionKey = "dedupe.withinAgencies")
    boolean withinAgencies;

    @Override
    int run(Workspace workspace, PrintWriter out) {
        var duplicates = new Duplicates(workspace);
        if (action.candidates) {
            var candidates = duplicates.candidates(withinAgencies ? CandidateFinder.Scope.ALSO_WITHIN_AGENCIES
                    : CandidateFinder.Scope.ACROSS_AGENCIES);
            candidates.stream().limit(limit).forEach(c -> print(out, c));
            out.println(I18n.text("dedupe.listed", Math.min(limit, candidates.size()), candidates.size()));
        } else if (action.accept != null) {
            MergeRecord merge = duplicates.accept(action.accept, reason);
            out.println(I18n.text("dedupe.merged", merge.absorbedId(), merge.keptId(), merge.id()));
        } else if (action.reject != null) {
            duplicates.reject(action.reject, reason);
            out.println(I18n.text("dedupe.rejected", action.reject.strip()));
        } else if (action.merges) {
            var merges = duplicates.merges();
            merges.forEach(m -> out.printf("%s  %s <- %s  %s %s %s%n", m.id(), m.kept(), m.absorbed(), m.user(),
                    m.at() == null ? "-" : m.at().toString().substring(0, 10), m.reason()));
            out.println(I18n.text("dedupe.mergesListed", merges.size()));
        } else {
            duplicates.unmerge(action.unmerge, reason);
            out.println(I18n.text("dedupe.unmerged", action.unmerge.strip()));
        }
        return 0;
    }

    private static void print(PrintWriter out, Candidate candidate) {
        out.printf(Locale.ROOT, "%s  %.2f%n", candidate.id(), candidate.score().score());
        out.println("  " + person(candidate.kept()));
        out.println("  " + person(candidate.other()));
        for (PairScore.Field field : candidate.score().fields()) {
            out.printf(Locale.ROOT, "    %-10s %-9s %+.2f  %s%n", field.topic(), field.verdict(), field.points(), field.detail());
        }
    }

    private static String person(PersonFacts person) {
        return person.id() + "  " + person.name() + "  " + (person.birthDates().isEmpty() ? "-" : person.birthDates().getFirst())
                + "  " + String.join(", ", person.agencies());
    }
}
