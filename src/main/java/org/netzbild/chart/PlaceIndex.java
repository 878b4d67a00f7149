package org.netzbild.chart;

import java.util.HashMap;
import java.util.Map;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;

/**
 * Where the entities on a chart are, as far as the chart itself shows it: an address lies in the
 * municipality its {@code IN_MUNICIPALITY} link names, and persons, businesses, properties and
 * incidents are where their address link points. An address whose municipality is not on the chart
 * lies in its city when that is a municipality of the reference data, so that filters and colours
 * work on an expansion that never reached the municipality itself. Used to filter and colour by
 * municipality or police authority.
 */
public final class PlaceIndex {

    private final Map<String, String> municipality = new HashMap<>();
    private final Map<String, String> policeAuthority = new HashMap<>();

    public static PlaceIndex of(ChartState state) {
        var index = new PlaceIndex();
        for (Link link : state.links().values()) {
            if (link.type().equals("IN_MUNICIPALITY")) {
                Entity municipality = state.entities().get(link.toId());
                if (municipality != null) {
                    index.municipality.put(link.fromId(), municipality.text("name"));
                    index.policeAuthority.put(link.fromId(), municipality.text("policeAuthority"));
                }
            }
        }
        state.entities().values().stream()
                .filter(e -> e.type().equals("Address") && !index.municipality.containsKey(e.id()))
                .forEach(address -> {
                    String authority = AuthorityOfTown.MAP.get(address.text("city"));
                    if (authority != null) {
                        index.municipality.put(address.id(), address.text("city"));
                        index.policeAuthority.put(address.id(), authority);
                    }
                });
        for (Link link : state.links().values()) {
            if (link.type().equals("RESIDES_AT") || link.type().equals("REGISTERED_AT") || link.type().equals("LOCATED_AT")) {
                String place = index.municipality.get(link.toId());
                if (place != null) {
                    index.municipality.putIfAbsent(link.fromId(), place);
                    index.policeAuthority.putIfAbsent(link.fromId(), index.policeAuthority.get(link.toId()));
                }
            }
        }
        state.entities().values().stream().filter(e -> e.type().equals("Municipality")).forEach(m -> {
            index.municipality.put(m.id(), m.text("name"));
            index.policeAuthority.put(m.id(), m.text("policeAuthority"));
        });
        return index;
    }

    /** Municipality name → police authority, from the shipped reference data; read on first use. */
    private static final class AuthorityOfTown {
        static final Map<String, String> MAP = load();

        private static Map<String, String> load() {
            var map = new HashMap<String, String>();
            org.netzbild.schema.ReferenceData.load(null).municipalities()
                    .forEach(m -> map.put(m.text("name"), m.text("policeAuthority")));
            return Map.copyOf(map);
        }
    }

    public String municipality(String entityId) {
        return municipality.get(entityId);
    }

    public String policeAuthority(String entityId) {
        return policeAuthority.get(entityId);
    }
}
