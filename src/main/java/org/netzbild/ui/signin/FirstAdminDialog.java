package org.netzbild.ui.signin;

import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.netzbild.app.Accounts;
import org.netzbild.app.I18n;
import org.netzbild.app.Labels;
import org.netzbild.ui.forms.Buttons;

/**
 * The first run of a workspace without accounts: its first account, an ADMIN, who then creates
 * the others ({@code netzbild user add}). The password is typed twice.
 */
public final class FirstAdminDialog extends Dialog<FirstAdminDialog.FirstAdmin> {

    /** Name, agency id and password of the first ADMIN; the caller wipes the password. */
    public record FirstAdmin(String name, String agency, char[] password) {
    }

    public FirstAdminDialog(String workspace, String problem) {
        setTitle(I18n.text("firstAdmin.title"));
        setHeaderText(I18n.text("firstAdmin.header", workspace));
        var name = new TextField();
        name.setId("firstAdminName");
        var agency = new ComboBox<String>();
        agency.setId("firstAdminAgency");
        agency.getItems().setAll(Labels.agencyIds());
        agency.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : Labels.agency(id) + " (" + id + ")";
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        var password = new PasswordField();
        password.setId("firstAdminPassword");
        var again = new PasswordField();
        again.setId("firstAdminPasswordAgain");
        var explanation = new Label(I18n.text("firstAdmin.explanation", Accounts.MINIMUM_PASSWORD_LENGTH));
        explanation.setWrapText(true);
        explanation.setMaxWidth(420);
        getDialogPane().setContent(new EntryGrid()
                .wide(explanation)
                .row(I18n.text("firstAdmin.name"), name)
                .row(I18n.text("firstAdmin.agency"), agency)
                .row(I18n.text("firstAdmin.password"), password)
                .row(I18n.text("firstAdmin.passwordAgain"), again)
                .wide(EntryGrid.problem("firstAdminProblem", problem)));
        getDialogPane().setId("firstAdminDialog");
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, Buttons.cancel());
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(name.textProperty().isEmpty()
                .or(agency.valueProperty().isNull())
                .or(password.textProperty().isEmpty())
                .or(password.textProperty().isNotEqualTo(again.textProperty())));
        setResultConverter(button -> {
            var result = button == ButtonType.OK
                    ? new FirstAdmin(name.getText().strip(), agency.getValue(), password.getText().toCharArray()) : null;
            password.clear();
            again.clear();
            return result;
        });
    }
}
