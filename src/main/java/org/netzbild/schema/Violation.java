package org.netzbild.schema;

import java.util.List;
import java.util.Locale;

/**
 * One reason a record does not fit the ontology: the field concerned and why, as a key of the
 * {@code i18n/problems} bundle with its arguments, shown in the user's language by
 * {@link #reason(Locale)}; {@link #reason()} is the English text for logs and messages.
 */
public record Violation(String recordId, String field, String key, List<Object> arguments) {

    public Violation {
        arguments = List.copyOf(arguments);
    }

    public static Violation of(String recordId, String field, String key, Object... arguments) {
        return new Violation(recordId, field, key, List.of(arguments));
    }

    public String reason() {
        return reason(Locale.ENGLISH);
    }

    public String reason(Locale locale) {
        return ProblemTexts.format(key, arguments, locale);
    }

    @Override
    public String toString() {
        return recordId + ": " + field + ": " + reason();
    }
}
