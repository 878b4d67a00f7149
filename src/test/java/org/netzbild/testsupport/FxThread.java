package org.netzbild.testsupport;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Runs work on the FX thread from a test thread and hands back its result or its exception. */
public final class FxThread {

    private FxThread() {
    }

    /** Starts the JavaFX toolkit for a test that shows windows without TestFX, unless it runs already. */
    public static void start() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // another test of this JVM started the toolkit
        }
        Platform.setImplicitExit(false);
    }

    public static <T> T call(Callable<T> work, Duration patience) throws Exception {
        var result = new CompletableFuture<T>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(patience.toMillis(), TimeUnit.MILLISECONDS);
    }
}
