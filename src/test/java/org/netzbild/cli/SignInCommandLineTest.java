package org.netzbild.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.app.I18n;
import org.netzbild.testsupport.AuditLines;
import org.netzbild.testsupport.TemplateWorkspace;

/** Signing in on the command line: who, with which password source, for which purpose, and the exit codes. */
class SignInCommandLineTest {

    @TempDir
    Path workspace;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void englishOnAFreshWorkspace() {
        I18n.use(I18n.ENGLISH);
        TemplateWorkspace.copyTo(workspace);
    }

    @AfterEach
    void german() {
        I18n.use(I18n.GERMAN);
    }

    private int run(Map<String, String> environment, String... args) {
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--store", workspace.toString()));
        return NetzbildCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), environment,
                all.toArray(String[]::new));
    }

    private static Map<String, String> password(String password) {
        return Map.of("NETZBILD_ACCOUNT_PASSWORD", password);
    }

    @Test
    void aWrongPasswordIsRefusedWithExitFourAndAuditedAsARefusedSignIn() {
        int code = run(password("nicht-das-passwort"), "search", "Bochum", "--as", TemplateWorkspace.ANALYST,
                "--case", "AZ 1", "--purpose", "Prüfung");

        assertThat(code).isEqualTo(4);
        assertThat(err.toString()).contains("Sign-in refused: wrong user name or password (analyst.test)");
        assertThat(out.toString()).isEmpty();
        assertThat(AuditLines.of(workspace, "signIn").getLast().get("outcome")).isEqualTo("REFUSED");
        assertThat(AuditLines.of(workspace, "search")).isEmpty();
    }

    @Test
    void theRefusalIsWordedInTheUsersLanguage() {
        run(password("nicht-das-passwort"), "search", "Bochum", "--as", TemplateWorkspace.ANALYST,
                "--case", "AZ 1", "--purpose", "Prüfung", "--lang", "de");

        assertThat(err.toString()).contains("Anmeldung abgelehnt: Benutzername oder Passwort ist falsch");
    }

    @Test
    void withoutCaseAndPurposeACommandIsRefusedWithExitTwoAndTheRefusalIsAudited() {
        int code = run(password(TemplateWorkspace.PASSWORD), "search", "Bochum", "--as", TemplateWorkspace.ANALYST,
                "--case", "AZ 1");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("No data is shown without a purpose")
                .contains("--case").contains("--purpose");
        assertThat(AuditLines.of(workspace, "enter").getLast().get("outcome")).isEqualTo("REFUSED");
        assertThat(AuditLines.of(workspace, "search")).isEmpty();
    }

    @Test
    void withoutAnAccountNameOrPasswordNothingIsTried() {
        assertThat(run(password(TemplateWorkspace.PASSWORD), "search", "Bochum", "--case", "AZ 1", "--purpose", "x"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("The account to sign in with is missing: give --as NAME or set NETZBILD_USER");

        err.getBuffer().setLength(0);
        assertThat(run(Map.of(), "search", "Bochum", "--as", TemplateWorkspace.ANALYST, "--case", "AZ 1", "--purpose", "x"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("The password for the account analyst.test is missing");
    }

    @Test
    void theUserMayComeFromTheEnvironmentAndThePurposeIsLoggedAsTyped() {
        var environment = Map.of("NETZBILD_USER", TemplateWorkspace.ANALYST,
                "NETZBILD_ACCOUNT_PASSWORD", TemplateWorkspace.PASSWORD);

        assertThat(run(environment, "search", "Bochum", "--case", "123 Js 456/26", "--purpose", "Prüfung „Gefahrenabwehr“"))
                .as(err.toString()).isZero();

        assertThat(out.toString()).contains("mun-bochum");
        assertThat(AuditLines.of(workspace, "search")).singleElement().satisfies(entry -> {
            assertThat(entry.get("user")).isEqualTo(TemplateWorkspace.ANALYST);
            assertThat(entry.get("agency")).isEqualTo("pp-essen");
            assertThat(entry.get("case")).isEqualTo("123 Js 456/26");
            assertThat(entry.get("purpose")).isEqualTo("Prüfung „Gefahrenabwehr“");
        });
    }

    @Test
    void anAnalystCannotImportAndIsToldSoWithExitFour() {
        int code = run(password(TemplateWorkspace.PASSWORD), "import", "--mapping",
                Path.of("src/test/resources/import/gewerbeamt-essen.yaml").toString(),
                Path.of("src/test/resources/import/gewerbeamt-essen.csv").toString(),
                "--as", TemplateWorkspace.ANALYST, "--case", "AZ 1", "--purpose", "Import");

        assertThat(code).isEqualTo(4);
        assertThat(err.toString()).contains("Not permitted: the roles of analyst.test do not allow importing files");
        assertThat(AuditLines.of(workspace, "beginImport")).singleElement()
                .satisfies(entry -> assertThat(entry.get("outcome")).isEqualTo("REFUSED"));
    }

    @Test
    void anAdminAddsListsAndDisablesAccountsAndPasswordsComeOnlyFromTheEnvironment() {
        var admin = Map.of("NETZBILD_ACCOUNT_PASSWORD", TemplateWorkspace.PASSWORD,
                "NETZBILD_NEW_PASSWORD", "ordnungsamt-passwort");
        String[] signIn = {"--as", TemplateWorkspace.ADMIN, "--case", "IT-4711", "--purpose", "Zugang Ordnungsamt"};

        assertThat(run(admin, concat(new String[] {"user", "add", "oa.schmidt", "--agency", "oa-essen", "--role", "ANALYST"}, signIn)))
                .as(err.toString()).isZero();
        assertThat(run(admin, concat(new String[] {"user", "list"}, signIn))).isZero();
        assertThat(out.toString()).containsPattern("oa\\.schmidt\\s+oa-essen\\s+\\[ANALYST\\]\\s+enabled");
        assertThat(run(admin, concat(new String[] {"user", "disable", "oa.schmidt"}, signIn))).isZero();
        assertThat(run(password("ordnungsamt-passwort"), "info", "--as", "oa.schmidt", "--case", "x", "--purpose", "y"))
                .isEqualTo(4);

        assertThat(err.toString()).contains("the account oa.schmidt is disabled");
        assertThat(AuditLines.text(workspace)).doesNotContain("ordnungsamt-passwort");
    }

    @Test
    void aUserSetsTheirOwnPasswordButNoOneElses() {
        var environment = Map.of("NETZBILD_ACCOUNT_PASSWORD", TemplateWorkspace.PASSWORD,
                "NETZBILD_NEW_PASSWORD", "mein-neues-passwort");
        String[] signIn = {"--as", TemplateWorkspace.ANALYST, "--case", "IT-1", "--purpose", "Passwortwechsel"};

        assertThat(run(environment, concat(new String[] {"user", "passwd", TemplateWorkspace.EDITOR}, signIn))).isEqualTo(4);
        assertThat(run(environment, concat(new String[] {"user", "passwd", TemplateWorkspace.ANALYST}, signIn)))
                .as(err.toString()).isZero();

        assertThat(run(password("mein-neues-passwort"), "info", "--as", TemplateWorkspace.ANALYST, "--case", "x",
                "--purpose", "y")).as(err.toString()).isZero();
    }

    @Test
    void userAddHasNoPasswordOption() {
        assertThat(run(Map.of(), "user", "add", "x.y", "--agency", "pp-essen", "--role", "ANALYST", "--password", "geheim"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("Unknown options: '--password', 'geheim'");
    }

    private static String[] concat(String[] a, String[] b) {
        var all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }
}
