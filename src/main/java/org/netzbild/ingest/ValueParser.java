package org.netzbild.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
 * {@code 14.03.1971} (or the spec's pattern; ISO {@code 1971-03-14} is always understood), points in
 * time as {@code 14.03.1971 22:05:30} (German local time unless ISO gives an offset), numbers
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
            case DATETIME -> dateTime(text);
        };
    }

    /** Where a time without an offset was taken: the agencies of the cooperation are all in Germany. */
    static final ZoneId LOCAL = ZoneId.of("Europe/Berlin");
    private static final Pattern ISO_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2})(:(\\d{2}))?");

    /**
     * A point in time as call records and bank statements write it: the date in the spec's pattern (or
     * ISO) and a time of day {@code HH:mm} or {@code HH:mm:ss}, separated by a space (or ISO's
     * {@code T}), in German local time unless an offset says otherwise ({@code 2026-03-01T14:05:00+01:00},
     * {@code Z}). Without a time of day, or with an hour or minute that does not exist, it is refused,
     * never guessed.
     */
    private ZonedDateTime dateTime(String text) {
        String trimmed = text.strip();
        try {
            if (ISO_DATE_TIME.matcher(trimmed).matches()) {
                String iso = trimmed.replace(' ', 'T');
                var parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(iso, ZonedDateTime::from, LocalDateTime::from);
                return parsed instanceof ZonedDateTime zoned ? zoned : ((LocalDateTime) parsed).atZone(LOCAL);
            }
        } catch (DateTimeParseException e) {
            throw new ValueException("problem.notADateTime", text, new ProblemTexts.DatePattern(datePattern));
        }
        int space = trimmed.lastIndexOf(' ');
        var clock = space < 0 ? null : CLOCK.matcher(trimmed.substring(space + 1));
        if (clock == null || !clock.matches()) {
            throw new ValueException("problem.notADateTime", text, new ProblemTexts.DatePattern(datePattern));
        }
        LocalDate day;
        try {
            day = date(trimmed.substring(0, space).strip());
        } catch (ValueException e) {
            if (e.isKey("problem.noSuchDay")) {
                throw e; // a day the calendar does not have is named as such
            }
            throw new ValueException("problem.notADateTime", text, new ProblemTexts.DatePattern(datePattern));
        }
        int hour = Integer.parseInt(clock.group(1));
        int minute = Integer.parseInt(clock.group(2));
        int second = clock.group(4) == null ? 0 : Integer.parseInt(clock.group(4));
        if (hour > 23 || minute > 59 || second > 59) {
            throw new ValueException("problem.notADateTime", text, new ProblemTexts.DatePattern(datePattern));
        }
        return LocalDateTime.of(day, LocalTime.of(hour, minute, second)).atZone(LOCAL);
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
