package org.netzbild.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;
import org.netzbild.model.Provenance;
import org.netzbild.schema.ReferenceData;

/**
 * Derives on import what DOMAIN.md asks to be derived: the {@code IN_MUNICIPALITY} link from a new
 * address to the Ruhr municipality its city names (compared without case, accents and umlaut
 * spelling: "Muelheim an der Ruhr" finds Mülheim an der Ruhr). Only municipalities the store holds
 * are linked; an address elsewhere stays without one. The link carries the file's provenance: it
 * follows from what the agency stated.
 */
final class Places {

    private final Function<Collection<String>, List<Entity>> lookup;
    private final Provenance provenance;
    private final Map<String, String> municipalityByName = new HashMap<>();
    private Map<String, Boolean> stored;

    /** {@code lookup} gives the entities of these ids that the target holds (the store's {@code entities}). */
    Places(Function<Collection<String>, List<Entity>> lookup, Provenance provenance) {
        this.lookup = lookup;
        this.provenance = provenance;
        ReferenceData.load(null).municipalities().forEach(m -> municipalityByName.put(fold(m.text("name")), m.id()));
    }

    List<Link> inMunicipality(List<Entity> fresh) {
        var links = new ArrayList<Link>();
        for (Entity entity : fresh) {
            if (!entity.type().equals("Address") || entity.text("city") == null) {
                continue;
            }
            String municipality = municipalityByName.get(fold(entity.text("city")));
            if (municipality != null && isStored(municipality)) {
                links.add(new Link(RecordIds.of("link", entity.id(), "IN_MUNICIPALITY", municipality), "IN_MUNICIPALITY", entity.id(),
                        municipality, Map.of(), provenance));
            }
        }
        return links;
    }

    private boolean isStored(String municipalityId) {
        if (stored == null) {
            stored = new HashMap<>();
            lookup.apply(List.copyOf(municipalityByName.values())).forEach(m -> stored.put(m.id(), true));
        }
        return stored.getOrDefault(municipalityId, false);
    }

    static String fold(String name) {
        String lower = name.strip().toLowerCase(Locale.GERMANY)
                .replace("ae", "ä").replace("oe", "ö").replace("ue", "ü").replace("ß", "ss");
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replaceAll("\\s+", " ");
    }

}
