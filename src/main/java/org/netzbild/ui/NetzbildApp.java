package org.netzbild.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.netzbild.ui.explorer.ExplorerView;
import org.netzbild.ui.explorer.ExplorerViewModel;

/** The desktop application: one explorer window over the workspace named by the start options. */
public final class NetzbildApp extends Application {

    private ExplorerViewModel model;
    private ExplorerView view;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    /** Counted down when a close of the workspace begins, on whichever thread. */
    private final java.util.concurrent.CountDownLatch closing = new java.util.concurrent.CountDownLatch(1);
    /** Completed when that close has ended. */
    private final java.util.concurrent.CompletableFuture<Void> workspaceClosed = new java.util.concurrent.CompletableFuture<>();
    /**
     * A desktop logout or a system shutdown ends the program with SIGTERM, and then JavaFX calls no
     * {@link #stop}: the workspace is closed all the same. A store left open is rebuilt at its next open
     * even when only read from (on a 4.4M-entity workspace 1.9 GB of page cache instead of 0.4 GB).
     */
    private final Thread closeOnTermination = new Thread(this::closeOnTermination, "netzbild-close-on-termination");

    @Override
    public void start(Stage stage) {
        StartOptions options = StartOptions.parse(getParameters().getRaw());
        model = new ExplorerViewModel();
        Runtime.getRuntime().addShutdownHook(closeOnTermination);
        if (Boolean.getBoolean(EXIT_WHEN_READY)) {
            exitWhenReady(model);
        }
        view = new ExplorerView(model);
        stage.titleProperty().bind(model.titleProperty());
        stage.setScene(new Scene(view, 1280, 800));
        view.onQuit(javafx.application.Platform::exit);
        // the window's close button quits as Ctrl+Q does: unsaved changes are asked about first
        stage.setOnCloseRequest(event -> {
            event.consume();
            view.quit();
        });
        stage.show();
        if (Boolean.getBoolean(EXIT_WHEN_READY)) {
            // the first pulse after show: the window stands and takes input, the store still opening behind it
            javafx.application.Platform.runLater(() -> System.out.println("netzbild: window interactive"));
        }
        boolean folderGiven = getParameters().getRaw().stream().anyMatch(a -> a.equals("--store") || a.startsWith("--store=")
                || StartOptions.isChartFile(a));
        if (options.server() == null && !folderGiven && org.netzbild.app.WorkspaceSettings.isFirstRun()) {
            javafx.application.Platform.runLater(() -> view.firstRun(options));
        } else if (options.server() == null) {
            model.open(options);
        } else {
            javafx.application.Platform.runLater(() -> view.connectAtStart(options));
        }
    }

    /**
     * {@code -Dnetzbild.exitWhenReady=true}: the installer's smoke test ({@code installer/smoke-test.sh})
     * starts the installed app headless and wants it to quit once the window stands and the workspace
     * is open up to its gate (first ADMIN or sign-in), as a user would see it.
     */
    static final String EXIT_WHEN_READY = "netzbild.exitWhenReady";

    private static void exitWhenReady(ExplorerViewModel model) {
        // registered before the view's listener, which opens the gate's dialog and waits in it
        model.entryProperty().addListener((property, before, entry) -> {
            if (entry == ExplorerViewModel.Entry.SIGN_IN || entry == ExplorerViewModel.Entry.FIRST_ADMIN) {
                javafx.application.Platform.runLater(() -> {
                    System.out.println("netzbild: window shown, workspace open (" + entry + ")");
                    javafx.application.Platform.exit();
                });
            }
        });
    }

    @Override
    public void stop() {
        if (view != null) {
            view.chart().close();
        }
        closeWorkspace();
        try {
            Runtime.getRuntime().removeShutdownHook(closeOnTermination);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs or has run; the workspace is closed once either way
        }
    }

    private void closeOnTermination() {
        // on the FX thread, which owns the view model, while it still runs; here if it does not begin
        // within 15 s; and the JVM does not end before the close has (it waits up to a minute for
        // background work, then Neo4j writes its checkpoint)
        try {
            javafx.application.Platform.runLater(this::closeWorkspace);
        } catch (IllegalStateException toolkitGone) {
            // closed below
        }
        try {
            if (!closing.await(15, java.util.concurrent.TimeUnit.SECONDS)) {
                closeWorkspace();
            }
            workspaceClosed.get(90, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // the close failed or hangs: nothing more to do on the way out
        }
    }

    private void closeWorkspace() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closing.countDown();
        try {
            if (model != null) {
                model.close();
            }
            workspaceClosed.complete(null);
        } catch (RuntimeException e) {
            workspaceClosed.completeExceptionally(e);
            throw e;
        }
    }

    /** For tests: the window's view model and view. */
    ExplorerViewModel model() {
        return model;
    }

    ExplorerView view() {
        return view;
    }
}
