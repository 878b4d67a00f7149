package org.netzbild.ui.backup;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.netzbild.app.I18n;
import org.netzbild.ui.forms.Buttons;

/**
 * Where a backup of the workspace goes and, optionally, the password that seals it (typed twice;
 * left empty, the backup is not encrypted). The work is the view model's ({@code Backups}).
 */
public final class BackupDialog extends Dialog<BackupDialog.Choice> {

    /** The file and the password (empty: not sealed); the caller wipes the password. */
    public record Choice(Path file, char[] password) {
    }

    public BackupDialog(Window owner, Path suggested) {
        initOwner(owner);
        setTitle(I18n.text("backupDialog.title"));
        setHeaderText(I18n.text("backupDialog.header"));
        var file = new TextField(suggested.toString());
        file.setId("backupFile");
        HBox.setHgrow(file, Priority.ALWAYS);
        var browse = new Button(I18n.text("wizard.browse"));
        browse.setOnAction(event -> {
            var chooser = new FileChooser();
            chooser.setTitle(I18n.text("backupDialog.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.text("backupDialog.files"), "*.nbbackup"));
            Path current = Path.of(file.getText().isBlank() ? suggested.toString() : file.getText());
            if (current.getParent() != null && current.getParent().toFile().isDirectory()) {
                chooser.setInitialDirectory(current.getParent().toFile());
            }
            chooser.setInitialFileName(current.getFileName().toString());
            var chosen = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
            if (chosen != null) {
                file.setText(chosen.toString());
            }
        });
        var password = new PasswordField();
        password.setId("backupPassword");
        var again = new PasswordField();
        again.setId("backupPasswordAgain");
        var problem = org.netzbild.ui.forms.ProblemLine.checking("backupProblem", 460,
                () -> problemOf(file.getText(), password.getText(), again.getText()),
                file.textProperty(), password.textProperty(), again.textProperty());
        var explanation = new Label(I18n.text("backupDialog.explanation"));
        explanation.setWrapText(true);
        explanation.setMaxWidth(460);
        var grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.add(explanation, 0, 0, 2, 1);
        grid.addRow(1, new Label(I18n.text("backupDialog.file")), new HBox(6, file, browse));
        grid.addRow(2, new Label(I18n.text("backupDialog.password")), password);
        grid.addRow(3, new Label(I18n.text("backupDialog.passwordAgain")), again);
        grid.add(problem, 0, 4, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().setId("backupDialog");
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, Buttons.cancel());
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(problem.textProperty().isNotEmpty());
        setResultConverter(button -> {
            var result = button == ButtonType.OK && problem.getText().isEmpty()
                    ? new Choice(Path.of(file.getText().strip()), password.getText().toCharArray()) : null;
            password.clear();
            again.clear();
            return result;
        });
    }

    /**
     * What keeps the backup from being made, in the user's words, while it is typed; empty when
     * nothing does. The use case checks the same again (and that the file lies outside the workspace).
     */
    static String problemOf(String file, String password, String again) {
        if (file.isBlank()) {
            return I18n.text("backupDialog.noFile");
        }
        Path target;
        try {
            target = Path.of(file.strip()).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return I18n.text("backupDialog.badFile", file.strip());
        }
        if (target.getParent() == null || !java.nio.file.Files.isDirectory(target.getParent())) {
            return I18n.text("backup.noFolder", target.getParent());
        }
        if (java.nio.file.Files.isDirectory(target)) {
            return I18n.text("backupDialog.isFolder", target);
        }
        if (!password.isEmpty() && password.length() < org.netzbild.app.Backups.MINIMUM_PASSWORD_LENGTH) {
            return I18n.text("backup.passwordTooShort", org.netzbild.app.Backups.MINIMUM_PASSWORD_LENGTH);
        }
        if (!password.equals(again)) {
            return I18n.text("backupDialog.passwordsDiffer");
        }
        return "";
    }
}
