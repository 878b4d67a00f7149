package org.netzbild.chart;

import java.util.HashMap;
import java.util.Map;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;

/**
 * Where the entities on a chart are, as far as the chart itself shows it: an address lies in the
 * municipality its {@code IN_MUNICIPALITY} link names, and persons, businesses, properties and
 * incidents are where their address link points. Used to filter and colour by municipality or
 * police authority.
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

    public String municipality(String entityId) {
        return municipality.get(entityId);
    }

    public String policeAuthority(String entityId) {
        return policeAuthority.get(entityId);
    }
}
