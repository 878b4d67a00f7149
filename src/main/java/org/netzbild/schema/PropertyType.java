package org.netzbild.schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/** The value types a property of the ontology may have. */
public enum PropertyType {
    STRING, STRING_LIST, INTEGER, DECIMAL, BOOLEAN, DATE, DATETIME;

    static PropertyType parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "string" -> STRING;
            case "string[]" -> STRING_LIST;
            case "integer" -> INTEGER;
            case "decimal" -> DECIMAL;
            case "boolean" -> BOOLEAN;
            case "date" -> DATE;
            case "datetime" -> DATETIME;
            default -> throw new IllegalArgumentException("unknown property type '" + text + "'");
        };
    }

    /** Whether {@code value} is a Java value of this type as the model carries it. */
    public boolean accepts(Object value) {
        return switch (this) {
            case STRING -> value instanceof String;
            case STRING_LIST -> value instanceof List<?> list && list.stream().allMatch(String.class::isInstance);
            case INTEGER -> value instanceof Long || value instanceof Integer;
            case DECIMAL -> value instanceof Double || value instanceof Long || value instanceof Integer;
            case BOOLEAN -> value instanceof Boolean;
            case DATE -> value instanceof LocalDate;
            case DATETIME -> value instanceof Instant || value instanceof ZonedDateTime || value instanceof OffsetDateTime;
        };
    }
}
