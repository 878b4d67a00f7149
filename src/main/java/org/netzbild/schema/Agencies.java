package org.netzbild.schema;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The cooperation's agencies by id, from the reference data. */
public final class Agencies {

    private final Map<String, CooperationAgency> byId = new LinkedHashMap<>();

    Agencies(Collection<CooperationAgency> agencies) {
        agencies.forEach(a -> byId.put(a.id(), a));
    }

    /** The agencies that ship with Netzbild (the Ruhr cooperation). */
    public static Agencies standard() {
        return ReferenceData.load(null).agencies();
    }

    public Optional<CooperationAgency> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /**
     * The agency's name in the user's language; an id the reference data does not know (records
     * written before agencies were ids carry names) stays as it is.
     */
    public String name(String id, Locale locale) {
        return byId(id).map(a -> a.name(locale)).orElse(id);
    }

    public List<CooperationAgency> all() {
        return List.copyOf(byId.values());
    }
}
