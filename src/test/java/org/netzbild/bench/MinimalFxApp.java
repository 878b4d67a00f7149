package org.netzbild.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The reference of {@link InstalledStartBenchmark}: the least a JavaFX program does to show a
 * window, started from the installed program's own runtime and JavaFX jars. Prints the same
 * marker line as the installed program when its window stands, and quits.
 */
public final class MinimalFxApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("Netzbild"), 1280, 800));
        stage.show();
        Platform.runLater(() -> {
            System.out.println("netzbild: window shown, minimal");
            Platform.exit();
        });
    }

    /** Started as a main class (no module path): launches itself. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(MinimalFxApp.class, args);
        }
    }
}
