package org.netzbild.ui.signin;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.netzbild.app.I18n;
import org.netzbild.security.Purpose;
import org.netzbild.ui.forms.Buttons;

/**
 * The case reference and the reason the user works for, chosen from the recent ones or typed;
 * stored as typed. OK stays disabled until both are there.
 */
public final class PurposeDialog extends Dialog<Purpose> {

    public PurposeDialog(String user, List<Purpose> recent, Purpose current, String problem) {
        setTitle(I18n.text(current == null ? "purpose.title" : "purpose.changeTitle"));
        setHeaderText(I18n.text("purpose.header", user));
        var caseReference = new TextField();
        caseReference.setId("purposeCase");
        caseReference.setPromptText(I18n.text("purpose.casePrompt"));
        var reason = new TextField();
        reason.setId("purposeReason");
        reason.setPromptText(I18n.text("purpose.reasonPrompt"));
        reason.setPrefColumnCount(30);
        var recentChoice = new ComboBox<Purpose>();
        recentChoice.setId("purposeRecent");
        recentChoice.getItems().setAll(recent);
        recentChoice.setPromptText(I18n.text(recent.isEmpty() ? "purpose.noRecent" : "purpose.recentPrompt"));
        recentChoice.setDisable(recent.isEmpty());
        recentChoice.setMaxWidth(Double.MAX_VALUE);
        recentChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Purpose purpose) {
                return purpose == null ? "" : purpose.describe();
            }

            @Override
            public Purpose fromString(String text) {
                return null;
            }
        });
        recentChoice.valueProperty().addListener((o, before, chosen) -> {
            if (chosen != null) {
                caseReference.setText(chosen.caseReference());
                reason.setText(chosen.reason());
            }
        });
        getDialogPane().setContent(new EntryGrid()
                .row(I18n.text("purpose.recent"), recentChoice)
                .row(I18n.text("purpose.case"), caseReference)
                .row(I18n.text("purpose.reason"), reason)
                .wide(EntryGrid.problem("purposeProblem", problem)));
        getDialogPane().setId("purposeDialog");
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, Buttons.cancel());
        getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(caseReference.textProperty().isEmpty().or(reason.textProperty().isEmpty()));
        setResultConverter(button -> button == ButtonType.OK && !caseReference.getText().isBlank()
                && !reason.getText().isBlank() ? new Purpose(caseReference.getText(), reason.getText()) : null);
        Platform.runLater(caseReference::requestFocus);
    }
}
