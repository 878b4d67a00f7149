package org.netzbild.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netzbild.model.AgencyKind;

/**
 * The background population, household by household: for each adult the identifiers, vehicles,
 * property, businesses, acquaintances and jobs, and for each person a chance of a case file. The
 * chances are per person and fixed, so the records per person stay about constant at every size
 * (per 1,000 persons roughly 250 businesses, 150 properties, 400 vehicles, 900 identifiers,
 * 700 addresses, 600 incidents and 300 cases). The first few hundred persons also link to the
 * planted networks, so those are woven into the background rather than standing apart.
 */
final class Population {

    private static final int WOVEN_PERSONS = 600;
    private static final String[] ACQUAINTANCE = {"gemeinsam kontrolliert", "Arbeitskollegen", "Nachbarn",
            "Geschäftskontakt", "gemeinsame Halteranschrift", "Bekanntschaft aus Vereinsumfeld", "Telefonkontakt"};

    private final DemoWorld world;
    private final AddressBook addresses;
    private final HouseholdMaker households;
    private final IdentifierMaker identifiers;
    private final VehicleMaker vehicles;
    private final RealEstateMaker realEstate;
    private final BusinessMaker businesses;
    private final IncidentMaker incidents;
    private final List<PlantedWriter> planted;

    Population(DemoWorld world, NamePools pools, List<PlantedWriter> planted) {
        this.world = world;
        this.planted = planted;
        this.addresses = new AddressBook(world);
        this.households = new HouseholdMaker(world, pools, addresses);
        this.identifiers = new IdentifierMaker(world);
        this.vehicles = new VehicleMaker(world);
        this.realEstate = new RealEstateMaker(world);
        this.businesses = new BusinessMaker(world, addresses, identifiers, vehicles, realEstate);
        this.incidents = new IncidentMaker(world, addresses);
    }

    /** Makes the next household of at most {@code room} persons; returns how many persons it had. */
    int nextHousehold(int room) {
        var household = households.household(room);
        List<Integer> adults = household.members().stream().filter(world::isAdult).toList();
        for (int adult : adults) {
            equip(adult, household, adults);
        }
        for (int i = 0; i < household.members().size(); i++) {
            if (world.chance(32)) {
                incidents.caseFile();
            }
            if (world.chance(8)) {
                incidents.standalone();
            }
        }
        return household.members().size();
    }

    List<KnownDuplicate> duplicates() {
        return households.duplicates();
    }

    private void equip(int adult, HouseholdMaker.Household household, List<Integer> adults) {
        String id = DemoWorld.personId(adult);
        Place place = household.place();
        if (world.chance(50)) {
            String phone = identifiers.mobile(id, world.personSource(place));
            if (adults.size() > 1 && world.chance(10)) {
                identifiers.share(phone, DemoWorld.personId(partner(adult, adults)), world.personSource(place));
            }
        }
        if (world.chance(15)) {
            identifiers.email(id, household.names().get(adult), world.personSource(place));
        }
        if (world.chance(10)) {
            identifiers.iban(id, world.jurisdiction(place).of(world.chance(50) ? AgencyKind.SOCIAL : AgencyKind.TAX, world.random));
        }
        if (world.chance(30)) {
            String vehicle = vehicles.create(id, place, world.jurisdiction(place).police(),
                    world.source.date(LocalDate.of(2015, 1, 1), RecordSource.TODAY));
            if (adults.size() > 1 && world.chance(20)) {
                world.out.link("USES", DemoWorld.personId(partner(adult, adults)), vehicle, Map.of(),
                        world.source.span(world.jurisdiction(place).police(), world.source.date(RecordSource.FILES_SINCE, RecordSource.TODAY), null));
            }
        }
        if (world.chance(10)) {
            property(adult, household, adults);
        }
        if (world.chance(26)) {
            businesses.found(adult);
        }
        if (world.chance(25)) {
            associate(adult, place);
        }
        if (world.chance(20) && world.businesses > 0) {
            int business = world.recentBusiness();
            businesses.employ(adult, DemoWorld.businessId(business), world.placeOfBusiness(business), LocalDate.of(2010, 1, 1));
        }
        if (adult <= WOVEN_PERSONS && world.chance(8)) {
            weave(id, place);
        }
    }

    private void property(int adult, HouseholdMaker.Household household, List<Integer> adults) {
        Place place = household.place();
        DemoAgency taxOffice = world.jurisdiction(place).taxOffice();
        int roll = world.random.nextInt(100);
        String kind = roll < 50 ? "FLAT" : roll < 85 ? "HOUSE" : "PLOT";
        var owners = new LinkedHashMap<String, Double>();
        if (adults.size() > 1 && world.chance(50)) {
            owners.put(DemoWorld.personId(adults.get(0)), 50.0);
            owners.put(DemoWorld.personId(adults.get(1)), 50.0);
        } else {
            owners.put(DemoWorld.personId(adult), 100.0);
        }
        // a home is where the household lives; a plot lies elsewhere in town
        String address = kind.equals("PLOT") ? addresses.create(place, taxOffice) : household.addressId();
        realEstate.create(kind, address, place, taxOffice,
                world.source.date(LocalDate.of(2000, 1, 1), RecordSource.TODAY), owners);
    }

    private void associate(int adult, Place place) {
        int other = world.recentAdult();
        if (other == 0 || other == adult) {
            return;
        }
        DemoAgency police = world.jurisdiction(place).police();
        LocalDate seen = world.source.date(RecordSource.FILES_SINCE, RecordSource.TODAY);
        var provenance = world.chance(12) ? world.source.assessment(police, seen) : world.source.fact(police, seen);
        world.out.link("ASSOCIATE", DemoWorld.personId(adult), DemoWorld.personId(other),
                Map.of("context", world.pick(ACQUAINTANCE)), provenance);
    }

    /** A background person who works for, knows or lives with a planted network. */
    private void weave(String personId, Place place) {
        PlantedWriter network = world.pick(planted);
        LocalDate since = world.source.date(RecordSource.FILES_SINCE, RecordSource.TODAY.minusMonths(1));
        DemoAgency agency = world.personSource(place);
        int roll = world.random.nextInt(100);
        if (roll < 50) {
            world.out.link("EMPLOYED_BY", personId, world.pick(network.businesses()), Map.of(), world.source.span(agency, since, null));
        } else if (roll < 80) {
            world.out.link("ASSOCIATE", personId, world.pick(network.persons()), Map.of("context", world.pick(ACQUAINTANCE)),
                    world.source.fact(world.jurisdiction(place).police(), since));
        } else {
            world.out.link("RESIDES_AT", personId, world.pick(network.addresses()), Map.of(), world.source.span(agency, since, null));
        }
    }

    private static int partner(int adult, List<Integer> adults) {
        return adults.get(0) == adult ? adults.get(1) : adults.get(0);
    }
}
