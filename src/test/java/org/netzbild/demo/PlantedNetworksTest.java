package org.netzbild.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.netzbild.model.AgencyKind;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;
import org.netzbild.schema.ReferenceData;

/** The planted networks as generated, against what {@code planted-networks.yaml} says about them. */
class PlantedNetworksTest {

    private final GeneratedData data = GeneratedData.standard();
    private final List<PlantedNetwork> networks = PlantedNetworks.load();

    @Test
    void thereAreAtLeastThreeNetworks() {
        assertThat(networks).extracting(PlantedNetwork::id).containsExactly("pn1", "pn2", "pn3");
    }

    @Test
    void theFileListsExactlyTheEntitiesPlantedForEachNetwork() {
        for (PlantedNetwork network : networks) {
            assertThat(data.entities().map(Entity::id).filter(id -> id.startsWith(network.id() + "-")))
                    .as(network.id()).containsExactlyInAnyOrderElementsOf(network.members());
        }
    }

    @Test
    void eachNetworkSpansThreeMunicipalitiesUnderTwoPoliceAuthorities() {
        var authorityOf = ReferenceData.load(null).municipalities().stream()
                .collect(Collectors.toMap(Entity::id, m -> m.text("policeAuthority")));
        for (PlantedNetwork network : networks) {
            Set<String> members = Set.copyOf(network.members());
            Set<String> municipalities = data.links().filter(l -> l.type().equals("IN_MUNICIPALITY") && members.contains(l.fromId()))
                    .map(Link::toId).collect(Collectors.toSet());

            assertThat(municipalities).as(network.id()).hasSizeGreaterThanOrEqualTo(3)
                    .containsExactlyInAnyOrderElementsOf(network.municipalities());
            assertThat(municipalities.stream().map(authorityOf::get).collect(Collectors.toSet())).as(network.id())
                    .hasSizeGreaterThanOrEqualTo(2).containsExactlyInAnyOrderElementsOf(network.policeAuthorities());
        }
    }

    @Test
    void eachNetworkIsRecordedByAtLeastThreeKindsOfAgency() {
        Map<String, String> kindOf = ReferenceData.load(null).agencies().all().stream()
                .collect(Collectors.toMap(a -> a.id(), a -> a.kind().name()));
        for (PlantedNetwork network : networks) {
            String prefix = network.id() + "-";
            Set<String> agencies = Stream.concat(
                    data.entities().filter(e -> e.id().startsWith(prefix)).map(e -> e.provenance().sourceAgency()),
                    data.links().filter(l -> l.id().startsWith(prefix)).map(l -> l.provenance().sourceAgency()))
                    .collect(Collectors.toSet());

            assertThat(agencies).as(network.id()).containsExactlyInAnyOrderElementsOf(network.agencies());
            assertThat(agencies.stream().map(kindOf::get).collect(Collectors.toSet())).as(network.id())
                    .contains(AgencyKind.POLICE.name()).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void plantedRecordsAreTheSameAtEverySeedAndSize() {
        var small = planted(GeneratedData.of(1, 100));
        var large = planted(GeneratedData.of(2, 3000));

        assertThat(large).isEqualTo(small).hasSizeGreaterThan(200);
    }

    @Test
    void backgroundPersonsAreWovenIntoEveryNetwork() {
        for (PlantedNetwork network : networks) {
            Set<String> members = Set.copyOf(network.members());
            assertThat(data.links().filter(l -> l.fromId().startsWith("p-") && members.contains(l.toId())))
                    .as(network.id()).isNotEmpty();
        }
    }

    @Test
    void startAndFarAreMembersAndTheKnownDuplicatesArePersonsOfTheNetwork() {
        for (PlantedNetwork network : networks) {
            assertThat(network.members()).contains(network.start(), network.far());
            assertThat(network.hopsWithoutFamily()).isBetween(1, 10);
            network.knownDuplicates().forEach(d -> assertThat(network.members()).contains(d.personId(), d.duplicateId()));
            assertThat(network.descriptionDe()).isNotBlank();
            assertThat(network.descriptionEn()).isNotBlank();
        }
    }

    private static List<Object> planted(GeneratedData data) {
        return Stream.concat(data.entities().filter(e -> e.id().startsWith("pn")),
                data.links().filter(l -> l.id().startsWith("pn"))).map(r -> (Object) r).toList();
    }
}
