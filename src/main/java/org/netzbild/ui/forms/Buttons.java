package org.netzbild.ui.forms;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import org.netzbild.app.I18n;

/**
 * Dialog buttons in the interface's language. JavaFX words its own "Cancel" by the JVM's default
 * locale, which on a machine set up in English left an English button in the German interface.
 */
public final class Buttons {

    private Buttons() {
    }

    public static ButtonType cancel() {
        return new ButtonType(I18n.text("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** Gives a ready-made dialog (a text input, a choice) OK and our own cancel. */
    public static void okAndCancel(Dialog<?> dialog) {
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, cancel());
    }
}
