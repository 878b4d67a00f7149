package org.netzbild.ui.explorer;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import org.netzbild.app.I18n;
import org.netzbild.app.Labels;
import org.netzbild.model.Entity;
import org.netzbild.model.GraphPath;
import org.netzbild.model.Link;

/**
 * The paths last found between two entities, one a line with every step named ("Anna Berg –
 * Besitzt → Shisha-Bar – Leitet ← Kemal Öztürk"), and "all paths" on top (issue 18). Choosing one
 * highlights it and dims everything else on the chart; choosing "all paths" shows them all again.
 */
final class PathsPane extends BorderPane {

    private final ListView<String> list = new ListView<>();
    private final Label empty = new Label(I18n.text("paths.none"));
    private boolean filling;

    PathsPane(ExplorerViewModel model) {
        setId("pathsPane");
        list.setId("pathList");
        // a path's steps wrap in the pane instead of running out of it
        list.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(view.widthProperty().subtract(24));
            }

            @Override
            protected void updateItem(String item, boolean none) {
                super.updateItem(item, none);
                setText(none ? null : item);
            }
        });
        empty.setWrapText(true);
        setCenter(empty);
        model.paths().addListener((ListChangeListener<GraphPath>) change -> {
            filling = true;
            var lines = new java.util.ArrayList<String>();
            if (!model.paths().isEmpty()) {
                lines.add(I18n.text("paths.all", model.paths().size()));
                int n = 0;
                for (GraphPath path : model.paths()) {
                    lines.add(++n + ". " + describe(path));
                }
            }
            list.getItems().setAll(lines);
            list.getSelectionModel().select(lines.isEmpty() ? -1 : 0);
            setCenter(lines.isEmpty() ? empty : list);
            filling = false;
        });
        list.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (!filling && now != null && now.intValue() >= 0) {
                model.choosePath(now.intValue() - 1);
            }
        });
    }

    /** A path's steps in words: each entity's caption, each link's type with its direction. */
    static String describe(GraphPath path) {
        var text = new StringBuilder(path.entities().getFirst().caption());
        for (int k = 0; k < path.links().size(); k++) {
            Link link = path.links().get(k);
            Entity next = path.entities().get(k + 1);
            boolean forward = link.toId().equals(next.id());
            text.append(" – ").append(Labels.linkType(link.type())).append(forward ? " → " : " ← ").append(next.caption());
        }
        return text + " " + I18n.text("paths.steps", path.length());
    }
}
