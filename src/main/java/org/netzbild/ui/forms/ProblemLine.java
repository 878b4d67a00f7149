package org.netzbild.ui.forms;

import java.util.concurrent.Callable;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The line under a dialog's fields that says, in the user's words, what is wrong: one look (red,
 * wrapped, as tall as its text) for every dialog, and optionally bound to a check of the fields as
 * they are typed (empty: nothing is wrong).
 */
public final class ProblemLine {

    private ProblemLine() {
    }

    public static Label of(String id, double maxWidth) {
        var problem = new Label();
        problem.setId(id);
        problem.setStyle("-fx-text-fill: #b00020;");
        problem.setWrapText(true);
        problem.setMaxWidth(maxWidth);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        return problem;
    }

    /** A problem line that shows {@code check}'s answer whenever one of {@code fields} changes. */
    public static Label checking(String id, double maxWidth, Callable<String> check, Observable... fields) {
        var problem = of(id, maxWidth);
        problem.textProperty().bind(Bindings.createStringBinding(check, fields));
        return problem;
    }
}
