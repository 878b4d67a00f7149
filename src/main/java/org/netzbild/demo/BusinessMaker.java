package org.netzbild.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.netzbild.model.AgencyKind;
import org.netzbild.model.Entity;

/**
 * Businesses of every trade of the ontology, registered at an address in the municipality of
 * the trade office that filed them, with owners (OWNS with share), a director (DIRECTS with role),
 * a few employees and their phone, account, vehicles and premises. Founders are drawn from the
 * recent adults, whoever they are.
 */
final class BusinessMaker {

    private static final String[] TRADES = {"RESTAURANT", "RESTAURANT", "RESTAURANT", "KIOSK", "KIOSK", "KIOSK",
            "CONSTRUCTION", "CONSTRUCTION", "CONSTRUCTION", "CLEANING", "CLEANING", "LOGISTICS", "LOGISTICS", "CAFE",
            "CAFE", "BARBER", "BARBER", "CAR_DEALER", "CAR_DEALER", "MOBILE_SHOP", "NAIL_STUDIO", "SHISHA_BAR",
            "BETTING_SHOP", "SECURITY", "JEWELLERY", "TRAVEL_AGENCY", "OTHER", "OTHER"};
    private static final String[] LEGAL_FORMS = {"GmbH", "GmbH", "GmbH", "GmbH", "UG (haftungsbeschränkt)",
            "UG (haftungsbeschränkt)", "e.K.", "e.K.", "e.K.", "GbR", "GbR"};
    private static final String[] STATUS = {"ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE",
            "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "DEREGISTERED",
            "DEREGISTERED", "INSOLVENT", "CLOSED_BY_AUTHORITY"};

    private final DemoWorld world;
    private final AddressBook addresses;
    private final IdentifierMaker identifiers;
    private final VehicleMaker vehicles;
    private final RealEstateMaker realEstate;

    BusinessMaker(DemoWorld world, AddressBook addresses, IdentifierMaker identifiers, VehicleMaker vehicles,
                  RealEstateMaker realEstate) {
        this.world = world;
        this.addresses = addresses;
        this.identifiers = identifiers;
        this.vehicles = vehicles;
        this.realEstate = realEstate;
    }

    /** A business founded by adult {@code founder}. */
    void found(int founder) {
        Place place = world.chance(60) ? world.placeOfPerson(founder) : world.places.draw(world.random);
        Jurisdiction office = world.jurisdiction(place);
        String trade = world.pick(TRADES);
        String legalForm = world.pick(LEGAL_FORMS);
        LocalDate founded = world.source.date(LocalDate.of(2005, 1, 1), RecordSource.TODAY.minusMonths(2));
        int other = world.recentAdult();
        int director = legalForm.startsWith("GmbH") || legalForm.startsWith("UG")
                ? (world.chance(80) || other == 0 ? founder : other) : founder;
        int n = world.newBusiness(place, director);
        String id = DemoWorld.businessId(n);

        var props = new LinkedHashMap<String, Object>();
        props.put("name", BusinessNames.of(trade, legalForm, place, world.random));
        props.put("legalForm", legalForm);
        props.put("registerNumber", registerNumber(legalForm, n));
        props.put("trade", trade);
        props.put("status", world.pick(STATUS));
        world.out.add(new Entity(id, "Business", props, world.source.fact(office.tradeOffice(), founded)));
        world.out.link("REGISTERED_AT", id, addresses.create(place, office.tradeOffice()), Map.of(),
                world.source.span(office.tradeOffice(), founded, null));

        owners(id, legalForm, founder, other, founded, office);
        world.out.link("DIRECTS", DemoWorld.personId(director), id,
                Map.of("role", legalForm.startsWith("GmbH") || legalForm.startsWith("UG") ? "MANAGING_DIRECTOR" : "OPERATOR"),
                world.source.span(office.tradeOffice(), founded, null));
        if (other != 0 && other != director && world.chance(10)) {
            world.out.link("DIRECTS", DemoWorld.personId(other), id, Map.of("role", "AUTHORISED_OFFICER"),
                    world.source.span(office.tradeOffice(), founded.plusMonths(world.random.nextInt(24)), null));
        }
        for (int i = world.random.nextInt(4); i > 0; i--) {
            employ(world.recentAdult(), id, place, founded);
        }
        equip(id, trade, place, office, founded);
    }

    /** An adult working for a business, from some date, perhaps until another. */
    void employ(int person, String businessId, Place place, LocalDate notBefore) {
        if (person == 0) {
            return;
        }
        LocalDate from = world.source.date(notBefore.isAfter(RecordSource.FILES_SINCE) ? notBefore : RecordSource.FILES_SINCE,
                RecordSource.TODAY.minusMonths(1));
        LocalDate to = world.chance(30) ? world.source.date(from, RecordSource.TODAY) : null;
        var agency = world.jurisdiction(place).of(world.chance(50) ? AgencyKind.SOCIAL
                : AgencyKind.CUSTOMS, world.random);
        world.out.link("EMPLOYED_BY", DemoWorld.personId(person), businessId, Map.of(), world.source.span(agency, from, to));
    }

    private void owners(String id, String legalForm, int founder, int other, LocalDate founded, Jurisdiction office) {
        var shares = new LinkedHashMap<String, Double>();
        if (legalForm.equals("GbR") && other != 0 && other != founder) {
            shares.put(DemoWorld.personId(founder), 50.0);
            shares.put(DemoWorld.personId(other), 50.0);
        } else if (!legalForm.equals("e.K.") && world.businesses > 1 && world.chance(5)) {
            shares.put(DemoWorld.businessId(world.random.nextInt(1, world.businesses)), 100.0);
        } else if (!legalForm.equals("e.K.") && other != 0 && other != founder && world.chance(30)) {
            shares.put(DemoWorld.personId(founder), 60.0);
            shares.put(DemoWorld.personId(other), 40.0);
        } else {
            shares.put(DemoWorld.personId(founder), 100.0);
        }
        shares.forEach((owner, share) -> world.out.link("OWNS", owner, id, Map.of("share", share),
                world.source.span(office.tradeOffice(), founded, null)));
    }

    private void equip(String id, String trade, Place place, Jurisdiction office, LocalDate founded) {
        if (world.chance(70)) {
            if (world.chance(60)) {
                identifiers.landline(id, place, office.tradeOffice());
            } else {
                identifiers.mobile(id, office.taxOffice());
            }
        }
        if (world.chance(30)) {
            identifiers.iban(id, office.taxOffice());
        }
        int fleet = trade.equals("CAR_DEALER") ? 2 + world.random.nextInt(3) : world.chance(30) ? 1 : 0;
        for (int i = 0; i < fleet; i++) {
            vehicles.create(id, place, office.police(), world.source.date(founded, RecordSource.TODAY));
        }
        if (world.chance(20)) {
            var owner = new LinkedHashMap<String, Double>();
            owner.put(id, 100.0);
            realEstate.create(world.chance(70) ? "SHOP" : "PLOT", addresses.create(place, office.taxOffice()), place,
                    office.taxOffice(), world.source.date(founded, RecordSource.TODAY), owner);
        }
    }

    /** {@code HRB 12345} for companies, {@code HRA 1234} for sole traders, none for a GbR; unique by construction. */
    private static String registerNumber(String legalForm, int n) {
        long number = 10_000 + Math.floorMod(n * 7919L, 890_000);
        return switch (legalForm) {
            case "GbR" -> null;
            case "e.K." -> "HRA " + number;
            default -> "HRB " + number;
        };
    }
}
