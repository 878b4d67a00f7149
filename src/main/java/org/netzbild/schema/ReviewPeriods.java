package org.netzbild.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.netzbild.model.AgencyKind;

/**
 * How long a record may be kept before it is due for review (§ 75 BDSG, PolG NRW § 22b): a period
 * per entity type and agency kind, read from {@code graph-schema/review-periods.properties} and a
 * workspace's own file of the same keys. The most specific key wins: {@code type.Person.MUNICIPAL},
 * then {@code type.Person}, then {@code agency.MUNICIPAL}, then {@code default}.
 */
public final class ReviewPeriods {

    private static final String SHIPPED = "/graph-schema/review-periods.properties";
    private static final ReviewPeriods STANDARD = new ReviewPeriods(parse(shipped(), SHIPPED));

    private final Map<String, Period> periods;

    private ReviewPeriods(Map<String, Period> periods) {
        if (!periods.containsKey("default")) {
            throw new IllegalStateException("review periods without a default");
        }
        this.periods = Map.copyOf(periods);
    }

    /** The periods the application ships. */
    public static ReviewPeriods standard() {
        return STANDARD;
    }

    /**
     * The shipped periods with a workspace's own keys over them; the shipped ones alone when the
     * file does not exist. A period that is not ISO-8601 fails with the file and key named.
     */
    public static ReviewPeriods standardWith(Path file) {
        if (!Files.isRegularFile(file)) {
            return STANDARD;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var merged = new LinkedHashMap<>(STANDARD.periods);
            merged.putAll(parse(in, file.toString()));
            return new ReviewPeriods(merged);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The period of a record of {@code entityType} from an agency of {@code kind} (either {@code null} when unknown or none). */
    public Period period(String entityType, AgencyKind kind) {
        for (String key : new String[] {
                kind == null || entityType == null ? null : "type." + entityType + "." + kind,
                entityType == null ? null : "type." + entityType,
                kind == null ? null : "agency." + kind}) {
            if (key != null && periods.containsKey(key)) {
                return periods.get(key);
            }
        }
        return periods.get("default");
    }

    /** The review date of a record recorded at {@code recordedAt}: that day (UTC) plus its period. */
    public LocalDate reviewBy(String entityType, AgencyKind kind, Instant recordedAt) {
        return LocalDate.ofInstant(recordedAt, ZoneOffset.UTC).plus(period(entityType, kind));
    }

    /** Every key and its period, for the documentation and the migration's parameters. */
    public Map<String, Period> all() {
        return periods;
    }

    private static Reader shipped() {
        InputStream in = ReviewPeriods.class.getResourceAsStream(SHIPPED);
        if (in == null) {
            throw new IllegalStateException("the schema file " + SHIPPED + " is missing from the application");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static Map<String, Period> parse(Reader in, String source) {
        var properties = new Properties();
        try (in) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        var periods = new LinkedHashMap<String, Period>();
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key).strip();
            try {
                Period period = Period.parse(value);
                if (period.isNegative() || period.isZero()) {
                    throw new DateTimeParseException("not a positive period", value, 0);
                }
                periods.put(key.strip(), period);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(source + ": " + key + "=" + value
                        + " is no review period (ISO-8601, e.g. P10Y or P18M)", e);
            }
        }
        return periods;
    }
}
