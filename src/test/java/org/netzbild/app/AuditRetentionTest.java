package org.netzbild.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** § 76 (4) BDSG: log data goes at the end of the year after the year it was made in, unless the workspace says longer. */
class AuditRetentionTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path workspace;

    @Test
    void byDefaultAnEntryOf2024GoesWhen2025HasEndedAndOneOf2025Stays() {
        var retention = AuditRetention.of(workspace);

        Instant keepsFrom = retention.keepsFrom(LocalDate.of(2026, 1, 1), BERLIN);

        assertThat(retention.years()).isEqualTo(AuditRetention.DEFAULT_YEARS).isEqualTo(1);
        assertThat(keepsFrom).isEqualTo(Instant.parse("2024-12-31T23:00:00Z")); // 1 January 2025, 00:00 in Berlin
        assertThat(retention.keepsFrom(LocalDate.of(2025, 12, 31), BERLIN)).isEqualTo(Instant.parse("2023-12-31T23:00:00Z"));
    }

    @Test
    void theWorkspaceMayKeepItsLogLonger() throws IOException {
        Files.writeString(workspace.resolve(AuditRetention.FILE), "# Landesrecht\naudit.retentionYears = 3\n");

        var retention = new WorkspaceSettings(workspace, new org.netzbild.store.StoreLocation.Embedded(workspace),
                org.netzbild.security.AnalystSession.unrestricted("t", "pp-essen",
                        new org.netzbild.security.Purpose("AZ", "Test"))).auditRetention();

        assertThat(retention.years()).isEqualTo(3);
        assertThat(retention.keepsFrom(LocalDate.of(2026, 6, 1), BERLIN)).isEqualTo(Instant.parse("2022-12-31T23:00:00Z"));
    }

    @Test
    void aRetentionThatIsNoNumberOfYearsIsRefusedWithTheKeyNamed() throws IOException {
        Files.writeString(workspace.resolve(AuditRetention.FILE), "audit.retentionYears=ein Jahr\n");

        assertThatThrownBy(() -> AuditRetention.of(workspace)).isInstanceOf(UserFacingException.class)
                .satisfies(e -> {
                    assertThat(ErrorMessages.describe(e)).contains("audit.retentionYears", "ein Jahr");
                    assertThat(ErrorMessages.exitCode(e)).isEqualTo(2);
                });
    }
}
