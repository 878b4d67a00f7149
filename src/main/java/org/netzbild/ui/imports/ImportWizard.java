package org.netzbild.ui.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.netzbild.app.ErrorMessages;
import org.netzbild.app.I18n;
import org.netzbild.app.Imports;
import org.netzbild.app.Labels;
import org.netzbild.ingest.ImportCancelledException;
import org.netzbild.ingest.ImportProblem;
import org.netzbild.ingest.ImportRefusedException;
import org.netzbild.ingest.Importer;
import org.netzbild.ingest.MappingSpec;
import org.netzbild.ingest.SourceRow;
import org.netzbild.model.Entity;

/**
 * The import wizard, five steps: choose the files and a mapping spec; see the first rows as the
 * parser reads them; edit the mapping with a live preview of the entities it makes; check every
 * row (problems as a table of file, line, column, field, reason); import with progress and
 * cancel, ending in a summary from which the new entities go onto the chart. All store work
 * runs off the FX thread.
 */
public final class ImportWizard {

    private static final int PREVIEW_ROWS = 50;

    private final Stage stage = new Stage();
    private final Imports imports;
    private final Executor background;
    private final Consumer<List<String>> showOnChart;
    private final Runnable imported;
    private final List<StackPane> pages = new ArrayList<>();
    private final Label stepTitle = new Label();
    private final Button back = new Button(I18n.text("wizard.back"));
    private final Button next = new Button(I18n.text("wizard.next"));
    private final Button close = new Button(I18n.text("wizard.close"));
    private final StackPane content = new StackPane();
    private int step;

    private final TextField files = new TextField();
    private final TextField specFile = new TextField();
    private final Label filesProblem = problemLabel("wizardFilesProblem");
    private final TableView<SourceRow> rows = new TableView<>();
    private final Label rowsInfo = new Label();
    /** Which of several files the preview and the live mapping show. */
    private final javafx.scene.control.ChoiceBox<Path> previewFile = new javafx.scene.control.ChoiceBox<>();
    private final TextArea specText = new TextArea();
    private final TableView<Entity> mapped = new TableView<>();
    private final Label mappingProblem = problemLabel("wizardMappingProblem");
    private final TableView<ImportProblem> problems = new TableView<>();
    private final Label checkInfo = new Label();
    private final Button saveProblems = new Button(I18n.text("wizard.saveProblems"));
    private final Label problemsSaved = new Label();
    /** After a refusal of rows alone: leave them out, into a reject file beside the first data file. */
    private final javafx.scene.control.CheckBox leaveOut = new javafx.scene.control.CheckBox();
    private ImportRefusedException refusal;
    private final ProgressBar progress = new ProgressBar(0);
    private final Label summary = new Label();
    private final Button cancel = new Button(I18n.text("wizard.cancel"));
    private final Button toChart = new Button(I18n.text("wizard.toChart"));
    private final PauseTransition livePreview = new PauseTransition(Duration.millis(400));
    private MappingSpec spec;
    private Importer.Summary result;
    /** How many candidate pairs the last import's new persons make with stored ones (set on the task's thread, read after it). */
    private volatile int possibleDuplicates;
    private Task<?> importTask;

