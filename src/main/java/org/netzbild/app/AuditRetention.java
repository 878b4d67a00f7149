package org.netzbild.app;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Properties;

/**
 * How long the audit log keeps its entries: until the end of the {@code years}-th year after the
 * year an entry was made in. The default, one year, is § 76 (4) BDSG: "Die Protokolldaten sind am
 * Ende des auf deren Generierung folgenden Jahres zu löschen" — an entry of 2025 goes at the end of
 * 2026. A state law or a pending data-protection control may ask for longer; the workspace's
 * {@value #FILE} says so with {@code audit.retentionYears}.
 */
public record AuditRetention(int years) {

    /** The workspace's settings file, beside its {@code audit} folder. */
    public static final String FILE = "workspace.properties";
    public static final String KEY = "audit.retentionYears";
    /** § 76 (4) BDSG. */
    public static final int DEFAULT_YEARS = 1;

    public AuditRetention {
        if (years < 0 || years > 100) {
            throw UserFacingException.badArgument("audit.retentionInvalid", years);
        }
    }

    /** The retention the workspace in {@code folder} configures, else the default. */
    public static AuditRetention of(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new AuditRetention(DEFAULT_YEARS);
        }
        var properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String value = properties.getProperty(KEY, Integer.toString(DEFAULT_YEARS)).strip();
        try {
            return new AuditRetention(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            throw UserFacingException.badArgument("audit.retentionInvalid", value);
        }
    }

    /**
     * The first instant that is still kept on {@code today}: the start of the year {@code years}
     * before this one, in {@code zone} (entries made before it are due for deletion).
     */
    public Instant keepsFrom(LocalDate today, ZoneId zone) {
        return LocalDate.of(today.getYear() - years, 1, 1).atStartOfDay(zone).toInstant();
    }
}
