package org.netzbild.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The planted networks of the demo data, read from {@code demo/planted-networks.yaml}. They are
 * planted with the same ids and facts at every seed and size, so tests, demos and the manual can
 * refer to them.
 */
public final class PlantedNetworks {

    static final String RESOURCE = "planted-networks.yaml";

    private PlantedNetworks() {
    }

    /** All planted networks, in the order of the file. */
    public static List<PlantedNetwork> load() {
        try (InputStream in = DemoResources.open(RESOURCE)) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            var networks = new ArrayList<PlantedNetwork>();
            for (JsonNode n : root.path("networks")) {
                var members = new ArrayList<String>();
                n.path("members").forEach(group -> members.addAll(texts(group)));
                var duplicates = new ArrayList<KnownDuplicate>();
                n.path("knownDuplicates").forEach(pair -> duplicates.add(new KnownDuplicate(pair.get(0).asText(), pair.get(1).asText())));
                networks.add(new PlantedNetwork(n.path("id").asText(), n.path("title").path("de").asText(),
                        n.path("title").path("en").asText(), n.path("description").path("de").asText().strip(),
                        n.path("description").path("en").asText().strip(), members, n.path("start").asText(),
                        n.path("far").asText(), n.path("hopsWithoutFamily").asInt(), texts(n.path("municipalities")),
                        texts(n.path("policeAuthorities")), texts(n.path("agencies")), texts(n.path("keyFacts")), duplicates));
            }
            return List.copyOf(networks);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo/" + RESOURCE, e);
        }
    }

    /** The known duplicate pairs of all planted networks. */
    public static List<KnownDuplicate> knownDuplicates() {
        return load().stream().flatMap(n -> n.knownDuplicates().stream()).toList();
    }

    private static List<String> texts(JsonNode array) {
        var texts = new ArrayList<String>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
