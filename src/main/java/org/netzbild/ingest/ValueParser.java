package org.netzbild.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.netzbild.schema.ProblemTexts;
import org.netzbild.schema.PropertyType;

/**
 * Turns a cell's text into a typed value the way German offices write them: dates as
 * {@code 14.03.1971} (or the spec's pattern; ISO {@code 1971-03-14} is always understood), numbers
 * as {@code 1.234,56}, yes/no as {@code ja}/{@code nein} or {@code x}, several values in one cell
 * separated by the spec's list separator. Strict: {@code 31.02.1990} or {@code 12,5,0} is an error
 * with the reason in words, never a guess.
 */
final class ValueParser {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final DateTimeFormatter dates;
    private final String datePattern;
    private final boolean decimalComma;
    private final String listSeparator;

    ValueParser(MappingSpec.Source source) {
        this.datePattern = source.dateFormat();
        this.dates = DateTimeFormatter.ofPattern(source.dateFormat().replace("yyyy", "uuuu"), Locale.GERMANY)
                .withResolverStyle(ResolverStyle.STRICT);
        this.decimalComma = source.decimalComma();
        this.listSeparator = source.listSeparator();
    }

    /** The value, or {@link ValueException} saying what is wrong. */
    Object parse(String text, PropertyType type) {
        return switch (type) {
            case STRING -> text;
            case STRING_LIST -> Arrays.stream(text.split(Pattern.quote(listSeparator))).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            case INTEGER -> integer(text);
            case DECIMAL -> decimal(text);
            case BOOLEAN -> yesNo(text);
            case DATE -> date(text);
            case DATETIME -> throw new ValueException("problem.noDateTimes");
        };
    }

    private LocalDate date(String text) {
        try {
            return ISO_DATE.matcher(text).matches() ? LocalDate.parse(text) : LocalDate.parse(text, dates);
        } catch (DateTimeParseException e) {
            if (existsOnlyInShape(text)) {
                throw new ValueException("problem.noSuchDay", text);
            }
            String reading = DatePatterns.reading(text, datePattern);
            if (reading != null) {
                throw new ValueException("problem.notADateButReads", text, new ProblemTexts.DatePattern(datePattern),
                        reading);
            }
            throw new ValueException("problem.notADate", text, new ProblemTexts.DatePattern(datePattern));
        }
    }

    /** Written in the pattern, with a month from 1 to 12 and a day up to 31, but not in the calendar (31.02.). */
    private boolean existsOnlyInShape(String text) {
        try {
            dates.withResolverStyle(ResolverStyle.SMART).parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private long integer(String text) {
        String digits = text.replace(" ", "").replace("\u00a0", "").replace(decimalComma ? "." : ",", "");
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new ValueException("problem.notAnInteger", text);
        }
    }

    private double decimal(String text) {
        String plain = text.replace(" ", "").replace("\u00a0", "").replace("%", "");
        String normal = decimalComma ? plain.replace(".", "").replace(',', '.') : plain.replace(",", "");
        if (!normal.matches("[-+]?\\d+(\\.\\d+)?")) {
            throw new ValueException(decimalComma ? "problem.notADecimalComma" : "problem.notADecimalPoint", text);
        }
        return Double.parseDouble(normal);
    }

    private static boolean yesNo(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "ja", "j", "x", "yes", "y", "true", "wahr", "1" -> true;
            case "nein", "n", "no", "false", "falsch", "0" -> false;
            default -> throw new ValueException("problem.notYesNo", text);
        };
    }
}
