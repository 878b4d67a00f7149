package org.netzbild.ui.explorer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.netzbild.app.I18n;
import org.netzbild.app.Labels;

/**
 * Asks which kinds of link an expansion follows (say only ownership and management, to walk a
 * business network without the families around it). OK stays disabled until one is ticked.
 */
final class LinkTypeChoice extends Dialog<Set<String>> {

    LinkTypeChoice(Window owner, Set<String> ticked) {
        initOwner(owner);
        setTitle(I18n.text("expandTypes.title"));
        setHeaderText(I18n.text("expandTypes.header"));
        var boxes = new FlowPane(12, 8);
        boxes.setPrefWrapLength(420);
        List<CheckBox> choices = Labels.linkTypes().stream().map(type -> {
            var box = new CheckBox(Labels.linkType(type));
            box.setId("expandType-" + type);
            box.setUserData(type);
            box.setSelected(ticked.contains(type));
            return box;
        }).toList();
        boxes.getChildren().addAll(choices);
        var content = new VBox(10, new Label(I18n.text("expandTypes.hint")), boxes);
        content.setPadding(new Insets(10));
        getDialogPane().setContent(content);
        getDialogPane().setId("expandTypes");
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, org.netzbild.ui.forms.Buttons.cancel());
        var ok = getDialogPane().lookupButton(ButtonType.OK);
        Runnable enable = () -> ok.setDisable(choices.stream().noneMatch(CheckBox::isSelected));
        choices.forEach(box -> box.selectedProperty().addListener((o, a, b) -> enable.run()));
        enable.run();
        setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            var chosen = new LinkedHashSet<String>();
            choices.stream().filter(CheckBox::isSelected).forEach(box -> chosen.add((String) box.getUserData()));
            return Set.copyOf(chosen);
        });
    }
}
