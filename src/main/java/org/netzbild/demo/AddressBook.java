package org.netzbild.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netzbild.model.Entity;
import org.netzbild.model.Provenance;

/**
 * Makes addresses in a municipality and links each to it. Every address of a municipality is a
 * different street and house number: the n-th address goes to street {@code n mod streets} and
 * gets the next free house number there, so the demo has no accidental shared addresses; shared
 * addresses are always meant. Keeps the last few addresses of each municipality for incidents and
 * earlier residences.
 */
final class AddressBook {

    private static final int RECENT = 32;

    private final DemoWorld world;
    private final List<String> streets = DemoResources.lines("streets.txt");
    private final int[] issued;
    private final String[][] recent;
    private int addresses;

    AddressBook(DemoWorld world) {
        this.world = world;
        this.issued = new int[world.places.all().size()];
        this.recent = new String[issued.length][RECENT];
    }

    /** A new address in {@code place}, recorded by {@code agency}. */
    String create(Place place, DemoAgency agency) {
        int n = issued[place.index()]++;
        int street = (n + place.index() * 37) % streets.size();
        int round = n / streets.size();
        String houseNumber = (1 + 3 * round + street % 3) + (round % 7 == 3 ? "a" : "");
        int postalCode = place.postalFrom() + street * 7919 % (place.postalTo() - place.postalFrom() + 1);
        String id = DemoWorld.id("a-", ++addresses, 7);
        Provenance provenance = world.source.fact(agency, world.source.date(RecordSource.FILES_SINCE, RecordSource.TODAY));
        world.out.add(entity(id, streets.get(street), houseNumber, String.format("%05d", postalCode), place, provenance));
        world.out.link("IN_MUNICIPALITY", id, place.id(), Map.of(), provenance);
        recent[place.index()][n % RECENT] = id;
        return id;
    }

    /** A recently made address of {@code place}, or a new one when there is none yet. */
    String recentOrNew(Place place, DemoAgency agency) {
        int known = Math.min(issued[place.index()], RECENT);
        return known == 0 ? create(place, agency) : recent[place.index()][world.random.nextInt(known)];
    }

    /** An Address entity; the planted networks use it for their fixed addresses too. */
    static Entity entity(String id, String street, String houseNumber, String postalCode, Place place, Provenance provenance) {
        var props = new LinkedHashMap<String, Object>();
        props.put("street", street);
        props.put("houseNumber", houseNumber);
        props.put("postalCode", postalCode);
        props.put("city", place.name());
        props.put("full", street + " " + houseNumber + ", " + postalCode + " " + place.name());
        return new Entity(id, "Address", props, provenance);
    }
}
