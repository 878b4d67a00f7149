package org.netzbild.ui;

import javafx.application.Application;

/** Starts the JavaFX application from a class that is not itself an {@code Application}. */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    public static void launch(String... args) {
        // JavaFX words its own controls (text field menus, dialog buttons) by the default locale
        try {
            StartOptions.parse(java.util.List.of(args));
        } catch (IllegalArgumentException e) {
            // a mistyped start option is the user's to correct: said in their words, exit code 2 (README)
            System.err.println(e.getMessage());
            System.exit(2);
        }
        java.util.Locale.setDefault(org.netzbild.app.I18n.locale());
        Application.launch(NetzbildApp.class, args);
    }
}
