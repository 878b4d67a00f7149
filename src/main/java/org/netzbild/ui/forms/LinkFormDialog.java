package org.netzbild.ui.forms;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.netzbild.app.EntityForms;
import org.netzbild.app.I18n;
import org.netzbild.app.Labels;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;

/**
 * A form for a link between two entities chosen on the chart: only the link types the ontology
 * allows between their types (in whichever direction), the type's fields, the time the link held
 * in the world, grading and fact/assessment. Problems appear under their field; the dialog stays
 * open until the link is valid and stored. Provenance comes from the session.
 */
public final class LinkFormDialog extends Dialog<Link> {

    private final EntityForms forms;
    private final Entity a;
    private final Entity b;
    private final ComboBox<String> type = new ComboBox<>();
    private final ComboBox<String> grading = new ComboBox<>();
    private final CheckBox assessment = new CheckBox(I18n.text("form.assessment"));
    private final TextField validFrom = new TextField();
    private final TextField validTo = new TextField();
    private final GridPane grid = new GridPane();
    private final Map<String, Control> inputs = new LinkedHashMap<>();
    private final Map<String, Label> problems = new LinkedHashMap<>();
    private final Label general = new Label();

    public LinkFormDialog(EntityForms forms, java.util.concurrent.Executor background, Entity a, Entity b) {
        this.forms = forms;
        this.a = a;
        this.b = b;
        setTitle(I18n.text("linkForm.title"));
        setHeaderText(I18n.text("linkForm.header", a.caption(), b.caption()));
        setResizable(true);
        type.setId("linkType");
        type.getItems().setAll(forms.linkTypes(a, b));
        type.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String choice) {
                if (choice == null) {
                    return "";
                }
                boolean reversed = choice.endsWith(EntityForms.REVERSED);
                String words = Labels.linkType(choice.replace(EntityForms.REVERSED, ""));
                return reversed ? I18n.text("linkForm.direction", words, b.caption(), a.caption())
                        : I18n.text("linkForm.direction", words, a.caption(), b.caption());
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        type.valueProperty().addListener((o, old, choice) -> build(choice));
        grading.setId("linkGrading");
        FormInputs.gradings(grading);
        validFrom.setId("field-validFrom");
        validTo.setId("field-validTo");
        validFrom.setPromptText(I18n.text("form.hint.DATE"));
        validTo.setPromptText(I18n.text("form.hint.DATE"));
        general.setId("linkProblem");
        general.setStyle("-fx-text-fill: #b00020;");
        grid.setHgap(8);
        grid.setVgap(2);
        var top = new GridPane();
        top.setHgap(8);
        top.setVgap(6);
        type.setPrefWidth(420);
        assessment.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        top.addRow(0, fixed(new Label(I18n.text("linkForm.type"))), type);
        top.addRow(1, fixed(new Label(I18n.text("form.grading"))), grading);
        top.add(assessment, 1, 2);
        var content = new VBox(10, top, grid, general);
        content.setPadding(new Insets(10));
        content.setPrefWidth(620);
        getDialogPane().setContent(content);
        getDialogPane().setId("linkForm");
        ButtonType create = new ButtonType(I18n.text("form.create"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(create, Buttons.cancel());
        var createButton = getDialogPane().lookupButton(create);
        createButton.setId("linkCreate");
        createButton.disableProperty().bind(type.valueProperty().isNull());
        createButton.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            event.consume();
            submit(background);
        });
        setResultConverter(button -> null);
        if (type.getItems().isEmpty()) {
            general.setText(I18n.text("linkForm.noType", I18n.text("type." + a.type()), I18n.text("type." + b.type())));
        } else {
            type.setValue(type.getItems().getFirst());
        }
    }

    /** A label that keeps its whole text however narrow the dialog gets. */
    private static Label fixed(Label label) {
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private void build(String choice) {
        grid.getChildren().clear();
        inputs.clear();
        problems.clear();
        if (choice == null) {
            return;
        }
        String linkType = choice.replace(EntityForms.REVERSED, "");
        int row = 0;
        for (EntityForms.Field field : forms.fields(linkType)) {
            Control input = FormInputs.input(field, linkType);
            row = add(field.name(), field.label() + (field.required() ? " *" : ""), input, row);
        }
        row = add("validFrom", I18n.text("linkForm.validFrom"), validFrom, row);
        add("validTo", I18n.text("linkForm.validTo"), validTo, row);
    }

    private int add(String name, String label, Control input, int row) {
        if (input.getId() == null || !input.getId().startsWith("field-valid")) {
            input.setId("field-" + name);
        }
        Label problem = new Label();
        problem.setId("problem-" + name);
        problem.setStyle("-fx-text-fill: #b00020; -fx-font-size: 11px;");
        inputs.put(name, input);
        problems.put(name, problem);
        grid.add(fixed(new Label(label)), 0, row);
        grid.add(input, 1, row++);
        grid.add(problem, 1, row++);
        return row;
    }

    private void submit(java.util.concurrent.Executor background) {
        problems.values().forEach(p -> p.setText(""));
        general.setText("");
        var values = new LinkedHashMap<String, String>();
        inputs.forEach((name, input) -> {
            if (!name.equals("validFrom") && !name.equals("validTo")) {
                values.put(name, FormInputs.value(input));
            }
        });
        String choice = type.getValue();
        String from = validFrom.getText();
        String to = validTo.getText();
        String chosenGrading = grading.getValue();
        boolean isAssessment = assessment.isSelected();
        getDialogPane().setDisable(true);
        var task = new javafx.concurrent.Task<Link>() {
            @Override
            protected Link call() {
                return forms.createLink(choice, a, b, values, from, to, chosenGrading, isAssessment);
            }
        };
        task.setOnSucceeded(e -> {
            getDialogPane().setDisable(false);
            setResult(task.getValue());
            close();
        });
        task.setOnFailed(e -> {
            getDialogPane().setDisable(false);
            FormInputs.showProblems(task.getException(), problems, general);
        });
        background.execute(task);
    }
}
