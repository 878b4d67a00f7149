package org.netzbild.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.app.Imports;
import org.netzbild.app.Workspace;
import org.netzbild.app.WorkspaceSettings;
import org.netzbild.security.AnalystSession;
import org.netzbild.testsupport.TemplateWorkspace;
import org.netzbild.ui.imports.ImportWizard;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The import wizard in a real window, headless: a file with a wrong date is refused with the
 * problem in the table; the good file is previewed as parsed, mapped live, checked, imported with
 * progress, and its new entities handed to the chart. Screenshots go to target/screenshots.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class ImportWizardTest {

    @TempDir
    static Path folder;
    private static Workspace workspace;
    private static final java.util.concurrent.ExecutorService BACKGROUND = java.util.concurrent.Executors.newSingleThreadExecutor();
    private final FxRobot robot = new FxRobot();
    private final java.util.concurrent.atomic.AtomicInteger imported = new java.util.concurrent.atomic.AtomicInteger();

    @BeforeAll
    static void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        // signed in as a restricted EDITOR, as a user of the wizard would be
        var gate = org.netzbild.app.WorkspaceGate.open(org.netzbild.app.WorkspaceAddress.embedded(
                TemplateWorkspace.copyTo(folder.resolve("ws"))));
        workspace = gate.enter(gate.signIn(TemplateWorkspace.EDITOR, TemplateWorkspace.PASSWORD.toCharArray()),
                new org.netzbild.security.Purpose("32-1/26", "Import Gewerbeanmeldungen"));
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.cleanupStages();
        BACKGROUND.shutdown();
        workspace.close();
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void aWrongDateIsShownAsAProblemThenTheGoodFileImportsAndGoesOntoTheChart() throws Exception {
        Path good = Path.of("src/test/resources/import/gewerbeamt-essen.csv").toAbsolutePath();
        Path spec = Path.of("src/test/resources/import/gewerbeamt-essen.yaml").toAbsolutePath();
        Path bad = folder.resolve("gewerbe-kaputt.csv");
        var cp1252 = Charset.forName("windows-1252");
        Files.writeString(bad, Files.readString(good, cp1252).replace("21.06.1989", "31.06.1989"), cp1252);
        var onChart = new CopyOnWriteArrayList<List<String>>();

        ImportWizard broken = wizard(List.of(bad), spec, onChart);
        next(broken);                       // files → preview
        waitUntil(() -> !this.<TableView<?>>node(broken, "#wizardRows").getItems().isEmpty());
        next(broken);                       // preview → mapping
        next(broken);                       // mapping → check
        waitUntil(() -> !this.<TableView<?>>node(broken, "#wizardProblems").getItems().isEmpty());
        TableView<org.netzbild.ingest.ImportProblem> problems = node(broken, "#wizardProblems");
        assertThat(problems.getItems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("gewerbe-kaputt.csv");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.column()).isEqualTo("Geburtsdatum");
            assertThat(p.field()).isEqualTo("birthDate");
            assertThat(p.reason(java.util.Locale.GERMAN)).isEqualTo("„31.06.1989“: diesen Tag gibt es nicht");
        });
        assertThat(this.<javafx.scene.control.Button>node(broken, "#wizardSaveProblems").isVisible()).isTrue();
        assertThat(this.<javafx.scene.control.Button>node(broken, "#wizardSaveProblems").getText())
                .isEqualTo("Alle Probleme speichern …");
        Path saved = folder.resolve("probleme.csv");
        robot.interact(() -> broken.saveProblemsTo(saved));  // what the button does once the file is chosen
        waitUntil(() -> this.<Label>node(broken, "#wizardProblemsSaved").getText().startsWith("Gespeichert"));
        assertThat(Files.readAllLines(saved, java.nio.charset.StandardCharsets.UTF_8)).containsExactly(
                "\uFEFFDatei;Zeile;Spalte;Feld;Meldung",
                "gewerbe-kaputt.csv;4;Geburtsdatum;birthDate;„31.06.1989“: diesen Tag gibt es nicht");
        screenshot(broken, "import-problems.png");
        robot.interact(broken.stage()::close);
        assertThat(new Imports(workspace).list()).isEmpty();

        ImportWizard wizard = wizard(List.of(good), spec, onChart);
        next(wizard);
        waitUntil(() -> this.<TableView<?>>node(wizard, "#wizardRows").getItems().size() == 3);
        next(wizard);
        waitUntil(() -> this.<TableView<?>>node(wizard, "#wizardEntities").getItems().size() == 9);
        screenshot(wizard, "import-wizard.png");
        next(wizard);
        waitUntil(() -> this.<Label>node(wizard, "#wizardCheckInfo").getText().startsWith("Geprüft"));
        next(wizard);                       // import
        waitUntil(() -> !this.<javafx.scene.control.Button>node(wizard, "#wizardToChart").isDisabled());
        assertThat(this.<Label>node(wizard, "#wizardSummary").getText()).contains("9 neue Objekte");
        screenshot(wizard, "import-summary.png");
        robot.interact(() -> this.<javafx.scene.control.Button>node(wizard, "#wizardToChart").fire());

        assertThat(onChart).singleElement().satisfies(ids -> assertThat(ids).hasSize(9));
        assertThat(imported).hasValue(1);
        assertThat(new Imports(workspace).list()).singleElement()
                .satisfies(i -> assertThat(i.agency()).isEqualTo("gwa-essen"));
    }

    /**
     * The same matcher as the duplicates window (issue 20): a customs office's Jens Krause resembles a
     * tax office's Jens Kraus born on the same day; the import writes him as a person of his own and
     * the summary says that a pair waits for a decision.
     */
    @Test
    @org.junit.jupiter.api.Order(3)
    void anImportedPersonThatResemblesAStoredOneIsReportedAsAPossibleDuplicateNotMerged() throws Exception {
        workspace.store().write(new org.netzbild.model.WriteBatch(List.of(new org.netzbild.model.Entity("wz-kraus", "Person",
                org.netzbild.testsupport.Records.props("name", "Jens Kraus", "birthDate", java.time.LocalDate.of(1983, 11, 7)),
                org.netzbild.testsupport.Records.from("fa-bottrop"))), List.of()), org.netzbild.store.WriteMode.CREATE);
        Path file = Path.of("src/test/resources/import/zoll-personen.csv").toAbsolutePath();
        Path spec = Path.of("src/test/resources/import/zoll-personen.yaml").toAbsolutePath();

        ImportWizard wizard = wizard(List.of(file), spec, new CopyOnWriteArrayList<>());
        next(wizard);
        waitUntil(() -> shows(wizard, "#wizardRows"));
        next(wizard);
        next(wizard);
        waitUntil(() -> this.<Label>node(wizard, "#wizardCheckInfo").getText().startsWith("Geprüft"));
        next(wizard);                       // import
        waitUntil(() -> this.<Label>node(wizard, "#wizardSummary").getText().contains("Mögliche Dubletten:"));

        assertThat(this.<Label>node(wizard, "#wizardSummary").getText()).contains("nichts wurde zusammengeführt");
        assertThat(workspace.store().entity("wz-kraus")).isPresent();
        assertThat(new org.netzbild.app.Duplicates(workspace).candidates()).anySatisfy(c -> {
            assertThat(List.of(c.kept().name(), c.other().name())).containsExactlyInAnyOrder("Jens Kraus", "Jens Krause");
        });
        robot.interact(wizard.stage()::close);
    }

    /** After the first test: its import of the good file is in the store. */
    @Test
    @org.junit.jupiter.api.Order(2)
    void aFileWhoseProblemsAreRowsCanBeImportedWithoutThemAndTheyComeBackInARejectFile() throws Exception {
        Path good = Path.of("src/test/resources/import/gewerbeamt-essen.csv").toAbsolutePath();
        Path spec = Path.of("src/test/resources/import/gewerbeamt-essen.yaml").toAbsolutePath();
        Path bad = folder.resolve("gewerbe-teils.csv");
        var cp1252 = Charset.forName("windows-1252");
        Files.writeString(bad, Files.readString(good, cp1252).replace("21.06.1989", "31.06.1989")
                .replace("Kiosk am Berliner Platz", "Kiosk an der Gruga"), cp1252);
        int importsBefore = new Imports(workspace).list().size();

        ImportWizard wizard = wizard(List.of(bad), spec, new CopyOnWriteArrayList<>());
        next(wizard);
        waitUntil(() -> shows(wizard, "#wizardRows"));
        next(wizard);
        next(wizard);
        waitUntil(() -> this.<javafx.scene.control.CheckBox>node(wizard, "#wizardLeaveOut").isVisible());
        var leaveOut = this.<javafx.scene.control.CheckBox>node(wizard, "#wizardLeaveOut");
        assertThat(leaveOut.getText()).contains("Zeile mit Problemen").contains("gewerbe-teils-abgelehnt.csv");
        assertThat(this.<javafx.scene.control.Button>node(wizard, "#wizardNext").isDisabled()).isTrue();
        robot.interact(() -> leaveOut.setSelected(true));
        assertThat(this.<javafx.scene.control.Button>node(wizard, "#wizardNext").isDisabled()).isFalse();
        screenshot(wizard, "import-leave-out.png");
        next(wizard);
        waitUntil(() -> this.<Label>node(wizard, "#wizardSummary").getText().startsWith("Import abgeschlossen"));

        assertThat(this.<Label>node(wizard, "#wizardSummary").getText()).contains("1 Zeile wurde nicht übernommen");
        Path rejects = folder.resolve("gewerbe-teils-abgelehnt.csv");
        assertThat(Files.readString(rejects, cp1252)).contains("31.06.1989").contains(";\"Ablehnungsgrund\"")
                .doesNotContain("Kiosk an der Gruga");
        assertThat(new Imports(workspace).list()).hasSize(importsBefore + 1)
                .anySatisfy(i -> assertThat(i.refusedRows()).isEqualTo(1));
        robot.interact(wizard.stage()::close);
    }

    /**
     * A police export of nine tables (issue 17), its spec chosen alone: the wizard finds the files in
     * the spec's folder as {@code import} does, previews whichever of them the user picks (mapped by
     * that file's table), and imports all nine as one import.
     */
    @Test
    @org.junit.jupiter.api.Order(4)
    void aSpecOfSeveralTablesChosenAloneFindsItsFilesPreviewsEachAndImportsThemAsOne() throws Exception {
        Path spec = Path.of("src/test/resources/import/vorgang/pp-essen-vorgang.yaml").toAbsolutePath();
        int importsBefore = new Imports(workspace).list().size();
        var onChart = new CopyOnWriteArrayList<List<String>>();
        ImportWizard wizard = wizard(List.of(), spec, onChart);

        next(wizard);                       // files → preview
        waitUntil(() -> shows(wizard, "#wizardRows"));
        javafx.scene.control.ChoiceBox<Path> shown = node(wizard, "#wizardPreviewFile");
        assertThat(shown.isVisible()).isTrue();
        assertThat(shown.getItems()).extracting(f -> f.getFileName().toString()).containsExactlyInAnyOrder("adressen.csv",
                "beteiligungen.csv", "beziehungen.csv", "fahrzeuge.csv", "firmen.csv", "personen.csv", "vorgaenge.csv",
                "vorgangsbeteiligte.csv", "wohnsitze.csv");
        Path firms = shown.getItems().stream().filter(f -> f.getFileName().toString().equals("firmen.csv")).findFirst().orElseThrow();
        robot.interact(() -> shown.setValue(firms));
        waitUntil(() -> this.<TableView<?>>node(wizard, "#wizardRows").getColumns().stream().anyMatch(c -> c.getText().equals("Firma")));
        screenshot(wizard, "import-several-tables.png");
        next(wizard);                       // preview → mapping: the firms as the spec's firm table maps them
        waitUntil(() -> shows(wizard, "#wizardEntities"));
        assertThat(this.<TableView<org.netzbild.model.Entity>>node(wizard, "#wizardEntities").getItems())
                .allSatisfy(e -> assertThat(e.type()).isEqualTo("Business"));
        robot.interact(() -> show(wizard, "#wizardBack"));
        Path relations = shown.getItems().stream().filter(f -> f.getFileName().toString().equals("beziehungen.csv")).findFirst().orElseThrow();
        robot.interact(() -> shown.setValue(relations));
        next(wizard);                       // a relation table maps to links only, and says so
        waitUntil(() -> ((Label) this.<TableView<?>>node(wizard, "#wizardEntities").getPlaceholder()).getText()
                .startsWith("Diese Tabelle bringt nur Verbindungen"));
        next(wizard);                       // mapping → check: every row of the nine files
        waitUntil(() -> this.<Label>node(wizard, "#wizardCheckInfo").getText().startsWith("Geprüft"));
        next(wizard);                       // import
        waitUntil(() -> !this.<javafx.scene.control.Button>node(wizard, "#wizardToChart").isDisabled());

        assertThat(this.<Label>node(wizard, "#wizardSummary").getText()).contains("16 neue Objekte", "26 Verbindungen");
        assertThat(new Imports(workspace).list()).hasSize(importsBefore + 1);
        robot.interact(wizard.stage()::close);
    }

    /** A table whose file is not beside the spec is named before anything is read; the wizard stays on its first page. */
    @Test
    @org.junit.jupiter.api.Order(6)
    void aSpecOfSeveralTablesWithoutOneOfItsFilesNamesTheMissingFile() throws Exception {
        Path export = Files.createDirectories(folder.resolve("unvollstaendig"));
        Path source = Path.of("src/test/resources/import/vorgang").toAbsolutePath();
        try (var files = Files.list(source)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("wohnsitze.csv")).toList()) {
                Files.copy(file, export.resolve(file.getFileName()));
            }
        }
        ImportWizard wizard = wizard(List.of(), export.resolve("pp-essen-vorgang.yaml"), new CopyOnWriteArrayList<>());

        next(wizard);

        assertThat(this.<Label>node(wizard, "#wizardFilesProblem").getText()).contains("wohnsitze.csv");
        assertThat(this.<Label>node(wizard, "#wizardStep").getText()).startsWith("Schritt 1");
        robot.interact(wizard.stage()::close);
    }

    /** A spec of one file, chosen without data files, still asks for them. */
    @Test
    @org.junit.jupiter.api.Order(5)
    void aSpecOfOneFileChosenAloneAsksForTheFiles() throws Exception {
        Path spec = Path.of("src/test/resources/import/gewerbeamt-essen.yaml").toAbsolutePath();
        ImportWizard wizard = wizard(List.of(), spec, new CopyOnWriteArrayList<>());

        next(wizard);

        assertThat(this.<Label>node(wizard, "#wizardFilesProblem").getText()).isEqualTo("Bitte mindestens eine Datei wählen.");
        assertThat(this.<Label>node(wizard, "#wizardStep").getText()).startsWith("Schritt 1");
        robot.interact(wizard.stage()::close);
    }

    private ImportWizard wizard(List<Path> data, Path spec, List<List<String>> onChart) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var wizard = new ImportWizard(null, new Imports(workspace), BACKGROUND, onChart::add, imported::incrementAndGet);
            wizard.preset(data, spec);
            wizard.show();
            return wizard;
        }).get(10, TimeUnit.SECONDS);
    }

    private void show(ImportWizard wizard, String button) {
        this.<javafx.scene.control.Button>node(wizard, button).fire();
    }

    private void next(ImportWizard wizard) {
        robot.interact(() -> this.<javafx.scene.control.Button>node(wizard, "#wizardNext").fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Whether the wizard's page shows the table {@code id} with rows in it (a page is put in place on the FX thread later). */
    private boolean shows(ImportWizard wizard, String id) {
        TableView<?> table = node(wizard, id);
        return table != null && !table.getItems().isEmpty();
    }

    @SuppressWarnings("unchecked")
    private <T extends javafx.scene.Node> T node(ImportWizard wizard, String id) {
        return (T) wizard.stage().getScene().lookup(id);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void screenshot(ImportWizard wizard, String name) throws Exception {
        Path target = Path.of(System.getProperty("netzbild.screenshots", "target/screenshots"));
        Files.createDirectories(target);
        var image = WaitForAsyncUtils.asyncFx(() -> wizard.stage().getScene().snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", target.resolve(name).toFile());
    }
}
