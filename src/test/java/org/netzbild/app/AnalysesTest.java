package org.netzbild.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.analysis.KeyPlayers;
import org.netzbild.analysis.NetworkFinder;
import org.netzbild.model.Entity;
import org.netzbild.model.Grading;
import org.netzbild.model.Link;
import org.netzbild.model.Provenance;
import org.netzbild.model.WriteBatch;
import org.netzbild.security.AnalystSession;
import org.netzbild.security.Purpose;
import org.netzbild.store.WriteMode;
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
        var a = entity("an-a", "Person", "pp-essen", Map.of("name", "Arno Beispiel", "birthDate", LocalDate.of(1980, 1, 2)));
        var b = entity("an-b", "Person", "stfa-essen", Map.of("name", "Berta Beispiel", "birthDate", LocalDate.of(1981, 3, 4)));
        var shop = entity("an-shop", "Business", "gwa-essen", Map.of("name", "Kiosk Beispiel", "trade", "KIOSK"));
        var essen = entity("an-adr1", "Address", "gwa-essen", Map.of("street", "Probestraße", "houseNumber", "1", "city", "Essen",
                "full", "Probestraße 1, Essen"));
        var bottrop = entity("an-adr2", "Address", "pp-essen", Map.of("street", "Musterweg", "houseNumber", "2", "city", "Bottrop",
                "full", "Musterweg 2, Bottrop"));
        var raid = entity("an-inc", "Incident", "pp-essen", Map.of("kind", "OPERATION", "category", "TAX", "dateFrom",
                LocalDate.of(2025, 6, 1)));
        workspace.store().write(new WriteBatch(List.of(a, b, shop, essen, bottrop, raid), List.of(
                link("an-l1", "DIRECTS", a, shop, "gwa-essen", Map.of("role", "MANAGING_DIRECTOR")),
                link("an-l2", "OWNS", b, shop, "stfa-essen", Map.of()),
                link("an-l3", "REGISTERED_AT", shop, essen, "gwa-essen", Map.of()),
                link("an-l4", "RESIDES_AT", b, bottrop, "pp-essen", Map.of()),
                link("an-l5", "INVOLVED_IN", a, raid, "pp-essen", Map.of("role", "SUSPECT")),
                new Link("an-l6", "IN_MUNICIPALITY", essen.id(), "mun-essen", Map.of(), provenance("gwa-essen")),
                new Link("an-l7", "IN_MUNICIPALITY", bottrop.id(), "mun-bottrop", Map.of(), provenance("pp-essen")),
                new Link("an-l8", "HANDLED_BY", raid.id(), "agency-hza-duisburg", Map.of(), provenance("pp-essen")))),
                WriteMode.CREATE);
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

    private static Entity entity(String id, String type, String agency, Map<String, Object> properties) {
        return new Entity(id, type, properties, provenance(agency));
    }

    private static Link link(String id, String type, Entity from, Entity to, String agency, Map<String, Object> properties) {
        return new Link(id, type, from.id(), to.id(), properties, provenance(agency));
    }

    private static Provenance provenance(String agency) {
        return Provenance.of(agency, "AZ 7/25", Instant.parse("2025-06-02T08:00:00Z"), "k.muster",
                Grading.eu(agency.equals("stfa-essen") ? "C3" : "B2"));
    }
}
