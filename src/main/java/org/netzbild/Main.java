package org.netzbild;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
        if (args.length == 0 || args[0].equals("app")) {
            String[] rest = args.length > 0 && args[0].equals("app") ? Arrays.copyOfRange(args, 1, args.length) : args;
            DesktopLauncher.launch(rest);
            return;
        }
        var out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        var err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(NetzbildCommand.execute(out, err, args));
    }
}
