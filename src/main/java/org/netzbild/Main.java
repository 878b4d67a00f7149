package org.netzbild;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.netzbild.app.WorkspaceSettings;
import org.netzbild.cli.NetzbildCommand;
import org.netzbild.ui.DesktopLauncher;

/**
 * Starts the desktop when called without a command (or with {@code app}), the command line
 * otherwise. Deliberately not a JavaFX {@code Application}: on the class path the launcher must
 * not extend it, or the JavaFX runtime refuses to start.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        logIntoWorkspace(args);
        // Lucene and JavaFX use java.util.logging; their notices belong in the log file, not the terminal
        org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
        org.slf4j.bridge.SLF4JBridgeHandler.install();
        if (args.length == 0 || args[0].equals("app") || onlyDesktopOptions(args)) {
            String[] rest = args.length > 0 && args[0].equals("app") ? Arrays.copyOfRange(args, 1, args.length) : args;
            DesktopLauncher.launch(rest);
            return;
        }
        var out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        var err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(NetzbildCommand.execute(out, err, args));
    }

    /**
     * {@code ./netzbild --lang en}, {@code --store DIR} or a chart file alone start the desktop, as the help says;
     * anything else ({@code --lang en --help}, a command) goes to the command line.
     */
    public static boolean onlyDesktopOptions(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (org.netzbild.ui.StartOptions.isChartFile(arg)) {
                continue;
            }
            if (arg.startsWith("--lang=") || arg.startsWith("--store=") || arg.startsWith("--demo-persons=")) {
                continue;
            }
            if (!(arg.equals("--lang") || arg.equals("--store") || arg.equals("--demo-persons")) || ++i >= args.length) {
                return false;
            }
        }
        return true;
    }

    /**
     * The application log lives in the workspace folder ({@code logs/}), so a workspace carries its
     * own history. Must run before the first logger is made: Logback reads the folder once.
     */
    private static void logIntoWorkspace(String[] args) {
        Path folder = WorkspaceSettings.defaultFolder();
        for (int i = 0; i < args.length; i++) {
            var chart = org.netzbild.ui.StartOptions.chartPlace(args[i]);
            if (chart.isPresent()) {
                folder = chart.get().workspace();
            } else if (args[i].equals("--store") && i + 1 < args.length) {
                folder = Path.of(args[i + 1]);
            } else if (args[i].startsWith("--store=")) {
                folder = Path.of(args[i].substring("--store=".length()));
            }
        }
        if (System.getProperty("netzbild.log.dir") == null) {
            System.setProperty("netzbild.log.dir", folder.resolve("logs").toAbsolutePath().toString());
        }
    }
}
