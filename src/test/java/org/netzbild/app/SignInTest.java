package org.netzbild.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.model.Entity;
import org.netzbild.security.NotPermittedException;
import org.netzbild.security.Permission;
import org.netzbild.security.Purpose;
import org.netzbild.security.Role;
import org.netzbild.security.Visibility;
import org.netzbild.testsupport.AuditLines;
import org.netzbild.testsupport.Records;
import org.netzbild.testsupport.TemplateWorkspace;

/**
 * Signing in to a real embedded workspace with its accounts: who gets in, with which session,
 * what the roles allow, and what the audit log says about each step.
 */
class SignInTest {

    private static final Purpose PURPOSE = new Purpose("ST/0418822/2025", "Auswertung Verbundkontrolle");

    @TempDir
    Path folder;
    private WorkspaceGate gate;

    @BeforeEach
    void aWorkspaceWithOneAccountPerRole() {
        gate = WorkspaceGate.open(WorkspaceAddress.embedded(TemplateWorkspace.copyTo(folder)));
    }

    @AfterEach
    void close() {
        gate.close();
    }

    private Workspace signedInAs(String user) {
        return gate.enter(gate.signIn(user, TemplateWorkspace.PASSWORD.toCharArray()), PURPOSE);
    }

    @Test
    void theRightPasswordGivesARestrictedSessionOfTheAccountsAgencyRolesAndCase() {
        try (Workspace workspace = signedInAs(TemplateWorkspace.ANALYST)) {
            var session = workspace.session();

            assertThat(session.user()).isEqualTo(TemplateWorkspace.ANALYST);
            assertThat(session.agency()).isEqualTo("pp-essen");
            assertThat(session.roles()).containsExactly(Role.ANALYST);
            assertThat(session.purpose()).isEqualTo(PURPOSE);
            assertThat(session.visibility()).isEqualTo(Visibility.of(TemplateWorkspace.ANALYST, "pp-essen", "ST/0418822/2025"));
        }
        assertThat(AuditLines.of(folder, "signIn")).last().satisfies(entry -> {
            assertThat(entry.get("outcome")).isEqualTo("DONE");
            assertThat(entry.get("user")).isEqualTo(TemplateWorkspace.ANALYST);
            assertThat(entry.get("agency")).isEqualTo("pp-essen");
        });
    }

    @Test
    void aWrongPasswordIsRefusedAndAuditedAsARefusedSignIn() {
        assertThatThrownBy(() -> gate.signIn(TemplateWorkspace.ANALYST, "falsches-passwort".toCharArray()))
                .isInstanceOfSatisfying(SignInRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(SignInRefusedException.Reason.WRONG_CREDENTIALS));

        var refused = AuditLines.of(folder, "signIn").getLast();
        assertThat(refused.get("operation")).isEqualTo("SIGN_IN");
        assertThat(refused.get("outcome")).isEqualTo("REFUSED");
        assertThat(refused.get("user")).isEqualTo(TemplateWorkspace.ANALYST);
        assertThat(AuditLines.text(folder)).doesNotContain("falsches-passwort");
    }

