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
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.netzbild.app.EntityForms;
import org.netzbild.app.I18n;
import org.netzbild.model.Entity;

/**
 * A form for a new entity, its fields generated from the ontology for the chosen type. Problems
 * appear under the field they concern and the dialog stays open until the record is valid and
 * stored; provenance comes from the session (agency, user, purpose as reference) plus the grading
 * and fact/assessment chosen here.
 */
public final class EntityFormDialog extends Dialog<Entity> {

    private final EntityForms forms;
    private final ComboBox<String> type = new ComboBox<>();
    private final ComboBox<String> grading = new ComboBox<>();
    private final CheckBox assessment = new CheckBox(I18n.text("form.assessment"));
    private final GridPane grid = new GridPane();
    private final Map<String, Control> inputs = new LinkedHashMap<>();
    private final Map<String, Label> problems = new LinkedHashMap<>();
    private final Label general = new Label();
    private final Entity existing;

    /** A form for a new entity. */
    public EntityFormDialog(EntityForms forms, java.util.concurrent.Executor background) {
        this(forms, background, null);
    }

    /** A form for changing {@code existing} (type fixed, fields filled in); {@code null} for a new one. */
    public EntityFormDialog(EntityForms forms, java.util.concurrent.Executor background, Entity existing) {
        this.forms = forms;
        this.existing = existing;
        setTitle(I18n.text(existing == null ? "form.title" : "form.editTitle"));
        setResizable(true);
        type.setId("formType");
        type.getItems().setAll(forms.types());
        type.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : I18n.text("type." + value);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        type.valueProperty().addListener((o, a, b) -> build(b));
        grading.setId("formGrading");
        FormInputs.gradings(grading);
        assessment.setId("formAssessment");
        general.setId("formProblem");
        general.setStyle("-fx-text-fill: #b00020;");
        grid.setHgap(8);
        grid.setVgap(2);
        var top = new GridPane();
        top.setHgap(8);
        top.addRow(0, new Label(I18n.text("form.type")), type, new Label(I18n.text("form.grading")), grading, assessment);
        var scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(380);
        var content = new VBox(10, top, scroll, general);
        content.setPadding(new Insets(10));
        content.setPrefWidth(620);
        getDialogPane().setContent(content);
        boolean foreign = existing != null && !forms.isOwn(existing);
        if (foreign) {
            // another agency's record stays as it is; the changes become our own statement beside it
            setHeaderText(I18n.text("form.foreignRecord", existing.provenance().sourceAgency()));
        }
        ButtonType create = new ButtonType(I18n.text(foreign ? "form.saveStatement" : "form.create"),
                ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(create, Buttons.cancel());
        var createButton = getDialogPane().lookupButton(create);
        createButton.setId("formCreate");
        createButton.disableProperty().bind(type.valueProperty().isNull());
        createButton.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            event.consume();
            submit(background);
        });
        setResultConverter(button -> null);
        if (existing == null) {
            type.setValue("Person");
        } else {
            type.setValue(existing.type());
            type.setDisable(true);
            if (existing.provenance().grading() != null) {
                grading.setValue(existing.provenance().grading().code());
            }
            assessment.setSelected(existing.provenance().nature() == org.netzbild.model.Nature.ASSESSMENT);
            forms.values(existing).forEach((field, value) -> {
                Control input = inputs.get(field);
                if (input instanceof TextField text) {
                    text.setText(value);
                } else if (input instanceof ComboBox<?> choice) {
                    @SuppressWarnings("unchecked")
                    var strings = (ComboBox<String>) choice;
                    strings.setValue(value);
                }
            });
        }
    }

    private void build(String entityType) {
        grid.getChildren().clear();
        inputs.clear();
        problems.clear();
        int row = 0;
        for (EntityForms.Field field : forms.fields(entityType)) {
            Control input = FormInputs.input(field, entityType);
            input.setId("field-" + field.name());
            Label problem = new Label();
            problem.setId("problem-" + field.name());
            problem.setStyle("-fx-text-fill: #b00020; -fx-font-size: 11px;");
            inputs.put(field.name(), input);
            problems.put(field.name(), problem);
            grid.add(new Label(field.label() + (field.required() ? " *" : "")), 0, row);
            grid.add(input, 1, row++);
            grid.add(problem, 1, row++);
        }
    }

    private void submit(java.util.concurrent.Executor background) {
        problems.values().forEach(p -> p.setText(""));
        general.setText("");
        var values = new LinkedHashMap<String, String>();
        inputs.forEach((name, input) -> values.put(name, FormInputs.value(input)));
        String chosenType = type.getValue();
        String chosenGrading = grading.getValue();
        boolean isAssessment = assessment.isSelected();
        getDialogPane().setDisable(true);
        var task = new javafx.concurrent.Task<Entity>() {
            @Override
            protected Entity call() {
                return existing == null ? forms.create(chosenType, values, chosenGrading, isAssessment)
                        : forms.update(existing, values, chosenGrading, isAssessment);
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

    /** For tests: the input of a field. */
    public Control input(String field) {
        return inputs.get(field);
    }
}
