package org.netzbild.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netzbild.demo.DemoSettings;
import org.netzbild.demo.PlantedNetwork;
import org.netzbild.demo.PlantedNetworks;
import org.netzbild.model.GraphSlice;
import org.netzbild.schema.Agencies;

/** The supra-local finder on the demo data of the desktop's size (5,000 persons): the planted networks come first, for the planted reasons. */
class NetworkFinderOnDemoDataTest {

    static final Function<String, String> KINDS = id -> Agencies.standard().byId(id).map(a -> a.kind().name()).orElse(null);

    private static GraphSlice slice;
    private static NetworkFinder.Result result;

    @BeforeAll
    static void generateAndFind() {
        slice = DemoSlice.of(DemoSettings.defaults());
        result = new NetworkFinder(KINDS).find(slice, NetworkFinder.Settings.defaults());
    }

    @Test
    void everyPlantedNetworkRanksAboveEveryUnplantedGroupWithThePlantedPlacesAndAgenciesAsReasons() {
        Set<String> planted = new HashSet<>();
        PlantedNetworks.load().forEach(p -> planted.addAll(p.members()));

        for (PlantedNetwork network : PlantedNetworks.load()) {
            NetworkFinder.Network found = bestMatch(result.networks(), network);
            List<Integer> unplantedAbove = result.networks().stream()
                    .filter(w -> w.rank() < found.rank())
                    .filter(w -> w.members().stream().noneMatch(planted::contains))
                    .map(NetworkFinder.Network::rank)
                    .toList();

            assertThat(unplantedAbove).as(network.id()).isEmpty();
            assertThat(found.members().stream().filter(network.members()::contains).count()).as(network.id())
                    .isGreaterThanOrEqualTo(network.members().size() * 9L / 10);
            assertThat(found.municipalities()).as(network.id()).containsAll(network.municipalities());
            assertThat(found.policeAuthorities()).as(network.id()).containsAll(network.policeAuthorities());
            assertThat(found.agencies()).as(network.id()).containsAll(network.agencies().stream()
                    // the tax office's only record is the known duplicate Juergen Mueller (pn1-p07), tied to the
                    // network by nothing but being the same person; merging duplicates (issue 20) brings him in
                    .filter(a -> !(network.id().equals("pn1") && a.equals("fa-bottrop"))).toList());
            assertThat(found.jointIncidents()).as(network.id()).isNotEmpty();
        }
    }

    @Test
    void withKinshipEveryPlantedNetworkIsStillAmongTheFirst() {
        var withKinship = new NetworkFinder(KINDS).find(slice, new NetworkFinder.Settings(NetworkFinder.DEFAULT_LINK_TYPES,
                true, 2, 1, 2, 2, 40, 90, 1L));

        for (PlantedNetwork network : PlantedNetworks.load()) {
            NetworkFinder.Network found = bestMatch(withKinship.networks(), network);
            assertThat(found.rank()).as(network.id()).isLessThanOrEqualTo(PlantedNetworks.load().size() * 2);
        }
    }

    @Test
    void theSameSliceGivesTheSameNetworksInTheSameOrder() {
        assertThat(new NetworkFinder(KINDS).find(slice, NetworkFinder.Settings.defaults())).isEqualTo(result);
    }

    /** The network found that holds most of the planted one's members. */
    static NetworkFinder.Network bestMatch(List<NetworkFinder.Network> networks, PlantedNetwork planted) {
        return networks.stream()
                .max(java.util.Comparator.comparingLong(w -> w.members().stream().filter(planted.members()::contains).count()))
                .orElseThrow();
    }
}
