package org.netzbild.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.netzbild.app.I18n;
import org.netzbild.app.ReviewQueue;
import org.netzbild.app.UserFacingException;
import org.netzbild.app.Workspace;
import org.netzbild.model.Entity;
import org.netzbild.model.Handling;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The review queue (§ 75 BDSG, ADR 0022) for a DATA_PROTECTION account: {@code review list} shows the
 * records of the user's agency whose review date has passed; {@code keep}, {@code restrict} and
 * {@code erase} decide on one, each with {@code --reason}, which the audit log keeps.
 */
@Command(name = "review", mixinStandardHelpOptions = true, description = "${bundle:command.review}",
        subcommands = {ReviewCommand.ListDue.class, ReviewCommand.Keep.class, ReviewCommand.Restrict.class,
                ReviewCommand.Erase.class})
final class ReviewCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "${bundle:command.reviewList}")
    static final class ListDue extends StoreCommand {

        @Override
        int run(Workspace workspace, PrintWriter out) {
            var due = new ReviewQueue(workspace).due();
            for (Entity e : due) {
                var p = e.provenance();
                out.printf("%s  %-40s %-10s %-30s %-18s %-12s %s %s%n", p.reviewBy(), e.id(), e.type(), e.caption(),
                        p.sourceAgency(), p.handling(), p.sourceRef() == null ? "-" : p.sourceRef(),
                        p.recordedAt().toString().substring(0, 10));
            }
            out.println(I18n.text("review.listed", due.size()));
            return 0;
        }
    }

    @Command(name = "keep", mixinStandardHelpOptions = true, description = "${bundle:command.reviewKeep}")
    static final class Keep extends StoreCommand {

        @Parameters(paramLabel = "ID", descriptionKey = "review.id")
        String entityId;

        @Option(names = "--until", paramLabel = "DATE", descriptionKey = "review.until")
        String until;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", descriptionKey = "review.reason")
        String reason;

        @Override
        int run(Workspace workspace, PrintWriter out) {
            LocalDate date = date(until);
            new ReviewQueue(workspace).keep(entityId, date, reason);
            out.println(I18n.text("review.kept", entityId, date));
            return 0;
        }
    }

    @Command(name = "restrict", mixinStandardHelpOptions = true, description = "${bundle:command.reviewRestrict}")
    static final class Restrict extends StoreCommand {

        @Parameters(paramLabel = "ID", descriptionKey = "review.id")
        String entityId;

        @Option(names = "--handling", paramLabel = "HANDLING", defaultValue = "AGENCY_ONLY", descriptionKey = "review.handling")
        String handling;

        @Option(names = "--until", paramLabel = "DATE", descriptionKey = "review.until")
        String until;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", descriptionKey = "review.reason")
        String reason;

        @Override
        int run(Workspace workspace, PrintWriter out) {
            Handling chosen;
            try {
                chosen = Handling.valueOf(handling.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw UserFacingException.badArgument("review.unknownHandling", handling);
            }
            LocalDate date = date(until);
            new ReviewQueue(workspace).restrict(entityId, chosen, date, reason);
            out.println(I18n.text("review.restricted", entityId, chosen, date));
            return 0;
        }
    }

    @Command(name = "erase", mixinStandardHelpOptions = true, description = "${bundle:command.reviewErase}")
    static final class Erase extends StoreCommand {

        @Parameters(paramLabel = "ID", descriptionKey = "review.id")
        String entityId;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", descriptionKey = "review.reason")
        String reason;

        @Override
        int run(Workspace workspace, PrintWriter out) {
            var kept = new ReviewQueue(workspace).erase(entityId, reason);
            out.println(I18n.text("erase.done", entityId, kept.nodes(), kept.links()));
            return 0;
        }
    }

    /** An ISO date (2027-06-30), or a year from today when none is given. */
    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return ReviewQueue.suggestedUntil();
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw UserFacingException.badArgument("review.badDate", text);
        }
    }
}