    /**
     * @param showOnChart takes the new entities' ids when the user asks for them on the chart
     * @param imported    runs on the FX thread when an import has landed (the store changed)
     */
    public ImportWizard(Window owner, Imports imports, Executor background, Consumer<List<String>> showOnChart,
                        Runnable imported) {
        this.imports = imports;
        this.background = background;
        this.showOnChart = showOnChart;
        this.imported = imported;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(I18n.text("wizard.title"));
        pages.addAll(List.of(filesPage(), previewPage(), mappingPage(), checkPage(), importPage()));
        stepTitle.setId("wizardStep");
        stepTitle.setStyle("-fx-font-weight: bold; -fx-font-size: 14px;");
        back.setId("wizardBack");
        next.setId("wizardNext");
        close.setId("wizardClose");
        back.setOnAction(e -> show(step - 1));
        next.setOnAction(e -> forward());
        close.setOnAction(e -> stage.close());
        stage.setOnCloseRequest(e -> {
            if (importTask != null && importTask.isRunning()) {
                e.consume();
            }
        });
        var buttons = new HBox(8, back, next, close);
        buttons.setPadding(new Insets(8));
        var root = new BorderPane(content, stepTitle, null, buttons, null);
        BorderPane.setMargin(stepTitle, new Insets(10));
        stage.setScene(new Scene(root, 900, 620));
        livePreview.setOnFinished(e -> refreshMapping());
        specText.textProperty().addListener((o, a, b) -> livePreview.playFromStart());
        show(0);
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }

    /** For tests and the CLI-minded: preset the files and the spec file. */
    public void preset(List<Path> data, Path mapping) {
        files.setText(String.join("; ", data.stream().map(Path::toString).toList()));
        specFile.setText(mapping == null ? "" : mapping.toString());
    }

    private void show(int index) {
        step = index;
        content.getChildren().setAll(pages.get(index));
        stepTitle.setText(I18n.text("wizard.step", index + 1, pages.size(), I18n.text("wizard.step" + (index + 1))));
        back.setDisable(index == 0 || index == pages.size() - 1);
        next.setDisable(index == pages.size() - 1);
        next.setText(I18n.text(index == 3 ? "wizard.import" : "wizard.next"));
    }

    private void forward() {
        switch (step) {
            case 0 -> loadFiles();
            case 1 -> show(2);
            case 2 -> {
                if (spec != null) {
                    check();
                }
            }
            case 3 -> runImport();
            default -> { }
        }
    }

    // Step 1: files and spec

