package org.netzbild.ui;

import javafx.application.Application;

/** Starts the JavaFX application from a class that is not itself an {@code Application}. */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    public static void launch(String... args) {
        System.setProperty("org.graphstream.ui", "javafx");
        Application.launch(NetzbildApp.class, args);
    }
}
