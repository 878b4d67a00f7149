package org.netzbild.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.app.Charts;
import org.netzbild.app.I18n;
import org.netzbild.app.Workspace;
import org.netzbild.app.WorkspaceSettings;
import org.netzbild.chart.ChartState;
import org.netzbild.export.SmallChart;
import org.netzbild.model.Entity;
import org.netzbild.model.Handling;
import org.netzbild.model.Link;
import org.netzbild.model.WriteBatch;
import org.netzbild.security.AnalystSession;
import org.netzbild.security.Purpose;
import org.netzbild.store.WriteMode;
import org.netzbild.testsupport.AuditLines;
import org.netzbild.testsupport.TemplateWorkspace;

/**
 * {@code netzbild export} on a real embedded workspace, signed in as a restricted ANALYST of PP Essen:
 * the file holds what the analyst sees of the saved chart less what the recipient may not receive,
 * and the log holds the disclosure with recipient and ids. One workspace for the class.
 */
class ExportCommandLineTest {

    @TempDir
    static Path folder;
    private static Path workspace;
    private static final SmallChart CHART = new SmallChart();
    /** Seen by the analyst (own agency), not for PP Dortmund. */
    private static final Entity ESSEN_ONLY = new Entity("p-intern", "Person", Map.of("name", "Ingo Intern"),
            SmallChart.labelled("pp-essen").handled(Handling.AGENCY_ONLY, null));
    private static final Link KNOWS = new Link("l-knows", "ASSOCIATE", CHART.anna.id(), ESSEN_ONLY.id(), Map.of(),
            SmallChart.labelled("pp-essen"));

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void aSavedChartWithRecordsTheAnalystMayAndMayNotSee() {
        I18n.use(I18n.ENGLISH);
        workspace = TemplateWorkspace.copyTo(folder.resolve("workspace"));
        var clerk = AnalystSession.unrestricted("sb.kk", "pp-essen", new Purpose("AZ 21/2026", "Testdaten"));
        try (Workspace open = Workspace.open(WorkspaceSettings.embedded(workspace, clerk))) {
            var entities = new ArrayList<>(CHART.entities());
            entities.add(ESSEN_ONLY);
            var links = new ArrayList<>(CHART.links());
            links.add(KNOWS);
            open.store().write(new WriteBatch(entities, links), WriteMode.CREATE);
            var state = ChartState.EMPTY.with(entities, links);
            var charts = new Charts(open);
            charts.save("Fall Berg", state, CHART.positions(), "TYPE");
            charts.save("Ohne Lage", state, Map.of(), "TYPE");
            charts.save("Verborgen", state.hiding(java.util.Set.of(CHART.home.id())), CHART.positions(), "TYPE");
            charts.save("Nach Behörde", state, CHART.positions(), "AGENCY");
        }
    }

    @AfterAll
    static void german() {
        I18n.use(I18n.GERMAN);
    }

    @Test
    void theFileHoldsWhatTheAnalystSeesLessWhatTheRecipientMayNotReceiveAndTheLogTheDisclosure() throws Exception {
        Path target = folder.resolve("out").resolve("fall berg: für PP DO.graphml");

        int code = run("export", "--chart", "Fall Berg", "--format", "graphml", "--recipient", "KHK Meier, PP Dortmund",
                "--recipient-agency", "pp-dortmund", target.toString());

        assertThat(code).as(err.toString()).isZero();
        Path written = folder.resolve("out").resolve("fall berg_ für PP DO.graphml");
        String file = Files.readString(written);
        assertThat(file).contains("Anna Berg", "Altendorfer Straße", "prov.sourceAgency", "gwa-essen");
        assertThat(file).as("the father is PP Dortmund's alone: the analyst never saw him").doesNotContain("Bernd Berg");
        assertThat(file).as("PP Essen's own record is not for PP Dortmund").doesNotContain("Ingo Intern", "l-knows");
        assertThat(out.toString()).contains("AGENCY_ONLY").contains("1 entity of the saved chart");
        var logged = AuditLines.of(workspace, "export", TemplateWorkspace.ANALYST).stream()
                .filter(e -> e.get("criteria").contains("format=GRAPHML")).toList();
        assertThat(logged).extracting(e -> e.get("outcome")).containsExactly("INTENDED", "DONE");
        var done = logged.getLast();
        assertThat(done.get("operation")).isEqualTo("EXPORT");
        assertThat(done.get("criteria")).contains("recipient=KHK Meier, PP Dortmund (pp-dortmund, LAW_ENFORCEMENT)",
                "format=GRAPHML", "chart=Fall Berg");
        assertThat(done.json().toString()).contains("p-anna", "b-bar", "a-home", "l-owns", "l-lives")
                .doesNotContain("p-intern", "p-father");
    }

