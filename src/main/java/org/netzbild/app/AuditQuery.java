package org.netzbild.app;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.netzbild.audit.AuditFilter;
import org.netzbild.audit.Operation;
import org.netzbild.audit.Outcome;

/**
 * What a data-protection officer asks of the audit log, as a form or a command line gives it:
 * texts, calendar days ({@code to} inclusive), and the kind of processing and the outcome by name.
 * Empty texts and {@code null} let every entry through.
 */
public record AuditQuery(String user, String caseReference, String purposeText, LocalDate from, LocalDate to,
                         String operation, String outcome, String recordId) {

    /** The kinds of processing an entry may record, by name, for choices in a form. */
    public static final List<String> OPERATIONS = Arrays.stream(Operation.values()).map(Enum::name).toList();
    /** The outcomes an entry may record, by name. */
    public static final List<String> OUTCOMES = Arrays.stream(Outcome.values()).map(Enum::name).toList();

    /** Every entry. */
    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null, null, null, null);
    }

    /** The filter of the log for this query, days as dates of the calendar in {@code zone}. */
    AuditFilter filter(ZoneId zone) {
        if (from != null && to != null && to.isBefore(from)) {
            throw UserFacingException.badArgument("audit.badRange", from, to);
        }
        return new AuditFilter(user, caseReference, purposeText,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(),
                named(Operation.class, operation, "audit.unknownOperation", OPERATIONS),
                named(Outcome.class, outcome, "audit.unknownOutcome", OUTCOMES), recordId);
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name, String problem, List<String> choices) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw UserFacingException.badArgument(problem, name, String.join(", ", choices));
        }
    }
}
