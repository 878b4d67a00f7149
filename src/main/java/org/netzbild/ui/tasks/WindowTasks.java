package org.netzbild.ui.tasks;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import org.netzbild.app.ErrorMessages;

/**
 * One piece of store work for a small window (review queue, duplicates, network finder): run on the
 * window's executor, never on the FX thread; the answer, or the failure in the user's language,
 * comes back on the FX thread.
 */
public final class WindowTasks {

    private WindowTasks() {
    }

    public static <T> void run(Executor background, Supplier<T> work, Consumer<T> done, Consumer<String> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                return work.get();
            }
        };
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> failed.accept(ErrorMessages.describe(task.getException())));
        background.execute(task);
    }
}
