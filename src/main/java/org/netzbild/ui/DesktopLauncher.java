package org.netzbild.ui;

import javafx.application.Application;

/** Starts the JavaFX application from a class that is not itself an {@code Application}. */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    public static void launch(String... args) {
        // JavaFX words its own controls (text field menus, dialog buttons) by the default locale
        StartOptions.parse(java.util.List.of(args));
        java.util.Locale.setDefault(org.netzbild.app.I18n.locale());
        Application.launch(NetzbildApp.class, args);
    }
}
