package org.netzbild.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.app.I18n;
import org.netzbild.testsupport.AuditLines;
import org.netzbild.testsupport.TemplateWorkspace;

/**
 * {@code audit show}, {@code audit export} and {@code audit prune}: for DATA_PROTECTION only, each
 * run on the log itself. One workspace for the class; each test reads what the log holds then.
 */
class AuditCommandLineTest {

    @TempDir
    static Path folder;
    private static Path workspace;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void aWorkspaceWhereAnAnalystLookedSomeoneUp() {
        I18n.use(I18n.ENGLISH);
        workspace = TemplateWorkspace.copyTo(folder.resolve("workspace"));
        int code = NetzbildCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                Map.of("NETZBILD_ACCOUNT_PASSWORD", TemplateWorkspace.PASSWORD), "info", "--store", workspace.toString(),
                "--as", TemplateWorkspace.ANALYST, "--case", "=HYPERLINK(\"http://evil\")", "--purpose", "Lage; Prüfung");
        assertThat(code).isZero();
    }

    @AfterAll
    static void german() {
        I18n.use(I18n.GERMAN);
    }

    private int run(String user, String... args) {
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--store", workspace.toString(), "--as", user, "--case", "DS-2026-7", "--purpose", "Kontrolle"));
        return NetzbildCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                Map.of("NETZBILD_ACCOUNT_PASSWORD", TemplateWorkspace.PASSWORD), all.toArray(String[]::new));
    }

    @Test
    void anOfficerExportsTheEntriesOfAUserAsCsvForExcelAndTheExportIsLogged() throws Exception {
        Path csv = folder.resolve("protokoll.csv");

        int code = run(TemplateWorkspace.DATA_PROTECTION, "audit", "export", "--by", TemplateWorkspace.ANALYST,
                "--operation", "QUERY", "--out", csv.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("entries written to " + csv).contains("Audit log intact");
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        var lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines[0]).startsWith("seq;time;user;agency;case;purpose;operation;action;criteria;outcome");
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(List.of(lines).subList(1, lines.length)).allSatisfy(line -> assertThat(line)
                .contains(";" + TemplateWorkspace.ANALYST + ";pp-essen;\"'=HYPERLINK(\"\"http://evil\"\")\";\"Lage; Prüfung\";QUERY;"));
        var logged = AuditLines.of(workspace, "auditExport").getLast();
        assertThat(logged.get("user")).isEqualTo(TemplateWorkspace.DATA_PROTECTION);
        assertThat(logged.get("operation")).isEqualTo("AUDIT_READ");
        assertThat(logged.get("case")).isEqualTo("DS-2026-7");
        assertThat(logged.get("criteria")).contains("user=" + TemplateWorkspace.ANALYST, "operation=QUERY", csv.toString());
    }

    @Test
    void anOfficerSeesTheEntriesAsATableWithTheChainsState() {
        int code = run(TemplateWorkspace.DATA_PROTECTION, "audit", "show", "--by", TemplateWorkspace.ANALYST,
                "--outcome", "DONE", "--limit", "5");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains(TemplateWorkspace.ANALYST).contains("statistics")
                .contains("matching entries shown").contains("Audit log intact");
        assertThat(AuditLines.of(workspace, "auditRead").getLast().get("criteria"))
                .contains("user=" + TemplateWorkspace.ANALYST, "outcome=DONE");
    }

    @Test
    void anAnalystMayNotReadTheLogAndTheRefusalIsLogged() {
        int code = run(TemplateWorkspace.ANALYST, "audit", "export", "--out", folder.resolve("nicht.csv").toString());

        assertThat(code).isEqualTo(4);
        assertThat(err.toString()).contains("reading the audit log");
        assertThat(folder.resolve("nicht.csv")).doesNotExist();
        var refused = AuditLines.of(workspace, "auditExport", TemplateWorkspace.ANALYST).getLast();
        assertThat(refused.get("outcome")).isEqualTo("REFUSED");
    }

    @Test
    void pruningWithinTheRetentionDeletesNothingAndSaysSo() {
        int code = run(TemplateWorkspace.DATA_PROTECTION, "audit", "prune");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("nothing deleted");
        assertThat(AuditLines.of(workspace, "pruneAudit").getLast().get("outcome")).isEqualTo("DONE");
    }

    @Test
    void anUnknownKindOfProcessingIsABadArgumentThatNamesTheChoices() {
        int code = run(TemplateWorkspace.DATA_PROTECTION, "audit", "show", "--operation", "LESEN");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("LESEN").contains("AUDIT_READ");
    }
}
