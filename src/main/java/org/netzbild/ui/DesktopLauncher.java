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
            if (java.util.Arrays.stream(args).anyMatch(StartOptions::isChartFile)
                    && !Boolean.getBoolean(NetzbildApp.EXIT_WHEN_READY)) {
                // a chart file comes from the file manager, where nobody reads the terminal
                tellInAWindow(e.getMessage());
            }
            System.exit(2);
        }
        java.util.Locale.setDefault(org.netzbild.app.I18n.locale());
        Application.launch(NetzbildApp.class, args);
    }

    private static void tellInAWindow(String message) {
        var closed = new java.util.concurrent.CountDownLatch(1);
        try {
            javafx.application.Platform.startup(() -> {
                var alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR, message,
                        javafx.scene.control.ButtonType.OK);
                alert.setTitle("Netzbild");
                alert.setHeaderText(org.netzbild.app.I18n.text("start.problem"));
                alert.getDialogPane().setMinWidth(520);
                alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                alert.setOnHidden(event -> closed.countDown());
                alert.show();
            });
            closed.await();
        } catch (InterruptedException | RuntimeException e) {
            // no window system: the terminal has the message
        }
    }
}
