package org.netzbild.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.netzbild.demo.DemoSettings;
import org.netzbild.demo.PlantedNetwork;
import org.netzbild.demo.PlantedNetworks;
import org.netzbild.model.Grading;
import org.netzbild.model.GraphSlice;

/** Attributes several persons or businesses hold, where different agencies recorded the ties. */
class SharedAttributesTest {

    @Test
    void anAttributeCountsOnlyWhenDifferentAgenciesRecordedTheTiesAndAHubIsNamedNotListed() {
        // 0 address, 1 phone, 2 hub address, 3..8 persons
        var nodes = new ArrayList<GraphSlice.Node>();
        nodes.add(node("a-1", "Address"));
        nodes.add(node("i-1", "Identifier"));
        nodes.add(node("a-2", "Address"));
        for (int p = 1; p <= 6; p++) {
            nodes.add(node("p-" + p, "Person"));
        }
        var edges = List.of(
                edge("RESIDES_AT", 3, 0, "pp-essen"), edge("RESIDES_AT", 4, 0, "fa-bottrop"), edge("RESIDES_AT", 5, 0, "pp-duisburg"),
                edge("USES", 3, 1, "pp-essen"), edge("USES", 4, 1, "pp-essen"),
                edge("RESIDES_AT", 3, 2, "pp-essen"), edge("RESIDES_AT", 4, 2, "fa-bottrop"), edge("RESIDES_AT", 5, 2, "gwa-essen"),
                edge("RESIDES_AT", 6, 2, "oa-essen"), edge("RESIDES_AT", 7, 2, "jc-essen"));
        var slice = new GraphSlice(nodes, edges);

        var result = new SharedAttributes(NetworkFinderOnDemoDataTest.KINDS).find(slice, 2, 4);

        assertThat(result.overlaps()).extracting(SharedAttributes.Overlap::id).containsExactly("a-1");
        var overlap = result.overlaps().getFirst();
        assertThat(overlap.holders()).containsExactly("p-1", "p-2", "p-3");
        assertThat(overlap.agencyKinds()).containsExactly("POLICE", "TAX");
        assertThat(overlap.byAgency()).isEqualTo(Map.of("fa-bottrop", List.of("p-2"), "pp-duisburg", List.of("p-3"),
                "pp-essen", List.of("p-1")));
        assertThat(result.hubs()).extracting(NetworkFinder.Hub::id).containsExactly("a-2");
    }

    @Test
    void everyPlantedPhoneOrAccountThatAgenciesSawFromDifferentSidesIsListed() {
        GraphSlice slice = DemoSlice.of(DemoSettings.defaults());
        var result = new SharedAttributes(NetworkFinderOnDemoDataTest.KINDS).find(slice, 2, 40);
        var listed = new TreeSet<String>();
        result.overlaps().forEach(o -> listed.add(o.id()));

        var expected = new TreeSet<String>();
        for (PlantedNetwork network : PlantedNetworks.load()) {
            for (String member : network.members()) {
                if (member.contains("-i")) {
                    var holders = new TreeSet<Integer>();
                    var agencies = new TreeSet<String>();
                    int index = indexOf(slice, member);
                    for (GraphSlice.Edge e : slice.edges()) {
                        if (e.to() == index && e.type().equals("USES")) {
                            holders.add(e.from());
                            agencies.add(e.agency());
                        }
                    }
                    if (holders.size() >= 2 && agencies.size() >= 2) {
                        expected.add(member);
                    }
                }
            }
        }
        assertThat(expected).isNotEmpty();
        assertThat(listed).containsAll(expected);
    }

    private static int indexOf(GraphSlice slice, String id) {
        for (int i = 0; i < slice.nodes().size(); i++) {
            if (slice.nodes().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id);
    }

    private static GraphSlice.Node node(String id, String type) {
        return new GraphSlice.Node(id, type, "pp-essen", Grading.eu("B2"), List.of(), null, null);
    }

    private static GraphSlice.Edge edge(String type, int from, int to, String agency) {
        return new GraphSlice.Edge(type + from + "-" + to, type, from, to, agency, Grading.eu("B2"));
    }
}
