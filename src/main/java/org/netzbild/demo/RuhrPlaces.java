package org.netzbild.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.netzbild.model.Entity;
import org.netzbild.schema.ReferenceData;

/**
 * The 53 municipalities of the reference data joined with {@code demo/places.csv}, drawn by
 * population so that Essen gets about fifty times the people of Sonsbeck.
 */
final class RuhrPlaces {

    private final List<Place> places = new ArrayList<>();
    private final Map<String, Place> byId = new HashMap<>();
    private final int[] cumulative;

    RuhrPlaces(ReferenceData reference) {
        var extra = new HashMap<String, String[]>();
        for (String line : DemoResources.lines("places.csv")) {
            if (!line.startsWith("id,")) {
                String[] f = line.split(",", -1);
                extra.put(f[0], f);
            }
        }
        for (Entity municipality : reference.municipalities()) {
            String[] f = extra.get(municipality.id());
            if (f == null) {
                throw new IllegalStateException("demo/places.csv has no row for " + municipality.id());
            }
            var place = new Place(places.size(), municipality.id(), municipality.text("name"),
                    municipality.text("district"), municipality.text("policeAuthority"), Integer.parseInt(f[1]),
                    Integer.parseInt(f[2]), Integer.parseInt(f[3]), List.of(f[4].split(";")), f[5]);
            places.add(place);
            byId.put(place.id(), place);
        }
        cumulative = new int[places.size()];
        int sum = 0;
        for (Place place : places) {
            sum += place.population();
            cumulative[place.index()] = sum;
        }
    }

    /** A municipality, more likely the more people live there. */
    Place draw(SplittableRandom random) {
        int ticket = random.nextInt(cumulative[cumulative.length - 1]);
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > ticket) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return places.get(low);
    }

    Place byIndex(int index) {
        return places.get(index);
    }

    Place byId(String id) {
        Place place = byId.get(id);
        if (place == null) {
            throw new IllegalArgumentException("no municipality " + id + " in the reference data");
        }
        return place;
    }

    List<Place> all() {
        return places;
    }
}