    @Test
    void aChartSavedWithoutPositionsIsLaidOutBeforeItIsExported() throws Exception {
        Path target = folder.resolve("ohne-lage.csv");

        int code = run("export", "--chart", "Ohne Lage", "--format", "csv", "--recipient", "PP Essen",
                "--recipient-agency", "pp-essen", target.toString());

        assertThat(code).as(err.toString()).isZero();
        List<String> rows = Files.readAllLines(target).subList(1, 5);
        assertThat(rows).extracting(r -> r.split(";")[3] + "/" + r.split(";")[4]).doesNotHaveDuplicates()
                .doesNotContain("0/0");
    }

    @Test
    void anAnalystsNotebookChartHasTheStructureItExpectsInTheUsersWordsAndOnlyWhatTheRecipientMayReceive() throws Exception {
        Path target = folder.resolve("fall-berg.anx");

        int code = run("export", "--chart", "Fall Berg", "--format", "anx", "--recipient", "KHK Meier, PP Dortmund",
                "--recipient-agency", "pp-dortmund", target.toString());

        assertThat(code).as(err.toString()).isZero();
        var anx = org.netzbild.export.AnxStructure.check(target);
        String file = Files.readString(target);
        assertThat(file).contains("Anna Berg", "Name=\"Business\"", "Name=\"Owns\"", "Provenance: agency",
                "Essen Police Headquarters", "A – reliable", "Recipient: KHK Meier, PP Dortmund");
        assertThat(file).doesNotContain("Bernd Berg", "Ingo Intern");
        assertThat(anx.getElementsByTagName("Link").getLength()).isEqualTo(2);
        var done = AuditLines.of(workspace, "export", TemplateWorkspace.ANALYST).stream()
                .filter(e -> e.get("criteria").contains("format=ANX")).toList().getLast();
        assertThat(done.get("outcome")).isEqualTo("DONE");
        assertThat(done.json().toString()).contains("p-anna", "l-owns").doesNotContain("p-intern");
    }

    @Test
    void aPngOverTwoPagesIsTwoFilesAndASplitBeyondFivePagesIsRefusedByName() throws Exception {
        Path target = folder.resolve("seiten.png");

        int code = run("export", "--chart", "Fall Berg", "--format", "png", "--dpi", "72", "--pages", "2x1",
                "--recipient", "PP Essen", "--recipient-agency", "pp-essen", target.toString());
        String written = out.toString();
        int refused = run("export", "--chart", "Fall Berg", "--format", "pdf", "--pages", "7x1", "--recipient", "PP Essen",
                folder.resolve("zu-viele.pdf").toString());

        assertThat(code).isZero();
        assertThat(folder.resolve("seiten-1.png")).isRegularFile();
        assertThat(folder.resolve("seiten-2.png")).isRegularFile();
        assertThat(written).contains("seiten-1.png, ").contains("seiten-2.png");
        assertThat(refused).isEqualTo(2);
        assertThat(err.toString()).contains("7x1").contains("2x2");
        assertThat(folder.resolve("zu-viele.pdf")).doesNotExist();
    }

