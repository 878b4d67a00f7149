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

    @Override
    public void start(Stage stage) {
        StartOptions options = StartOptions.parse(getParameters().getRaw());
        model = new ExplorerViewModel();
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
        if (options.server() == null) {
            model.open(options);
        } else {
            javafx.application.Platform.runLater(() -> view.connectAtStart(options));
        }
    }

    @Override
    public void stop() {
        if (view != null) {
            view.chart().close();
        }
        if (model != null) {
            model.close();
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
