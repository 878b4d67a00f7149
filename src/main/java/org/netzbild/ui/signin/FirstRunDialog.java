package org.netzbild.ui.signin;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.netzbild.app.I18n;
import org.netzbild.ui.forms.Buttons;

/**
 * The installed program's first start on this account: where the workspace goes (a new or empty
 * folder, or an existing workspace; suggested in the user's home) and whether a new one gets the
 * fictional demo data with its demo accounts or starts empty, with the first ADMIN account asked
 * for next. The choice is kept as the default workspace ({@code preferences.properties}).
 */
public final class FirstRunDialog extends Dialog<FirstRunDialog.Choice> {

    /** The folder and whether a new workspace there gets the demo data. */
    public record Choice(Path folder, boolean demo) {
    }

    public FirstRunDialog(Window owner, Path suggested) {
        initOwner(owner);
        setTitle(I18n.text("firstRun.title"));
        setHeaderText(I18n.text("firstRun.header"));
        var folder = new TextField(suggested.toString());
        folder.setId("firstRunFolder");
        folder.setPrefColumnCount(36);
        HBox.setHgrow(folder, Priority.ALWAYS);
        var browse = new Button(I18n.text("wizard.browse"));
        browse.setOnAction(event -> {
            var chooser = new DirectoryChooser();
            chooser.setTitle(I18n.text("firstRun.title"));
            Path start = Path.of(folder.getText().isBlank() ? suggested.toString() : folder.getText());
            while (start != null && !Files.isDirectory(start)) {
                start = start.getParent();
            }
            if (start != null) {
                chooser.setInitialDirectory(start.toFile());
            }
            var chosen = chooser.showDialog(getDialogPane().getScene().getWindow());
            if (chosen != null) {
                folder.setText(chosen.toString());
            }
        });
        var kind = new ToggleGroup();
        var empty = new RadioButton(I18n.text("firstRun.empty"));
        empty.setId("firstRunEmpty");
        empty.setToggleGroup(kind);
        empty.setSelected(true);
        var demo = new RadioButton(I18n.text("firstRun.demo"));
        demo.setId("firstRunDemo");
        demo.setToggleGroup(kind);
        var explanation = new Label(I18n.text("firstRun.explanation"));
        explanation.setWrapText(true);
        explanation.setMaxWidth(520);
        // wrapped labels in a dialog otherwise keep one line's height and cut the text off
        explanation.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        var problem = org.netzbild.ui.forms.ProblemLine.of("firstRunProblem", 520);
        folder.textProperty().addListener((text, before, now) -> problem.setText(""));
        var content = new VBox(10, explanation, new Label(I18n.text("firstRun.folder")), new HBox(6, folder, browse),
                empty, demo, problem);
        getDialogPane().setContent(content);
        getDialogPane().setId("firstRunDialog");
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, Buttons.cancel());
        var ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(folder.textProperty().isEmpty());
        // a folder that holds something else than a workspace is refused here, before anything is created in it
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            String refusal = refusal(Path.of(folder.getText().strip()));
            if (refusal != null) {
                problem.setText(refusal);
                event.consume();
            }
        });
        setResultConverter(button -> button == ButtonType.OK
                ? new Choice(Path.of(folder.getText().strip()).toAbsolutePath().normalize(), demo.isSelected()) : null);
    }

    /** Why a folder cannot take the workspace, or null: it must be new, empty, or a workspace already. */
    static String refusal(Path folder) {
        if (!Files.exists(folder)) {
            return null;
        }
        if (!Files.isDirectory(folder)) {
            return I18n.text("firstRun.notAFolder", folder);
        }
        if (Files.exists(org.netzbild.app.WorkspaceSettings.auditFile(folder))) {
            return null;
        }
        try (var entries = Files.list(folder)) {
            // the application log: Main opens it in the default folder before this dialog can ask
            return entries.allMatch(e -> e.getFileName().toString().equals("logs")) ? null
                    : I18n.text("firstRun.notEmpty", folder);
        } catch (java.io.IOException e) {
            return I18n.text("firstRun.notAFolder", folder);
        }
    }
}
