package org.netzbild.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Locale;

/**
 * Which audit entries a data-protection officer wants to see: by user, by case reference, by a
 * text in the purpose, by time range, by operation and outcome, and by a record id ("who has seen
 * this person?"). Every part left empty ({@code null} or blank) lets every entry through; the parts
 * given must all hold. User and case are compared exactly (ignoring case), the purpose text as a
 * part of the stated reason.
 *
 * @param from inclusive, {@code null} for no lower bound
 * @param to   exclusive, {@code null} for no upper bound
 */
public record AuditFilter(String user, String caseReference, String purposeText, Instant from, Instant to,
                          Operation operation, Outcome outcome, String recordId) {

    public AuditFilter {
        user = blankToNull(user);
        caseReference = blankToNull(caseReference);
        purposeText = blankToNull(purposeText);
        recordId = blankToNull(recordId);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("the time range ends (" + to + ") before it begins (" + from + ")");
        }
    }

    /** Lets every entry through. */
    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null, null, null, null, null);
    }

    public boolean matches(AuditEntry entry) {
        return (user == null || user.equalsIgnoreCase(entry.user()))
                && (caseReference == null || caseReference.equalsIgnoreCase(entry.caseReference()))
                && (purposeText == null || entry.purpose().toLowerCase(Locale.ROOT).contains(purposeText.toLowerCase(Locale.ROOT)))
                && (from == null || !entry.time().isBefore(from))
                && (to == null || entry.time().isBefore(to))
                && (operation == null || operation == entry.operation())
                && (outcome == null || outcome == entry.outcome())
                && (recordId == null || entry.names(recordId));
    }

    /**
     * The filter in one line, as the criteria of the audit entry that records the reading of the log
     * ({@code user=k.meier record=pn1-p01}); {@code "all entries"} for an empty filter.
     */
    public String describe() {
        var parts = new ArrayList<String>();
        add(parts, "user", user);
        add(parts, "case", caseReference);
        add(parts, "purpose", purposeText);
        add(parts, "from", from);
        add(parts, "to", to);
        add(parts, "operation", operation);
        add(parts, "outcome", outcome);
        add(parts, "record", recordId);
        return parts.isEmpty() ? "all entries" : String.join(" ", parts);
    }

    private static void add(ArrayList<String> parts, String name, Object value) {
        if (value != null) {
            parts.add(name + "=" + value);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
