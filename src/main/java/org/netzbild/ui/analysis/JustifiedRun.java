package org.netzbild.ui.analysis;

import javafx.scene.control.Button;
import javafx.scene.control.TextField;

/**
 * The justification an analysis of a path or network tier asks for, and the button that runs it:
 * the button waits for a justification, and is off while the analysis runs.
 */
final class JustifiedRun {

    private final TextField justification;
    private final Button run;

    JustifiedRun(TextField justification, Button run) {
        this.justification = justification;
        this.run = run;
        ready();
    }

    /** The run begins: the button is off until {@link #ready}; the justification as given. */
    String start() {
        run.disableProperty().unbind();
        run.setDisable(true);
        return justification.getText();
    }

    /** The run has ended (or failed): the button is on again while there is a justification. */
    void ready() {
        run.disableProperty().bind(justification.textProperty().isEmpty());
    }
}
