package org.netzbild.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The name pools of {@code demo/name-pools.yaml}. Each name's spellings are completed with its
 * ASCII transliteration, because that is the variant registers produce most often.
 */
final class NamePools {

    private final List<NamePool> pools;
    private final int totalWeight;

    private NamePools(List<NamePool> pools) {
        this.pools = List.copyOf(pools);
        this.totalWeight = pools.stream().mapToInt(NamePool::weight).sum();
    }

    static NamePools load() {
        try (InputStream in = DemoResources.open("name-pools.yaml")) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            var pools = new ArrayList<NamePool>();
            for (JsonNode pool : root.path("pools")) {
                var suffixes = new ArrayList<List<String>>();
                pool.path("femaleSurname").forEach(pair -> suffixes.add(List.of(pair.get(0).asText(), pair.get(1).asText())));
                pools.add(new NamePool(pool.path("weight").asInt(), spellings(pool.path("male")),
                        spellings(pool.path("female")), spellings(pool.path("surnames")), suffixes));
            }
            return new NamePools(pools);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo/name-pools.yaml", e);
        }
    }

    /** A pool, in proportion to its weight. */
    NamePool draw(SplittableRandom random) {
        int ticket = random.nextInt(totalWeight);
        for (NamePool pool : pools) {
            ticket -= pool.weight();
            if (ticket < 0) {
                return pool;
            }
        }
        throw new IllegalStateException("weights changed while drawing");
    }

    List<NamePool> all() {
        return pools;
    }

    private static List<List<String>> spellings(JsonNode names) {
        var result = new ArrayList<List<String>>();
        for (JsonNode name : names) {
            var spellings = new LinkedHashSet<String>();
            for (String spelling : name.asText().split("\\|")) {
                spellings.add(spelling.strip());
            }
            for (String spelling : List.copyOf(spellings)) {
                spellings.add(Transliteration.ascii(spelling));
            }
            result.add(List.copyOf(spellings));
        }
        return result;
    }
}
