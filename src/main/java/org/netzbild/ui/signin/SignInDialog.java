package org.netzbild.ui.signin;

import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.netzbild.app.DemoAccounts;
import org.netzbild.app.I18n;
import org.netzbild.ui.forms.Buttons;

/**
 * User name and password of an account of the workspace. The password leaves the dialog as a
 * character array the caller wipes after checking it; it is never kept in a string property.
 */
public final class SignInDialog extends Dialog<SignInDialog.Credentials> {

    /** What was typed; {@link #wipe()} once checked. */
    public record Credentials(String user, char[] password) {
        public void wipe() {
            java.util.Arrays.fill(password, '\0');
        }
    }

    public SignInDialog(String workspace, String problem, boolean demo) {
        setTitle(I18n.text("signIn.title"));
        setHeaderText(I18n.text("signIn.header", workspace));
        var user = new TextField();
        user.setId("signInUser");
        user.setPromptText(I18n.text("signIn.userPrompt"));
        var password = new PasswordField();
        password.setId("signInPassword");
        var grid = new EntryGrid()
                .row(I18n.text("signIn.user"), user)
                .row(I18n.text("signIn.password"), password)
                .wide(EntryGrid.problem("signInProblem", problem));
        if (demo) {
            var hint = new Label(I18n.text("signIn.demoHint", DemoAccounts.PASSWORD));
            hint.setId("signInDemoHint");
            hint.setWrapText(true);
            hint.setMaxWidth(420);
            grid.wide(hint);
        }
        getDialogPane().setContent(grid);
        getDialogPane().setId("signInDialog");
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, Buttons.cancel());
        getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(user.textProperty().isEmpty().or(password.textProperty().isEmpty()));
        setResultConverter(button -> {
            if (button != ButtonType.OK) {
                password.clear();
                return null;
            }
            var typed = new Credentials(user.getText().strip(), password.getText().toCharArray());
            password.clear();
            return typed;
        });
        Platform.runLater(user::requestFocus);
    }
}
