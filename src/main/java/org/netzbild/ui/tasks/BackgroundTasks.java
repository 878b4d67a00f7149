package org.netzbild.ui.tasks;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import org.netzbild.app.ErrorMessages;
import org.netzbild.app.Progress;

/**
 * Runs store work off the FX thread and hands results back on it. One task at a time is shown in
 * the status bar through {@link #busy}, {@link #progress} and {@link #message}; failures become a
 * message in the user's language, never a stack trace.
 */
public final class BackgroundTasks implements AutoCloseable {

    /** Work that may report progress and should stop when cancelled. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress, java.util.function.BooleanSupplier cancelled) throws Exception;
    }

    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "netzbild-background");
        thread.setDaemon(true);
        return thread;
    });
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private Task<?> current;

    public <T> Task<T> run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<String> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(title);
                return work.run((done, total, text) -> {
                    if (total > 0) {
                        updateProgress(done, total);
                    }
                    if (text != null && !text.isEmpty()) {
                        updateMessage(text);
                    }
                }, this::isCancelled);
            }
        };
        task.setOnRunning(e -> busy.set(true));
        task.setOnSucceeded(e -> {
            finish(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finish(task);
            onFailure.accept(ErrorMessages.describe(task.getException()));
        });
        task.setOnCancelled(e -> finish(task));
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        current = task;
        executor.execute(task);
        return task;
    }

    private void finish(Task<?> task) {
        if (current == task) {
            progress.unbind();
            message.unbind();
            progress.set(0);
            busy.set(false);
        }
    }

    /** The executor, for dialogs that run their own task. */
    public java.util.concurrent.Executor executor() {
        return executor;
    }

    public void cancelCurrent() {
        if (current != null) {
            current.cancel();
        }
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /**
     * Cancels the current task and lets queued work finish (such as closing a database), so that
     * nothing is cut off in the middle of a shutdown; gives up after a minute.
     */
    @Override
    public void close() {
        cancelCurrent();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
