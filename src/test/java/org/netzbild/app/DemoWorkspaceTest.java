package org.netzbild.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.security.Purpose;
import org.netzbild.testsupport.TemplateWorkspace;

/** The demo workspace comes with the documented demo accounts; a real workspace never gets them. */
class DemoWorkspaceTest {

    @Test
    void aNewWorkspaceFilledWithTheDemoHasTheDocumentedAccounts(@TempDir Path folder) {
        try (var gate = WorkspaceGate.open(WorkspaceAddress.embedded(folder))) {
            assertThat(DemoData.isNew(gate)).isTrue();

            DemoData.fill(gate, 100, DemoData.DEFAULT_SEED, Progress.NONE, () -> false);

            assertThat(DemoData.isDemo(gate)).isTrue();
            for (var demo : DemoAccounts.ALL) {
                var signedIn = gate.signIn(demo.name(), "netzbild-demo".toCharArray());
                assertThat(signedIn.roles()).containsExactly(demo.role());
                assertThat(signedIn.agency()).isEqualTo(demo.agency());
            }
            try (var workspace = gate.enter(gate.signIn("analyst.essen", "netzbild-demo".toCharArray()),
                    new Purpose("ST/0418822/2025", "Erprobung"))) {
                assertThat(new Explorer(workspace).search("Dirk Hofmann", 5)).isNotEmpty();
            }
        }
    }

    @Test
    void theDemoRefusesAWorkspaceThatHasAccounts(@TempDir Path folder) {
        try (var gate = WorkspaceGate.open(WorkspaceAddress.embedded(TemplateWorkspace.copyTo(folder)))) {
            assertThatThrownBy(() -> DemoData.fill(gate, 100, DemoData.DEFAULT_SEED, Progress.NONE, () -> false))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("demo.hasAccounts"));
            assertThat(DemoData.isDemo(gate)).isFalse();
        }
    }
}