    @Test
    void aChartSavedColouredByAgencyIsDrawnSoWithTheAgenciesInTheLegend() throws Exception {
        Path target = folder.resolve("behoerde.svg");

        int code = run("export", "--chart", "Nach Behörde", "--format", "svg", "--recipient", "PP Essen",
                "--recipient-agency", "pp-essen", target.toString());

        assertThat(code).as(err.toString()).isZero();
        String svg = Files.readString(target);
        // the agencies in alphabetical order take the palette's first marks: Gewerbeamt Essen #CC6677, PP Essen #332288
        assertThat(svg).contains(">Source agency<", ">Essen Trade Office<", ">Essen Police Headquarters<",
                "fill=\"#cc6677\"", "fill=\"#332288\"");
    }

    @Test
    void anUnknownFormatIsNamedWithTheFormatsThereAre() {
        int code = run("export", "--chart", "Fall Berg", "--format", "visio", "--recipient", "PP Essen",
                folder.resolve("x.vsdx").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("visio").contains("graphml, gexf, gexf13, anx, ftm, csv, xlsx");
    }

    @Test
    void aPdfOfAChartWithoutPositionsIsLaidOutAndHoldsWhatTheRecipientMayReceiveAsText() throws Exception {
        Path target = folder.resolve("ohne-lage.pdf");

        int code = run("export", "--chart", "Ohne Lage", "--format", "pdf", "--paper", "a3", "--orientation", "portrait",
                "--recipient", "KHK Meier, PP Dortmund", "--recipient-agency", "pp-dortmund", target.toString());

        assertThat(code).as(err.toString()).isZero();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(target.toFile())) {
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isCloseTo(1190.55f, org.assertj.core.data.Offset.offset(0.1f));
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("Anna Berg", "Altendorfer Straße", "Recipient: KHK Meier, PP Dortmund",
                    "Case reference: AZ 21/2026", "AGENCY_ONLY) not passed on");
            assertThat(text).doesNotContain("Ingo Intern").doesNotContain("Bernd Berg");
        }
        var done = AuditLines.of(workspace, "export", TemplateWorkspace.ANALYST).stream()
                .filter(e -> e.get("criteria").contains("format=PDF")).toList().getLast();
        assertThat(done.get("outcome")).isEqualTo("DONE");
        assertThat(done.json().toString()).contains("p-anna", "l-owns").doesNotContain("p-intern", "p-father");
    }

    @Test
    void anEntityHiddenOnTheChartIsInNoDiagram() throws Exception {
        for (String format : List.of("svg", "pdf", "png")) {
            Path target = folder.resolve("verborgen." + format);

            int code = run("export", "--chart", "Verborgen", "--format", format, "--dpi", "96", "--recipient", "PP Essen",
                    "--recipient-agency", "pp-essen", target.toString());

            assertThat(code).as(err.toString()).isZero();
            var done = AuditLines.of(workspace, "export", TemplateWorkspace.ANALYST).stream()
                    .filter(e -> e.get("criteria").contains("format=" + format.toUpperCase(java.util.Locale.ROOT))).toList().getLast();
            assertThat(done.json().toString()).as(format).contains("p-anna").doesNotContain("a-home", "l-lives");
        }
        assertThat(Files.readString(folder.resolve("verborgen.svg"))).contains("Anna Berg").doesNotContain("Altendorfer");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(folder.resolve("verborgen.pdf").toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("Anna Berg").doesNotContain("Altendorfer");
        }
        var image = javax.imageio.ImageIO.read(folder.resolve("verborgen.png").toFile());
        assertThat(image.getWidth()).as("A4 landscape at 96 dpi").isEqualTo(1123);
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--store", workspace.toString(), "--as", TemplateWorkspace.ANALYST,
                "--case", "AZ 21/2026", "--purpose", "Lagebild für PP Dortmund"));
        return NetzbildCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), CommandLineTest.SIGNED_IN,
                all.toArray(String[]::new));
    }
}
