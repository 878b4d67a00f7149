package org.netzbild.demo;

import java.time.LocalDate;
import java.util.Map;
import org.netzbild.model.Entity;

/**
 * Flats, houses, shops and plots, each located at an address and owned by a person or business.
 * Land-register references ("Grundbuch von Essen Blatt 12345") are numbered per municipality so
 * they never repeat.
 */
final class RealEstateMaker {

    private final DemoWorld world;
    private final int[] sheets;

    RealEstateMaker(DemoWorld world) {
        this.world = world;
        this.sheets = new int[world.places.all().size()];
    }

    /** A property of {@code kind} at {@code addressId}, owned by the owners with the given shares. */
    String create(String kind, String addressId, Place place, DemoAgency agency, LocalDate since,
                  Map<String, Double> ownersAndShares) {
        String id = DemoWorld.id("pr-", ++world.properties, 7);
        int sheet = 1000 + Math.floorMod(++sheets[place.index()] * 7919L, 89_000);
        world.out.add(new Entity(id, "Property", Map.of("kind", kind,
                "landRegistryRef", "Grundbuch von " + place.name() + " Blatt " + sheet), world.source.fact(agency, since)));
        world.out.link("LOCATED_AT", id, addressId, Map.of(), world.source.fact(agency, since));
        ownersAndShares.forEach((owner, share) ->
                world.out.link("OWNS", owner, id, Map.of("share", share), world.source.span(agency, since, null)));
        return id;
    }
}
