package org.netzbild.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.netzbild.security.Purpose;

/**
 * What a user chose for themselves, across workspaces: the language of the interface and the
 * purposes they stated last (case reference and reason, as typed), to choose from again.
 * Kept in {@code ~/.netzbild/preferences.properties} (another file with the system property
 * {@code netzbild.preferences}); a missing or unreadable file means "not chosen".
 */
public final class UserPreferences {

    private static final String LANGUAGE = "language";
    private static final String WORKSPACE = "workspace";
    private static final String PURPOSE = "purpose.";
    public static final int RECENT_PURPOSES = 8;

    private UserPreferences() {
    }

    /** Where the preferences are kept (named in the preferences dialog and docs/operations.md). */
    public static Path file() {
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
        write(properties);
    }

    /** The workspace folder chosen at the first run, opened when no {@code --store} names another. */
    public static Optional<Path> workspace() {
        String folder = read().getProperty(WORKSPACE);
        return folder == null || folder.isBlank() ? Optional.empty() : Optional.of(Path.of(folder));
    }

    /** Keeps the workspace folder for the next start; {@link UserFacingException} if the file cannot be written. */
    public static void saveWorkspace(Path folder) {
        var properties = read();
        properties.setProperty(WORKSPACE, folder.toAbsolutePath().normalize().toString());
        write(properties);
    }

    /**
     * The team server the connection dialog offers first (Extras → Einstellungen): address, user,
     * database and trusted certificate, each may be empty; never a password.
     */
    public record TeamServerDefaults(String uri, String user, String database, String trustCertificate) {

        public static final TeamServerDefaults NONE = new TeamServerDefaults("", "", "", "");

        public boolean isSet() {
            return !uri.isBlank();
        }
    }

    private static final String SERVER = "server.";

    /** The team server kept in the preferences, or {@link TeamServerDefaults#NONE}. */
    public static TeamServerDefaults teamServer() {
        var properties = read();
        return new TeamServerDefaults(properties.getProperty(SERVER + "uri", ""), properties.getProperty(SERVER + "user", ""),
                properties.getProperty(SERVER + "database", ""), properties.getProperty(SERVER + "trustCertificate", ""));
    }

    /**
     * Keeps the preferences dialog's choices in one write: the language (from the next start), the
     * default workspace (null: the suggested one) and the team server (an empty address removes it).
     */
    public static void save(Locale language, Path workspace, TeamServerDefaults server) {
        var properties = read();
        properties.setProperty(LANGUAGE, language.getLanguage());
        if (workspace == null) {
            properties.remove(WORKSPACE);
        } else {
            properties.setProperty(WORKSPACE, workspace.toAbsolutePath().normalize().toString());
        }
        for (String key : List.of("uri", "user", "database", "trustCertificate")) {
            properties.remove(SERVER + key);
        }
        if (server.isSet()) {
            properties.setProperty(SERVER + "uri", server.uri().strip());
            properties.setProperty(SERVER + "user", server.user().strip());
            properties.setProperty(SERVER + "database", server.database().strip());
            properties.setProperty(SERVER + "trustCertificate", server.trustCertificate().strip());
        }
        write(properties);
    }

    /** The purposes stated last, newest first, at most {@value #RECENT_PURPOSES}. */
    public static List<Purpose> recentPurposes() {
        var properties = read();
        var purposes = new ArrayList<Purpose>();
        for (int i = 1; i <= RECENT_PURPOSES; i++) {
            String caseReference = properties.getProperty(PURPOSE + i + ".case");
            String reason = properties.getProperty(PURPOSE + i + ".reason");
            if (caseReference != null && reason != null && !caseReference.isBlank() && !reason.isBlank()) {
                purposes.add(new Purpose(caseReference, reason));
            }
        }
        return purposes;
    }

    /**
     * How the explorer's window was divided when it was last used: where the search pane ends and
     * where the side pane begins (shares of the width), and whether each is shown.
     */
    public record PaneLayout(double searchEnds, double sideBegins, boolean searchShown, boolean sideShown) {

        /** The chart gets most of the window. */
        public static final PaneLayout DEFAULT = new PaneLayout(0.18, 0.70, true, true);

        public PaneLayout {
            // a file edited by hand cannot squeeze the chart away
            searchEnds = Double.isFinite(searchEnds) ? Math.clamp(searchEnds, 0.05, 0.45) : DEFAULT.searchEnds;
            sideBegins = Double.isFinite(sideBegins) ? Math.clamp(sideBegins, 0.55, 0.95) : DEFAULT.sideBegins;
        }
    }

    private static final String PANES = "panes.";

    /** The explorer's pane layout as last left; {@link PaneLayout#DEFAULT} when none was kept. */
    public static PaneLayout paneLayout() {
        var p = read();
        try {
            return new PaneLayout(Double.parseDouble(p.getProperty(PANES + "searchEnds", "0.18")),
                    Double.parseDouble(p.getProperty(PANES + "sideBegins", "0.70")),
                    !"false".equals(p.getProperty(PANES + "searchShown")), !"false".equals(p.getProperty(PANES + "sideShown")));
        } catch (NumberFormatException e) {
            return PaneLayout.DEFAULT;
        }
    }

    /** Keeps the pane layout for the next start; {@link UserFacingException} if the file cannot be written. */
    public static void savePaneLayout(PaneLayout layout) {
        var properties = read();
        properties.setProperty(PANES + "searchEnds", Double.toString(layout.searchEnds()));
        properties.setProperty(PANES + "sideBegins", Double.toString(layout.sideBegins()));
        properties.setProperty(PANES + "searchShown", Boolean.toString(layout.searchShown()));
        properties.setProperty(PANES + "sideShown", Boolean.toString(layout.sideShown()));
        write(properties);
    }

    /** Puts a stated purpose first in the recent ones (once), for the next purpose dialog. */
    public static void rememberPurpose(Purpose purpose) {
        var recent = new ArrayList<Purpose>();
        recent.add(purpose);
        recentPurposes().stream().filter(p -> !p.equals(purpose)).limit(RECENT_PURPOSES - 1).forEach(recent::add);
        var properties = read();
        for (int i = 1; i <= RECENT_PURPOSES; i++) {
            properties.remove(PURPOSE + i + ".case");
            properties.remove(PURPOSE + i + ".reason");
        }
        for (int i = 0; i < recent.size(); i++) {
            properties.setProperty(PURPOSE + (i + 1) + ".case", recent.get(i).caseReference());
            properties.setProperty(PURPOSE + (i + 1) + ".reason", recent.get(i).reason());
        }
        write(properties);
    }

    private static void write(Properties properties) {
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
