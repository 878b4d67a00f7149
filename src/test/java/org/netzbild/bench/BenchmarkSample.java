package org.netzbild.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.netzbild.demo.PlantedNetworks;
import org.netzbild.model.SearchRequest;
import org.netzbild.store.GraphStore;

/**
 * The start entities and path pairs the store benchmark asks about: planted network members and
 * persons found under common names (hubs and ordinary people alike); each planted network's start
 * and far member plus seeded random pairs of those entities.
 */
record BenchmarkSample(List<String> ids, List<String[]> pairs) {

    private static final List<String> COMMON_NAMES = List.of("Müller", "Yilmaz", "Kowalski", "Mohammed", "Schmidt",
            "Nowak", "Ivanov", "Rossi", "Hoxha", "Nguyen", "Becker", "Demir");
    private static final int PAIRS = 40;

    static BenchmarkSample of(GraphStore store, long seed) {
        var ids = new LinkedHashSet<String>();
        PlantedNetworks.load().forEach(n -> ids.addAll(n.members()));
        for (String name : COMMON_NAMES) {
            store.search(new SearchRequest(name, Set.of("Person"), 10)).forEach(hit -> ids.add(hit.entity().id()));
        }
        // a restricted session's sample holds only what it may see (a hidden start answers "not found")
        var visible = new java.util.HashSet<String>();
        store.entities(ids).forEach(e -> visible.add(e.id()));
        ids.retainAll(visible);
        var idList = new ArrayList<>(ids);
        var random = new Random(seed);
        var pairs = new ArrayList<String[]>();
        PlantedNetworks.load().stream().filter(n -> ids.contains(n.start()) && ids.contains(n.far()))
                .forEach(n -> pairs.add(new String[] {n.start(), n.far()}));
        while (pairs.size() < PAIRS && idList.size() > 1) {
            pairs.add(new String[] {idList.get(random.nextInt(idList.size())), idList.get(random.nextInt(idList.size()))});
        }
        return new BenchmarkSample(List.copyOf(idList), List.copyOf(pairs));
    }
}
