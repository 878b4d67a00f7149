package org.netzbild.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.app.I18n;
import org.netzbild.app.Workspace;
import org.netzbild.app.WorkspaceSettings;
import org.netzbild.model.Entity;
import org.netzbild.model.Handling;
import org.netzbild.model.Link;
import org.netzbild.model.Statement;
import org.netzbild.model.WriteBatch;
import org.netzbild.security.AnalystSession;
import org.netzbild.security.Purpose;
import org.netzbild.store.WriteMode;
import org.netzbild.testsupport.Records;
import org.netzbild.testsupport.TemplateWorkspace;

/**
 * {@code show} and {@code path --max-paths} on a real embedded workspace, signed in as a
 * restricted EDITOR of pp-essen: what an investigator reads, in English and German, and how an id
 * the session may not see answers.
 */
class ShowCommandLineTest {

    /** Records another agency keeps to itself: the EDITOR of pp-essen may not see them. */
    private static final String OTHER_AGENCY = "fa-essen";

    @TempDir
    Path workspace;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Records r = new Records();

    @BeforeEach
    void englishOnAFreshWorkspace() {
        I18n.use(I18n.ENGLISH);
        TemplateWorkspace.copyTo(workspace);
    }

    @AfterEach
    void german() {
        I18n.use(I18n.GERMAN);
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--store", workspace.toString(), "--as", TemplateWorkspace.EDITOR,
                "--case", "ST/0000001/2026", "--purpose", "Prüfung eines Imports"));
        return NetzbildCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), CommandLineTest.SIGNED_IN,
                all.toArray(String[]::new));
    }

    /** Writes records as a clerk of another agency would enter them by hand, through the port. */
    private void enterByHand(WriteBatch batch) {
        var clerk = AnalystSession.unrestricted("sb.fa", OTHER_AGENCY, new Purpose("Erfassung", "Testdaten"));
        try (Workspace open = Workspace.open(WorkspaceSettings.embedded(workspace, clerk))) {
            open.store().write(batch, WriteMode.CREATE);
        }
    }

    private String idOf(String name) {
        assertThat(run("search", name)).as(err.toString()).isZero();
        return out.toString().lines().filter(l -> l.contains(name)).findFirst().orElseThrow().split("\\s+")[0];
    }

    @Test
    void showTellsTheTypePropertiesEveryStatementWithItsProvenanceAndTheLinksByType() {
        String spec = Path.of("src/test/resources/import/gewerbeamt-essen.yaml").toString();
        String data = Path.of("src/test/resources/import/gewerbeamt-essen.csv").toString();
        assertThat(run("import", "--mapping", spec, data)).as(err.toString()).isZero();
        var imported = java.util.regex.Pattern.compile("Import (import-[0-9a-f-]+):").matcher(out.toString());
        assertThat(imported.find()).isTrue();
        String person = idOf("Dirk Hoffmann");
        var stated = new Statement(r.id("fa-st"), person, Records.props("birthPlace", "Gelsenkirchen"),
                Records.from(OTHER_AGENCY));
        var hidden = new Statement(r.id("fa-verdeckt"), person, Records.props("birthPlace", "Verdecktstadt"),
                Records.from(OTHER_AGENCY).handled(Handling.AGENCY_ONLY, null));
        enterByHand(new WriteBatch(List.of(), List.of(), List.of(stated, hidden)));

        assertThat(run("show", person)).as(err.toString()).isZero();

        String shown = out.toString();
        assertThat(shown).startsWith("Person " + person + " – Dirk Hoffmann")
                .contains("  birthDate: 1971-03-14")
                .contains("2 statements:")
                .contains("Own record")
                .contains("Source gwa-essen, recorded ")
                .contains("ref. GA-E/2026/0412, grading A1 (source A, information 1, EU4x4), FACT")
                .contains("Handling OPEN")
                .contains("from import " + imported.group(1))
                .contains("Statement " + stated.id())
                .contains("Source " + OTHER_AGENCY + ", recorded 2026-03-01 10:15 UTC by kommissarin.k")
                .contains("entered by hand")
                .contains("birthPlace: Gelsenkirchen")
                .contains("DIRECTS (1)")
                .contains("Shisha Lounge Rüttenscheid")
                .doesNotContain(hidden.id()).doesNotContain("Verdecktstadt");
        // the link is told from the person's side, with its own provenance
        assertThat(shown.lines().filter(l -> l.contains("→") && l.contains("Business"))).hasSize(1);
        assertThat(shown).contains("role: OPERATOR");
    }

    @Test
    void showSpeaksGermanByDefault() {
        Entity anna = r.person("anna", "Anna Aktenlage", OTHER_AGENCY);
        Entity firma = r.business("firma", "Aktenlage GmbH");
        enterByHand(new WriteBatch(List.of(anna, firma), List.of(r.link("leitet", "DIRECTS", anna, firma, "role", "OPERATOR"))));
        I18n.use(I18n.GERMAN);

        assertThat(run("show", anna.id())).as(err.toString()).isZero();

        assertThat(out.toString()).contains("1 Aussage:").contains("Eigener Datensatz").contains("Quelle " + OTHER_AGENCY)
                .contains("von Hand erfasst").contains("1 Verbindung:").contains("DIRECTS (1)")
                .contains("→ " + firma.id());
    }

    @Test
    void aHiddenIdAnswersExactlyAsAMissingOne() {
        Entity hidden = r.restricted(r.person("verdeckt", "Vera Verdeckt", OTHER_AGENCY));
        enterByHand(new WriteBatch(List.of(hidden), List.of()));
        String missing = r.id("nie-geschrieben");

        int hiddenCode = run("show", hidden.id());
        String hiddenMessage = err.toString().replace(hidden.id(), "ID");
        String hiddenOut = out.toString();
        int missingCode = run("show", missing);
        String missingMessage = err.toString().replace(missing, "ID");

        assertThat(hiddenCode).isEqualTo(missingCode).isEqualTo(3);
        assertThat(hiddenMessage).isEqualTo(missingMessage).contains("Not found");
        assertThat(hiddenOut).isEmpty();
    }

    @Test
    void pathShowsTheFirstPathsInTheOrderOfTheirIdsAndSaysHowManyThereAre() {
        Entity a = r.person("a", "Anton Anfang", OTHER_AGENCY);
        Entity z = r.person("z", "Zora Ende", OTHER_AGENCY);
        var entities = new ArrayList<>(List.of(a, z));
        var links = new ArrayList<Link>();
        for (String m : List.of("m3", "m1", "m2")) {
            Entity middle = r.person(m, "Mitte " + m.toUpperCase(), OTHER_AGENCY);
            entities.add(middle);
            links.add(r.link("a-" + m, "ASSOCIATE", a, middle));
            links.add(r.link(m + "-z", "ASSOCIATE", middle, z));
        }
        enterByHand(new WriteBatch(entities, links));

        assertThat(run("path", a.id(), z.id(), "--max-paths", "2")).as(err.toString()).isZero();
        assertThat(out.toString().lines().toList()).containsExactly("2 of 3 shortest paths of length 2 shown:",
                "Anton Anfang  -ASSOCIATE-  Mitte M1  -ASSOCIATE-  Zora Ende",
                "Anton Anfang  -ASSOCIATE-  Mitte M2  -ASSOCIATE-  Zora Ende");

        assertThat(run("path", a.id(), z.id())).isZero();
        assertThat(out.toString()).startsWith("All 3 shortest paths of length 2:");

        I18n.use(I18n.GERMAN);
        assertThat(run("path", a.id(), z.id(), "--max-paths", "1")).isZero();
        assertThat(out.toString()).startsWith("1 von 3 kürzesten Pfaden der Länge 2 gezeigt:");

        I18n.use(I18n.ENGLISH);
        assertThat(run("path", a.id(), z.id(), "--max-paths", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("The number of paths must be at least 1.");
    }
}