    @Test
    void anUnknownUserIsRefusedInTheSameWordsAsAWrongPassword() {
        assertThatThrownBy(() -> gate.signIn("niemand", TemplateWorkspace.PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(SignInRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(SignInRefusedException.Reason.WRONG_CREDENTIALS));

        assertThat(AuditLines.of(folder, "signIn").getLast().get("outcome")).isEqualTo("REFUSED");
    }

    @Test
    void aDisabledAccountIsRefusedEvenWithTheRightPassword() {
        try (Workspace admin = signedInAs(TemplateWorkspace.ADMIN)) {
            new Accounts(admin).disable(TemplateWorkspace.ANALYST);
        }
        var again = WorkspaceGate.open(WorkspaceAddress.embedded(folder));
        gate = again;

        assertThatThrownBy(() -> again.signIn(TemplateWorkspace.ANALYST, TemplateWorkspace.PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(SignInRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(SignInRefusedException.Reason.DISABLED));
        assertThat(AuditLines.of(folder, "signIn").getLast()).satisfies(entry -> {
            assertThat(entry.get("outcome")).isEqualTo("REFUSED");
            assertThat(entry.get("criteria")).isEqualTo("account disabled");
        });
    }

    @Test
    void withoutAPurposeNothingIsShownAndTheRefusalIsAudited() {
        var signedIn = gate.signIn(TemplateWorkspace.ANALYST, TemplateWorkspace.PASSWORD.toCharArray());

        assertThatThrownBy(() -> gate.enter(signedIn, null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("error.purposeMissing"));
        assertThat(AuditLines.of(folder, "enter").getLast()).satisfies(entry -> {
            assertThat(entry.get("outcome")).isEqualTo("REFUSED");
            assertThat(entry.get("user")).isEqualTo(TemplateWorkspace.ANALYST);
            assertThat(entry.get("criteria")).isEqualTo("no purpose stated");
        });
    }

    @Test
    void anAnalystCannotWriteAndTheRefusalIsAuditedWithoutTouchingTheStore() {
        try (Workspace workspace = signedInAs(TemplateWorkspace.ANALYST)) {
            Entity person = new Records().person("p", "Ana Lyst", "pp-essen");

            assertThatThrownBy(() -> workspace.store().create(person))
                    .isInstanceOfSatisfying(NotPermittedException.class,
                            e -> assertThat(e.permission()).isEqualTo(Permission.WRITE));
            assertThat(new Explorer(workspace).entity(person.id())).isEmpty();
        }
        assertThat(AuditLines.of(folder, "write", TemplateWorkspace.ANALYST)).singleElement().satisfies(entry -> {
            assertThat(entry.get("outcome")).isEqualTo("REFUSED");
            assertThat(entry.get("operation")).isEqualTo("CREATE");
        });
    }

    @Test
    void anEditorWritesAndTheEntriesNameUserAgencyPurposeCaseAndOutcome() {
        Entity person = new Records().person("p", "Eddi Tor", "pp-essen");
        try (Workspace workspace = signedInAs(TemplateWorkspace.EDITOR)) {
            workspace.store().create(person);
            new Explorer(workspace).search("Eddi Tor", 5);
        }

        var writes = AuditLines.of(folder, "write", TemplateWorkspace.EDITOR);
        assertThat(writes).extracting(e -> e.get("outcome")).containsExactly("INTENDED", "DONE");
        assertThat(AuditLines.of(folder, "search")).singleElement().satisfies(entry -> {
            assertThat(entry.get("user")).isEqualTo(TemplateWorkspace.EDITOR);
            assertThat(entry.get("agency")).isEqualTo("pp-essen");
            assertThat(entry.get("case")).isEqualTo("ST/0418822/2025");
            assertThat(entry.get("purpose")).isEqualTo("Auswertung Verbundkontrolle");
            assertThat(entry.get("outcome")).isEqualTo("DONE");
            assertThat(entry.json().path("ids").toString()).contains(person.id());
        });
    }

    @Test
    void anAdminSeesNoCaseDataAndTheRefusalIsAudited() {
        try (Workspace workspace = signedInAs(TemplateWorkspace.ADMIN)) {
            assertThatThrownBy(() -> new Explorer(workspace).search("Bochum", 5))
                    .isInstanceOfSatisfying(NotPermittedException.class,
                            e -> assertThat(e.permission()).isEqualTo(Permission.READ_CASE_DATA));
            assertThatThrownBy(() -> new Explorer(workspace).statistics()).isInstanceOf(NotPermittedException.class);
        }
        assertThat(AuditLines.of(folder, "search")).singleElement()
                .satisfies(entry -> assertThat(entry.get("outcome")).isEqualTo("REFUSED"));
    }

    @Test
    void anAdminManagesAccountsAndAnAnalystMayNot() {
        try (Workspace admin = signedInAs(TemplateWorkspace.ADMIN)) {
            new Accounts(admin).add("zoll.neu", "hza-duisburg", Set.of(Role.EDITOR), "zoll-passwort-lang".toCharArray());

            assertThat(new Accounts(admin).list()).extracting(a -> a.name()).contains("zoll.neu", TemplateWorkspace.ANALYST);
        }
        var again = WorkspaceGate.open(WorkspaceAddress.embedded(folder));
        gate = again;
        try (Workspace analyst = again.enter(again.signIn(TemplateWorkspace.ANALYST, TemplateWorkspace.PASSWORD.toCharArray()),
                PURPOSE)) {
            assertThatThrownBy(() -> new Accounts(analyst).list()).isInstanceOf(NotPermittedException.class);
        }
        assertThat(AuditLines.of(folder, "createAccount", TemplateWorkspace.ADMIN).stream()
                .filter(e -> e.json().path("ids").toString().contains("zoll.neu"))).extracting(e -> e.get("outcome"))
                .containsExactly("INTENDED", "DONE");
        assertThat(AuditLines.of(folder, "accounts")).extracting(e -> e.get("outcome"))
                .containsExactly("DONE", "REFUSED");
    }

    @Test
    void anAccountNeedsAnAgencyOfTheReferenceDataAndALongPassword() {
        try (Workspace admin = signedInAs(TemplateWorkspace.ADMIN)) {
            var accounts = new Accounts(admin);

            assertThatThrownBy(() -> accounts.add("x.y", "Gewerbeamt Essen", Set.of(Role.ANALYST), "lang-genug-passwort".toCharArray()))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("accounts.unknownAgency"));
            assertThatThrownBy(() -> accounts.add("x.y", "gwa-essen", Set.of(Role.ANALYST), "kurz".toCharArray()))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("accounts.passwordTooShort"));
        }
    }

    @Test
    void theHashIsStoredWithItsParametersAndNoPasswordOrHashReachesTheAuditLog() {
        try (Workspace admin = signedInAs(TemplateWorkspace.ADMIN)) {
            new Accounts(admin).add("neu.konto", "pp-bochum", Set.of(Role.ANALYST), "neues-geheimes-wort".toCharArray());
            new Accounts(admin).setPassword("neu.konto", "noch-geheimeres-wort".toCharArray());
            var stored = admin.accounts().account("neu.konto").orElseThrow();

            assertThat(stored.password().encoded()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
            assertThat(stored.password().matches("noch-geheimeres-wort".toCharArray())).isTrue();
            assertThat(AuditLines.text(folder)).doesNotContain("geheim").doesNotContain("$argon2id")
                    .doesNotContain(stored.password().encoded().substring(30));
        }
    }

    @Test
    void theFirstAdminNeedsNoSignInButOnlyWhileThereIsNoAccount() {
        assertThatThrownBy(() -> gate.createFirstAdmin("zweite.admin", "pp-essen", "admin-passwort-lang".toCharArray()))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("accounts.notFirst"));
        assertThat(AuditLines.of(folder, "createFirstAdmin").getLast().get("outcome")).isEqualTo("REFUSED");
    }

    @Test
    void changingThePurposeIsLoggedAndTheNewCaseDecidesWhatIsSeen() {
        try (Workspace workspace = signedInAs(TemplateWorkspace.ANALYST)) {
            workspace.changePurpose(new Purpose("ST/0000002/2026", "Anschlussermittlung"));

            assertThat(workspace.session().visibility().cases()).containsExactly("ST/0000002/2026");
            new Explorer(workspace).search("Bochum", 3);
        }
        assertThat(AuditLines.of(folder, "changePurpose")).singleElement().satisfies(entry -> {
            assertThat(entry.get("case")).isEqualTo("ST/0000002/2026");
            assertThat(entry.get("criteria")).isEqualTo("from ST/0418822/2025: Auswertung Verbundkontrolle");
        });
        assertThat(AuditLines.of(folder, "search").getLast().get("case")).isEqualTo("ST/0000002/2026");
    }
}
