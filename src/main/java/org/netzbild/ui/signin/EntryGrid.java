package org.netzbild.ui.signin;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** The label-and-field grid the entry dialogs share, with the line that names a refusal. */
final class EntryGrid extends GridPane {

    private int rows;

    EntryGrid() {
        setHgap(8);
        setVgap(6);
        setPadding(new Insets(10));
    }

    EntryGrid row(String label, Node field) {
        addRow(rows++, new Label(label), field);
        return this;
    }

    EntryGrid wide(Node node) {
        add(node, 0, rows++, 2, 1);
        return this;
    }

    /** A red line for why the last try was refused; hidden when there is nothing to say. */
    static Label problem(String id, String text) {
        var problem = org.netzbild.ui.forms.ProblemLine.of(id, 420);
        problem.setText(text);
        problem.setVisible(!text.isBlank());
        problem.setManaged(!text.isBlank());
        return problem;
    }
}
