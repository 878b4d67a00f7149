package org.netzbild.ui.forms;

import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.netzbild.app.EntityForms;
import org.netzbild.app.ErrorMessages;
import org.netzbild.app.I18n;
import org.netzbild.app.Labels;

/** What the entity and the link form share: an input per ontology field, and problems under their field. */
final class FormInputs {

    private FormInputs() {
    }

    /**
     * A choice of the field's codes, shown in words (the stored value stays the ontology's code), or
     * a text field with a hint of the expected form.
     */
    static Control input(EntityForms.Field field, String recordType) {
        if (field.kind() != EntityForms.Kind.CHOICE) {
            var text = new TextField();
            text.setPromptText(I18n.text("form.hint." + field.kind().name()));
            return text;
        }
        var choice = new ComboBox<String>();
        choice.getItems().add("");
        choice.getItems().addAll(field.choices());
        choice.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null || code.isEmpty() ? "" : Labels.value(recordType, field.name(), code);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        return choice;
    }

    /** The EU 4x4 gradings a form offers, B2 chosen (an ordinary reliable report). */
    static void gradings(ComboBox<String> grading) {
        grading.getItems().setAll("A1", "A2", "B1", "B2", "B3", "C2", "C3", "X4");
        grading.setValue("B2");
    }

    /** What the user entered or chose in an input from {@link #input}. */
    static String value(Control input) {
        if (input instanceof TextField text) {
            return text.getText();
        }
        Object chosen = ((ComboBox<?>) input).getValue();
        return chosen == null ? "" : chosen.toString();
    }

    /** A failed save: each problem under its field, the rest (and other failures) in {@code general}. */
    static void showProblems(Throwable failure, Map<String, Label> problems, Label general) {
        if (!(failure instanceof EntityForms.FormErrors errors)) {
            general.setText(ErrorMessages.describe(failure));
            return;
        }
        errors.messages().forEach((field, message) -> {
            Label label = problems.get(field);
            if (label != null) {
                label.setText(message);
            } else {
                general.setText(field.isEmpty() ? message : field + ": " + message);
            }
        });
    }
}
