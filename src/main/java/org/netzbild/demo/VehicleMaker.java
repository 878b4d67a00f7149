package org.netzbild.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.netzbild.model.Entity;

/**
 * Vehicles with German plates of the keeper's municipality ({@code E-AB 1234}, {@code LÜN-CK 77})
 * and 17-character VINs whose first three characters name the maker (ISO 3779). Plates come
 * from a per-code counter through a bijection, so two vehicles never share a plate by accident.
 */
final class VehicleMaker {

    private static final String VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    private static final int PLATE_SPACE = 26 * 26 * 9999;
    /** Letter pairs the registration offices do not issue. */
    private static final Set<String> REFUSED = Set.of("SS", "SA", "HJ", "KZ", "NS", "SD", "AH", "HH");
    private static final String[][] MODELS = {
            {"VW", "WVW", "Golf", "Passat", "Polo", "Tiguan", "Caddy"}, {"VW", "WVW", "Golf", "Transporter"},
            {"Mercedes-Benz", "WDD", "C-Klasse", "E-Klasse", "S-Klasse", "GLE"}, {"Mercedes-Benz", "WDB", "Sprinter", "Vito"},
            {"BMW", "WBA", "3er", "5er", "X5", "1er"}, {"BMW", "WBA", "X3", "7er"}, {"Audi", "WAU", "A4", "A6", "Q7", "A3"},
            {"Opel", "W0L", "Corsa", "Astra", "Insignia"}, {"Opel", "W0L", "Astra", "Vivaro"},
            {"Ford", "WF0", "Fiesta", "Focus", "Transit"}, {"Škoda", "TMB", "Octavia", "Fabia", "Superb"},
            {"Renault", "VF1", "Clio", "Megane", "Kangoo"}, {"Fiat", "ZFA", "500", "Ducato", "Panda"},
            {"Toyota", "JTD", "Yaris", "Corolla", "RAV4"}, {"Hyundai", "KMH", "i30", "Tucson", "i20"},
            {"Seat", "VSS", "Leon", "Ibiza"}, {"Kia", "KNA", "Ceed", "Sportage"}, {"Dacia", "UU1", "Sandero", "Duster"},
            {"Porsche", "WP0", "Cayenne", "911"}};

    private final DemoWorld world;
    private final Map<String, Integer> issued = new HashMap<>();

    VehicleMaker(DemoWorld world) {
        this.world = world;
    }

    /** A vehicle kept in {@code place}, owned by {@code ownerId} since {@code from}; returns its id. */
    String create(String ownerId, Place place, DemoAgency agency, LocalDate from) {
        String id = DemoWorld.id("v-", ++world.vehicles, 7);
        String[] model = world.pick(MODELS);
        var props = new LinkedHashMap<String, Object>();
        props.put("plate", plate(place));
        props.put("vin", vin(model[1]));
        props.put("make", model[0]);
        props.put("model", model[2 + world.random.nextInt(model.length - 2)]);
        world.out.add(new Entity(id, "Vehicle", props, world.source.fact(agency, from)));
        world.out.link("OWNS", ownerId, id, Map.of("share", 100.0), world.source.span(agency, from, null));
        return id;
    }

    private String plate(Place place) {
        String code = place.plateCodes().size() > 1 && world.chance(40)
                ? place.plateCodes().get(1 + world.random.nextInt(place.plateCodes().size() - 1))
                : place.plateCodes().getFirst();
        while (true) {
            int n = issued.merge(code, 1, Integer::sum);
            long index = Math.floorMod(n * 7_654_321L + 99_991L, PLATE_SPACE);
            int pair = (int) (index / 9999);
            String letters = "" + (char) ('A' + pair / 26) + (char) ('A' + pair % 26);
            if (!REFUSED.contains(letters)) {
                return code + "-" + letters + " " + (index % 9999 + 1);
            }
        }
    }

    private String vin(String maker) {
        var vin = new StringBuilder(17).append(maker);
        for (int i = 0; i < 14; i++) {
            vin.append(VIN_CHARS.charAt(world.random.nextInt(VIN_CHARS.length())));
        }
        return vin.toString();
    }
}
