package org.netzbild.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * What a user chose for themselves, across workspaces: for now the language of the interface.
 * Kept in {@code ~/.netzbild/preferences.properties} (another file with the system property
 * {@code netzbild.preferences}); a missing or unreadable file means "not chosen".
 */
public final class UserPreferences {

    private static final String LANGUAGE = "language";

    private UserPreferences() {
    }

    static Path file() {
        String configured = System.getProperty("netzbild.preferences");
        return configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".netzbild", "preferences.properties");
    }

    /** The language the user chose in the menu, if any. */
    public static Optional<Locale> language() {
        var properties = read();
        String language = properties.getProperty(LANGUAGE);
        if (language == null) {
            return Optional.empty();
        }
        return Optional.of(language.startsWith("en") ? I18n.ENGLISH : I18n.GERMAN);
    }

    /** Keeps the language for the next start; {@link UserFacingException} if the file cannot be written. */
    public static void saveLanguage(Locale locale) {
        var properties = read();
        properties.setProperty(LANGUAGE, locale.getLanguage());
        Path file = file();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path written = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
                properties.store(out, "Netzbild");
            }
            Files.move(written, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserFacingException("error.preferences", file, String.valueOf(e.getMessage()));
        }
    }

    private static Properties read() {
        var properties = new Properties();
        Path file = file();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException | IllegalArgumentException e) {
                return new Properties();
            }
        }
        return properties;
    }
}
