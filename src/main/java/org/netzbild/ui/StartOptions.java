package org.netzbild.ui;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.netzbild.app.I18n;
import org.netzbild.app.WorkspaceSettings;
import org.netzbild.chart.ChartFiles;

/**
 * The desktop's start arguments: {@code --store DIR} (workspace folder; with a server, the folder of
 * this client's audit log), {@code --demo-persons N} (size of the demo data generated into an empty
 * workspace), {@code --lang de|en}, and the store options every command takes for a server:
 * {@code --uri}, {@code --user}, {@code --database}, {@code --trust-certificate}. A password is never
 * an argument: with {@code --uri} the desktop opens its connection dialog filled in, and the user
 * types the password there. A saved chart file ({@code …/charts/NAME.nbchart}, as the file manager
 * passes it to the installed program, also as a {@code file:} URI) opens its workspace and, once the
 * user has signed in and stated a purpose, the chart.
 */
public record StartOptions(Path folder, int demoPersons, Server server, String chart) {

    public static final int DEFAULT_DEMO_PERSONS = 5000;

    /** A server named at the start; {@code user} and the others may be null. */
    public record Server(URI uri, String user, String database, Path trustCertificate) {
    }

    /** @throws IllegalArgumentException with the user's words for an option that is unknown or lacks its value */
    public static StartOptions parse(List<String> args) {
        Path folder = WorkspaceSettings.defaultFolder();
        int persons = DEFAULT_DEMO_PERSONS;
        URI uri = null;
        String user = null;
        String database = null;
        Path trust = null;
        Path storeGiven = null;
        ChartFiles.Place chart = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (isChartFile(arg)) {
                chart = place(arg);
                continue;
            }
            String value = i + 1 < args.size() ? args.get(i + 1) : null;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
                arg = arg.substring(0, arg.indexOf('='));
                i--;
            }
            switch (arg) {
                case "--store" -> folder = storeGiven = Path.of(require(arg, value));
                case "--demo-persons" -> persons = number(arg, require(arg, value));
                case "--lang" -> I18n.use(Locale.forLanguageTag(require(arg, value)));
                case "--uri" -> uri = address(arg, require(arg, value));
                case "--user" -> user = require(arg, value);
                case "--database" -> database = require(arg, value);
                case "--trust-certificate" -> trust = Path.of(require(arg, value));
                default -> throw new IllegalArgumentException(I18n.text("start.unknownOption", arg));
            }
            i++;
        }
        if (uri == null && (user != null || database != null || trust != null)) {
            throw new IllegalArgumentException(I18n.text("start.serverOptionWithoutUri"));
        }
        if (chart != null) {
            if (uri != null || (storeGiven != null
                    && !storeGiven.toAbsolutePath().normalize().equals(chart.workspace()))) {
                throw new IllegalArgumentException(I18n.text("start.chartOfAnotherWorkspace", chart.name(),
                        chart.workspace()));
            }
            if (!WorkspaceSettings.holdsEmbeddedStore(chart.workspace())) {
                throw new IllegalArgumentException(I18n.text("start.chartWithoutStore", chart.name(), chart.workspace()));
            }
            folder = chart.workspace();
        }
        return new StartOptions(folder.toAbsolutePath().normalize(), persons,
                uri == null ? null : new Server(uri, user, database, trust), chart == null ? null : chart.name());
    }

    /** A chart file given as a path or a {@code file:} URI (what a file manager's "open with" passes). */
    public static boolean isChartFile(String arg) {
        return !arg.startsWith("--") && arg.toLowerCase(Locale.ROOT).endsWith(ChartFiles.EXTENSION);
    }

    /** The workspace and name of a chart file given as an argument; empty for any other argument or file. */
    public static java.util.Optional<ChartFiles.Place> chartPlace(String arg) {
        if (!isChartFile(arg)) {
            return java.util.Optional.empty();
        }
        try {
            return ChartFiles.placeOf(arg.startsWith("file:") ? Path.of(URI.create(arg)) : Path.of(arg));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return java.util.Optional.empty();
        }
    }

    private static ChartFiles.Place place(String arg) {
        return chartPlace(arg).orElseThrow(() -> new IllegalArgumentException(I18n.text("start.chartNotInAWorkspace",
                arg.startsWith("file:") ? arg.substring("file:".length()).replaceFirst("^//", "") : arg)));
    }

    private static String require(String option, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(I18n.text("start.needsValue", option));
        }
        return value;
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(I18n.text("start.notANumber", option, value));
        }
    }

    private static URI address(String option, String value) {
        try {
            URI uri = URI.create(value.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException(value);
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(I18n.text("start.notAnAddress", option, value), e);
        }
    }
}
