package org.netzbild.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** What each role may do, as issue 15 lists it. */
class RoleTest {

    @Test
    void anAnalystReadsAndAnalysesButNeitherWritesNorImports() {
        assertThat(Role.ANALYST.permissions()).containsExactlyInAnyOrder(Permission.READ_CASE_DATA, Permission.ANALYSE);
    }

    @Test
    void anEditorAlsoWritesAndImports() {
        assertThat(Role.EDITOR.permissions()).contains(Permission.READ_CASE_DATA, Permission.WRITE, Permission.IMPORT)
                .doesNotContain(Permission.MANAGE_ACCOUNTS, Permission.READ_AUDIT);
    }

    @Test
    void anAdminManagesAccountsAndBacksUpAndSeesNoCaseData() {
        // the backup holds the case data, but as a sealed file for the machine's keeping (ADR 0035), not to read
        assertThat(Role.ADMIN.permissions()).containsExactlyInAnyOrder(Permission.MANAGE_ACCOUNTS, Permission.BACKUP);
    }

    @Test
    void dataProtectionReadsTheAuditLogAndWorksTheReviewQueueNotTheCases() {
        assertThat(Role.DATA_PROTECTION.permissions()).containsExactlyInAnyOrder(Permission.READ_AUDIT, Permission.REVIEW);
    }

    @Test
    void anAdminAccountHasNoOtherRole() {
        var hash = PasswordHash.parse(PasswordHash.of("zwölf-zeichen-lang".toCharArray()).encoded());

        assertThatThrownBy(() -> new Account("a.b", "pp-essen", Set.of(Role.ADMIN, Role.ANALYST), true, hash))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ADMIN");
    }

    @Test
    void aSignedInSessionSeesItsAgencyAndItsCaseOnly() {
        var hash = PasswordHash.parse(PasswordHash.of("zwölf-zeichen-lang".toCharArray()).encoded());
        var account = new Account("k.meier", "pp-essen", Set.of(Role.ANALYST), true, hash);

        var session = AnalystSession.signedIn(account, new Purpose(" ST/0418822/2025 ", "Auswertung"));

        assertThat(session.visibility()).isEqualTo(Visibility.of("k.meier", "pp-essen", "ST/0418822/2025"));
        assertThat(session.may(Permission.WRITE)).isFalse();
        assertThat(session.withPurpose(new Purpose("ST/1/2026", "anderer Fall")).visibility().cases())
                .containsExactly("ST/1/2026");
    }
}