    private StackPane filesPage() {
        files.setId("wizardFiles");
        specFile.setId("wizardSpecFile");
        var chooseFiles = new Button(I18n.text("wizard.browse"));
        chooseFiles.setOnAction(e -> {
            var chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.text("wizard.dataFiles"),
                    "*.csv", "*.tsv", "*.txt", "*.xlsx", "*.ijson", "*.json", "*.ftm", "*.graphml", "*.gexf"));
            var chosen = chooser.showOpenMultipleDialog(stage);
            if (chosen != null) {
                files.setText(String.join("; ", chosen.stream().map(f -> f.toPath().toString()).toList()));
            }
        });
        var chooseSpec = new Button(I18n.text("wizard.browse"));
        chooseSpec.setOnAction(e -> {
            var chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.text("wizard.specFiles"),
                    "*.yaml", "*.yml", "*.json"));
            var chosen = chooser.showOpenDialog(stage);
            if (chosen != null) {
                specFile.setText(chosen.toPath().toString());
                filesProblem.setText("");
                if (dataFiles().isEmpty()) {
                    filesFromSpec(chosen.toPath());
                }
            }
        });
        var grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label(I18n.text("wizard.files")), files, chooseFiles);
        grid.addRow(1, new Label(I18n.text("wizard.specFile")), specFile, chooseSpec);
        grid.add(new Label(I18n.text("wizard.filesHint")), 1, 2);
        grid.add(filesProblem, 1, 3);
        GridPane.setHgrow(files, Priority.ALWAYS);
        return new StackPane(grid);
    }

    private List<Path> dataFiles() {
        return java.util.Arrays.stream(files.getText().split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Path::of).toList();
    }

    /**
     * A spec of several tables names its files: found in the spec's folder, they fill the files
     * field (as {@code import} does when given the spec alone). A table's file missing or ambiguous
     * is shown as the files' problem; a spec of one file leaves the field as it is.
     */
    private void filesFromSpec(Path mapping) {
        try {
            var beside = Imports.filesBeside(Imports.spec(mapping), mapping);
            if (!beside.isEmpty()) {
                files.setText(String.join("; ", beside.stream().map(Path::toString).toList()));
            }
        } catch (ImportRefusedException refused) {
            filesProblem.setText(String.join("\n", refused.problems().stream().limit(5)
                    .map(p -> p.describe(I18n.locale())).toList()));
        } catch (RuntimeException e) {
            filesProblem.setText(ErrorMessages.describe(e));
        }
    }

    private void loadFiles() {
        filesProblem.setText("");
        if (dataFiles().isEmpty() && !specFile.getText().isBlank()) {
            filesFromSpec(Path.of(specFile.getText().strip()));
            if (!filesProblem.getText().isEmpty()) {
                return;
            }
        }
        var data = dataFiles();
        var missing = data.stream().filter(p -> !Files.isReadable(p)).toList();
        if (data.isEmpty() || !missing.isEmpty()) {
            filesProblem.setText(data.isEmpty() ? I18n.text("wizard.noFiles") : I18n.text("wizard.unreadable", missing));
            return;
        }
        try {
            specText.setText(specFile.getText().isBlank() ? "" : Files.readString(Path.of(specFile.getText().strip())));
        } catch (java.io.IOException | RuntimeException e) {
            filesProblem.setText(I18n.text("wizard.unreadable", specFile.getText()));
            return;
        }
        previewFile.getItems().setAll(data);
        previewFile.setValue(data.getFirst());
        refreshMapping();
        show(1);
    }

    // Step 2: rows as the parser sees them

    private StackPane previewPage() {
        rows.setId("wizardRows");
        rows.setPlaceholder(new Label(I18n.text("wizard.noRows")));
        previewFile.setId("wizardPreviewFile");
        previewFile.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Path file) {
                return file == null ? "" : file.getFileName().toString();
            }

            @Override
            public Path fromString(String name) {
                return null;
            }
        });
        previewFile.valueProperty().addListener((o, was, is) -> {
            if (is != null && was != null) {
                refreshMapping();
            }
        });
        // one file: nothing to choose
        var choice = new HBox(8, new Label(I18n.text("wizard.previewFile")), previewFile);
        choice.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        choice.visibleProperty().bind(javafx.beans.binding.Bindings.size(previewFile.getItems()).greaterThan(1));
        choice.managedProperty().bind(choice.visibleProperty());
        var box = new VBox(8, choice, rowsInfo, rows);
        VBox.setVgrow(rows, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return new StackPane(box);
    }

    private void showRows(List<SourceRow> preview) {
        rows.getColumns().clear();
        var line = new TableColumn<SourceRow, String>(I18n.text("wizard.line"));
        line.setCellValueFactory(c -> new ReadOnlyStringWrapper(Long.toString(c.getValue().line())));
        rows.getColumns().add(line);
        var names = new java.util.LinkedHashSet<String>();
        preview.forEach(r -> names.addAll(r.cells().keySet()));
        for (String name : names) {
            var column = new TableColumn<SourceRow, String>(name);
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().cells().getOrDefault(name, "")));
            rows.getColumns().add(column);
        }
        rows.getItems().setAll(preview);
        rowsInfo.setText(I18n.text("wizard.rowsInfo", preview.size(), shownFile(dataFiles()).getFileName()));
    }

    // Step 3: mapping with live preview

    private StackPane mappingPage() {
        specText.setId("wizardSpec");
        specText.setStyle("-fx-font-family: monospace;");
        mapped.setId("wizardEntities");
        mapped.setPlaceholder(new Label(I18n.text("wizard.noEntities")));
        var type = new TableColumn<Entity, String>(I18n.text("wizard.type"));
        type.setCellValueFactory(c -> new ReadOnlyStringWrapper(I18n.text("type." + c.getValue().type())));
        var caption = new TableColumn<Entity, String>(I18n.text("wizard.caption"));
        caption.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().caption()));
        caption.setPrefWidth(180);
        var details = new TableColumn<Entity, String>(I18n.text("wizard.properties"));
        details.setCellValueFactory(c -> new ReadOnlyStringWrapper(describe(c.getValue())));
        details.setPrefWidth(260);
        mapped.getColumns().setAll(List.of(type, caption, details));
        var save = new Button(I18n.text("wizard.saveSpec"));
        save.setOnAction(e -> saveSpec());
        var left = new VBox(6, new Label(I18n.text("wizard.spec")), specText, save);
        VBox.setVgrow(specText, Priority.ALWAYS);
        var right = new VBox(6, new Label(I18n.text("wizard.mapped")), mapped, mappingProblem);
        VBox.setVgrow(mapped, Priority.ALWAYS);
        var split = new javafx.scene.control.SplitPane(left, right);
        split.setDividerPositions(0.45);
        split.setPadding(new Insets(10));
        return new StackPane(split);
    }

    private static String describe(Entity entity) {
        var parts = new ArrayList<String>();
        entity.properties().forEach((name, value) -> parts.add(org.netzbild.app.EntityForms.label(name) + ": "
                + Labels.value(entity.type(), name, value)));
        return String.join(" · ", parts);
    }

    /** Parses the editor's spec and maps the first rows with it, in the background. */
    private void refreshMapping() {
        String text = specText.getText();
        var data = dataFiles();
        if (data.isEmpty()) {
            return;
        }
        String name = specName();
        Path shown = shownFile(data);
        // parsed once, in the background; the FX thread only takes the result
        record Parsed(MappingSpec spec, Importer.Preview preview) {
        }
        var task = new Task<Parsed>() {
            @Override
            protected Parsed call() {
                var parsed = Imports.spec(name, text);
                return new Parsed(parsed, imports.preview(parsed, shown, PREVIEW_ROWS));
            }
        };
        task.setOnSucceeded(e -> {
            spec = task.getValue().spec();
            var preview = task.getValue().preview();
            showRows(preview.rows());
            mapped.getItems().setAll(preview.entities());
            // a relation table of a multi-file export brings links only
            ((Label) mapped.getPlaceholder()).setText(preview.entities().isEmpty() && !preview.links().isEmpty()
                    ? I18n.text("wizard.linksOnly", preview.links().size()) : I18n.text("wizard.noEntities"));
            mappingProblem.setText(preview.problems().isEmpty() ? ""
                    : String.join("\n", preview.problems().stream().limit(5).map(p -> p.describe(I18n.locale())).toList()));
        });
        task.setOnFailed(e -> {
            spec = null;
            mapped.getItems().clear();
            mappingProblem.setText(task.getException() instanceof ImportRefusedException refused
                    ? String.join("\n", refused.problems().stream().limit(5).map(p -> p.describe(I18n.locale())).toList())
                    : ErrorMessages.describe(task.getException()));
        });
        background.execute(task);
    }

    /** The file the preview shows: the one chosen among several, else the first. */
    private Path shownFile(List<Path> data) {
        Path chosen = previewFile.getValue();
        return chosen != null && data.contains(chosen) ? chosen : data.getFirst();
    }

    private String specName() {
        return specFile.getText().isBlank() ? I18n.text("wizard.specUnsaved") : Path.of(specFile.getText().strip()).getFileName().toString();
    }

    private void saveSpec() {
        var chooser = new FileChooser();
        chooser.setInitialFileName(specName());
        var target = chooser.showSaveDialog(stage);
        if (target != null) {
            try {
                Files.writeString(target.toPath(), specText.getText());
                specFile.setText(target.toPath().toString());
            } catch (java.io.IOException e) {
                mappingProblem.setText(ErrorMessages.describe(new java.io.UncheckedIOException(e)));
            }
        }
    }

    // Step 4: check every row

    private StackPane checkPage() {
        problems.setId("wizardProblems");
        problems.setPlaceholder(new Label(I18n.text("wizard.noProblems")));
        problems.getColumns().setAll(List.of(
                problemColumn("wizard.file", ImportProblem::file, 150),
                problemColumn("wizard.line", p -> p.isSummary() ? "" : Long.toString(p.line()), 60),
                problemColumn("wizard.column", p -> p.column() == null ? "" : p.column(), 130),
                problemColumn("wizard.field", p -> p.field() == null ? "" : org.netzbild.app.EntityForms.label(p.field()), 120),
                problemColumn("wizard.reason", p -> p.reason(I18n.locale()), 380)));
        checkInfo.setId("wizardCheckInfo");
        checkInfo.setWrapText(true);
        saveProblems.setId("wizardSaveProblems");
        saveProblems.setVisible(false);
        saveProblems.managedProperty().bind(saveProblems.visibleProperty());
        saveProblems.setOnAction(e -> chooseProblemsFile());
        problemsSaved.setId("wizardProblemsSaved");
        leaveOut.setId("wizardLeaveOut");
        leaveOut.setWrapText(true);
        leaveOut.setVisible(false);
        leaveOut.managedProperty().bind(leaveOut.visibleProperty());
        leaveOut.selectedProperty().addListener((o, was, is) -> next.setDisable(!is));
        var box = new VBox(8, checkInfo, problems, new javafx.scene.layout.HBox(10, saveProblems, problemsSaved), leaveOut);
        VBox.setVgrow(problems, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return new StackPane(box);
    }

    private static TableColumn<ImportProblem, String> problemColumn(String key,
                                                                   java.util.function.Function<ImportProblem, String> value,
                                                                   double width) {
        var column = new TableColumn<ImportProblem, String>(I18n.text(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    private void check() {
        var data = dataFiles();
        var chosen = spec;
        problems.getItems().clear();
        refusal = null;
        saveProblems.setVisible(false);
        leaveOut.setSelected(false);
        leaveOut.setVisible(false);
        problemsSaved.setText("");
        checkInfo.setText(I18n.text("wizard.checking"));
        show(3);
        next.setDisable(true);
        var task = new Task<Long>() {
            @Override
            protected Long call() {
                return imports.check(chosen, data);
            }
        };
        task.setOnSucceeded(e -> {
            checkInfo.setText(I18n.text("wizard.checked", task.getValue()));
            next.setDisable(false);
        });
        task.setOnFailed(e -> {
            if (task.getException() instanceof ImportRefusedException refused) {
                refusal = refused;
                problems.getItems().setAll(refused.digest(ImportRefusedException.SHOWN_PER_KIND));
                checkInfo.setText(I18n.text("wizard.problems", refused.found()) + " "
                        + I18n.text("wizard.problemsShown", ImportRefusedException.SHOWN_PER_KIND));
                saveProblems.setVisible(true);
                if (refused.rowsOnly() && rejectFile(data) != null) {
                    leaveOut.setText(I18n.text("wizard.leaveOut", rowsOf(refused), rejectFile(data)));
                    leaveOut.setVisible(true);
                }
            } else {
                checkInfo.setText(ErrorMessages.describe(task.getException()));
            }
        });
        background.execute(task);
    }

    /** Where a partial import writes the rows it leaves out: beside the first file, or a folder for several. */
    private static Path rejectFile(List<Path> data) {
        if (data.isEmpty() || data.getFirst().getParent() == null) {
            return null;
        }
        String name = data.getFirst().getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        return data.getFirst().resolveSibling(data.size() == 1 ? stem + I18n.text("wizard.rejectSuffix") + ".csv"
                : stem + I18n.text("wizard.rejectSuffix"));
    }

    /** How many rows the problems name (a row may have several). */
    private static long rowsOf(ImportRefusedException refused) {
        return refused.problems().stream().map(p -> p.file() + ":" + p.line()).distinct().count();
    }

    private void chooseProblemsFile() {
        var chooser = new FileChooser();
        chooser.setTitle(I18n.text("wizard.saveProblems.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.text("wizard.saveProblems.csv"), "*.csv"));
        chooser.setInitialFileName(I18n.text("wizard.saveProblems.fileName"));
        var target = chooser.showSaveDialog(stage);
        if (target != null) {
            saveProblemsTo(target.toPath());
        }
    }

    /**
     * Writes every problem of the last check (not only those the table shows) to {@code target} as
     * CSV, in the background; what the button does once the user has chosen the file.
     */
    public void saveProblemsTo(Path target) {
        var refused = refusal;
        if (refused == null) {
            return;
        }
        var task = new Task<Path>() {
            @Override
            protected Path call() {
                org.netzbild.app.ProblemsFile.write(target, refused.problems());
                return target;
            }
        };
        task.setOnSucceeded(e -> problemsSaved.setText(I18n.text("wizard.problemsSaved", target)));
        task.setOnFailed(e -> problemsSaved.setText(ErrorMessages.describe(task.getException())));
        background.execute(task);
    }

    // Step 5: import with progress, summary

    private StackPane importPage() {
        progress.setId("wizardProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        summary.setId("wizardSummary");
        summary.setWrapText(true);
        cancel.setId("wizardCancel");
        toChart.setId("wizardToChart");
        toChart.setDisable(true);
        toChart.setOnAction(e -> {
            if (result != null) {
                showOnChart.accept(result.newEntityIds());
                stage.close();
            }
        });
        var box = new VBox(10, progress, cancel, summary, toChart);
        box.setPadding(new Insets(10));
        return new StackPane(box);
    }

    private void runImport() {
        var data = dataFiles();
        var chosen = spec;
        Path rejects = leaveOut.isVisible() && leaveOut.isSelected() ? rejectFile(data) : null;
        show(4);
        summary.setText(I18n.text("wizard.importing"));
        var cancelled = new java.util.concurrent.atomic.AtomicBoolean();
        cancel.setDisable(false);
        cancel.setOnAction(e -> cancelled.set(true));
        var task = new Task<Importer.Summary>() {
            @Override
            protected Importer.Summary call() {
                Importer.Progress shown = (done, total) -> updateProgress(done, Math.max(1, total));
                var done = rejects == null ? imports.run(chosen, data, shown, cancelled::get)
                        : imports.runLeavingOut(chosen, data, rejects, shown, cancelled::get);
                // the same matcher as the duplicates window: what the new persons resemble waits there
                possibleDuplicates = done.newEntityIds().isEmpty() ? 0 : imports.possibleDuplicates(done).size();
                return done;
            }
        };
        progress.progressProperty().bind(task.progressProperty());
        task.setOnSucceeded(e -> {
            result = task.getValue();
            cancel.setDisable(true);
            summary.setText(I18n.text("wizard.summary", result.rows(), result.newEntities(), result.statements(),
                    result.alreadyKnown(), result.links(), result.importId())
                    + (rejects == null ? "" : " " + I18n.text("import.rejected", result.refusedRows(), rejects))
                    + (result.changedLinks() == 0 ? "" : " " + I18n.text("import.linksChanged", result.changedLinks(),
                            String.join(", ", result.changedLinkIds())))
                    + (possibleDuplicates == 0 ? "" : " " + I18n.text("wizard.candidates", possibleDuplicates)));
            toChart.setDisable(result.newEntityIds().isEmpty());
            imported.run();
        });
        task.setOnFailed(e -> {
            cancel.setDisable(true);
            summary.setText(task.getException() instanceof ImportCancelledException
                    ? I18n.text("error.importCancelled") : ErrorMessages.describe(task.getException()));
        });
        importTask = task;
        background.execute(task);
    }

    private static Label problemLabel(String id) {
        var label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setStyle("-fx-text-fill: #b00020;");
        return label;
    }
}
