package org.netzbild.security;

/**
 * Why the data is processed: the case reference (Aktenzeichen) and the reason, as the user typed
 * them, in whatever language (§ 76 BDSG asks for the purpose of every processing step). The case
 * reference also decides which need-to-know records of a case the session sees.
 */
public record Purpose(String caseReference, String reason) {

    public Purpose {
        caseReference = required(caseReference, "case reference");
        reason = required(reason, "reason");
    }

    /** Case reference and reason in one line, for the audit log and the status bar. */
    public String describe() {
        return caseReference + ": " + reason;
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a purpose needs a " + what);
        }
        // kept as typed; only the surrounding blanks a text field leaves go
        return value.strip();
    }
}
