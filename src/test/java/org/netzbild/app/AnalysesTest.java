package org.netzbild.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.analysis.KeyPlayers;
import org.netzbild.analysis.NetworkFinder;
import org.netzbild.security.AnalystSession;
import org.netzbild.security.Purpose;
import org.netzbild.testsupport.AuditLines;
import org.netzbild.testsupport.TemplateWorkspace;

/**
 * The analysis service on a real embedded store: a small network across Essen and Bottrop, a
 * police incident that customs handle too, and the audit entries a run leaves.
 */
class AnalysesTest {

    @TempDir
    static Path folder;
    private static Workspace workspace;

    @BeforeAll
    static void writeASmallNetwork() {
        workspace = Workspace.open(WorkspaceSettings.embedded(TemplateWorkspace.copyTo(folder),
                AnalystSession.unrestricted("ana.lyse", "pp-essen", new Purpose("AZ 1/26", "Test"))));
        org.netzbild.testsupport.SmallNetwork.write(workspace.store());
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void theFinderNamesTheNetworkWithItsPlacesAgenciesAndJointIncidentAndTheRunIsLoggedWithItsJustification() {
        var result = new Analyses(workspace).networks(NetworkFinder.Settings.defaults(), 10, "Prüfung Kioskkette");

        assertThat(result.networks()).hasSize(1);
        NetworkFinder.Network network = result.networks().getFirst();
        assertThat(network.members()).containsExactly("an-a", "an-adr1", "an-adr2", "an-b", "an-inc", "an-shop");
        assertThat(network.municipalities()).containsExactly("mun-bottrop", "mun-essen");
        assertThat(network.policeAuthorities()).containsExactly("PP Essen", "PP Recklinghausen");
        assertThat(network.agencies()).containsExactly("gwa-essen", "pp-essen", "stfa-essen");
        assertThat(network.agencyKinds()).containsExactly("MUNICIPAL", "POLICE", "TAX");
        assertThat(network.jointIncidents()).containsExactly("an-inc");
        assertThat(network.evidence().weakestCode()).isEqualTo("C3");

        var entry = AuditLines.of(folder, "analysis:networks").getLast();
        assertThat(entry.get("operation")).isEqualTo("COMBINE");
        assertThat(entry.get("criteria")).contains("tier=NETWORK", "justification=Prüfung Kioskkette");
        assertThat(entry.json().toString()).contains("an-shop");
        assertThat(AuditLines.of(folder, "slice").getLast().get("criteria")).contains("function=networks", "scope=store");
    }

    @Test
    void aNetworkWideAnalysisWithoutJustificationIsRefusedAndTheRefusalLogged() {
        assertThatThrownBy(() -> new Analyses(workspace).networks(NetworkFinder.Settings.defaults(), 10, "  "))
                .isInstanceOf(UserFacingException.class).hasMessage("analysis.justificationNeeded");

        assertThat(AuditLines.of(folder, "analysis:networks").getLast().get("outcome")).isEqualTo("REFUSED");
    }

    @Test
    void keyPlayersOfTheNetworkPutTheBusinessInTheMiddle() {
        KeyPlayers.Result result = new Analyses(workspace).keyPlayers(Set.of("an-a", "an-b", "an-shop", "an-adr1", "an-adr2",
                "an-inc"), Set.of(), false, 1L, "Prüfung Kioskkette");

        assertThat(result.players()).hasSize(6);
        assertThat(result.players().getFirst().id()).isEqualTo("an-shop");
        assertThat(AuditLines.of(folder, "analysis:keyPlayers").getLast().json().toString()).contains("an-inc");
    }
}
