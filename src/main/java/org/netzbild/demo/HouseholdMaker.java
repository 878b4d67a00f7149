package org.netzbild.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netzbild.model.AgencyKind;
import org.netzbild.model.Entity;

/**
 * Households: one to six people at one address, as couples, single parents and children, linked
 * by FAMILY; every few households are siblings, cousins or in-laws of a recent one, so extended
 * families span addresses and municipalities. About 2 % of persons are recorded a second time by
 * another agency under another spelling (the known duplicates).
 *
 * <p>FAMILY links read "from is {@code relation} of to": {@code A -PARENT-> B} says A is B's parent.
 */
final class HouseholdMaker {

    private static final int[] SIZES = {1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 3, 4, 4, 5, 6};
    private static final String[] OTHER_BIRTH_PLACES = {"Köln", "Düsseldorf", "Münster", "Berlin", "Hamburg",
            "München", "Bielefeld", "Wuppertal", "Krefeld", "Aachen", "Hannover", "Frankfurt am Main", "Leipzig"};
    private static final int REMEMBERED = 64;

    private final DemoWorld world;
    private final NamePools pools;
    private final AddressBook addresses;
    private final List<RecentHousehold> recent = new ArrayList<>();
    private final List<KnownDuplicate> duplicates = new ArrayList<>();
    private final Map<Integer, String> madeNames = new LinkedHashMap<>();

    HouseholdMaker(DemoWorld world, NamePools pools, AddressBook addresses) {
        this.world = world;
        this.pools = pools;
        this.addresses = addresses;
    }

    /** A household made: its address, municipality and the numbers of its members, adults first. */
    record Household(String addressId, Place place, List<Integer> members, Map<Integer, String> names) {
    }

    /** Makes one household of at most {@code room} persons. */
    Household household(int room) {
        Place place = world.places.draw(world.random);
        RecentHousehold relatives = !recent.isEmpty() && world.chance(30) ? world.pick(recent) : null;
        boolean sameFamily = relatives != null && world.chance(70);
        NamePool pool = sameFamily ? relatives.pool() : pools.draw(world.random);
        List<String> surname = sameFamily ? relatives.surname() : world.pick(pool.surnames());
        int size = Math.min(room, SIZES[world.random.nextInt(SIZES.length)]);
        boolean couple = size >= 2 && (size == 2 ? world.chance(80) : world.chance(75));
        int children = size - (couple ? 2 : 1);

        String address = addresses.create(place, world.jurisdiction(place).publicOrder());
        LocalDate movedIn = world.source.date(LocalDate.of(1995, 1, 1), RecordSource.TODAY.minusMonths(1));
        int firstBirth = 1940 + world.random.nextInt(children > 0 ? 45 : 67);
        boolean firstFemale = world.random.nextBoolean();

        var adults = new ArrayList<Integer>();
        int head = person(place, pool, surname, firstFemale, firstBirth, address, movedIn);
        adults.add(head);
        if (couple) {
            boolean spouseFemale = world.chance(95) != firstFemale;
            NamePool spousePool = world.chance(75) ? pool : pools.draw(world.random);
            List<String> spouseSurname = world.chance(60) && spousePool == pool ? surname : world.pick(spousePool.surnames());
            int spouse = person(place, spousePool, spouseSurname, spouseFemale,
                    firstBirth - 4 + world.random.nextInt(9), address, movedIn);
            adults.add(spouse);
            family(head, spouse, "SPOUSE", place);
        }
        var kids = new ArrayList<Integer>();
        for (int i = 0; i < children; i++) {
            int birth = Math.min(2025, firstBirth + 20 + world.random.nextInt(18));
            int child = person(place, pool, surname, world.random.nextBoolean(), birth, address, movedIn);
            for (int parent : adults) {
                if (world.random.nextBoolean()) {
                    family(parent, child, "PARENT", place);
                } else {
                    family(child, parent, "CHILD", place);
                }
            }
            for (int sibling : kids) {
                family(sibling, child, "SIBLING", place);
            }
            kids.add(child);
        }
        if (relatives != null) {
            String relation = sameFamily ? (world.chance(70) ? "SIBLING" : "COUSIN") : (world.chance(90) ? "IN_LAW" : "OTHER");
            family(world.pick(relatives.adults()), adults.getLast(), relation, place);
        }
        remember(new RecentHousehold(pool, surname, adults, place));
        var members = new ArrayList<>(adults);
        members.addAll(kids);
        var names = new LinkedHashMap<>(madeNames);
        madeNames.clear();
        return new Household(address, place, members, names);
    }

    List<KnownDuplicate> duplicates() {
        return duplicates;
    }

    private int person(Place place, NamePool pool, List<String> surname, boolean female, int birthYear,
                       String address, LocalDate movedIn) {
        List<String> given = world.pick(female ? pool.female() : pool.male());
        PersonName name = PersonName.spell(given, pool.surnameFor(surname, female), world.random);
        LocalDate birthDate = LocalDate.of(birthYear, 1, 1).plusDays(world.random.nextInt(365));
        int n = world.newPerson(place, birthYear);
        madeNames.put(n, name.name());
        String id = DemoWorld.personId(n);
        DemoAgency agency = world.personSource(place);
        String birthPlace = world.chance(80) ? world.places.draw(world.random).name() : world.pick(OTHER_BIRTH_PLACES);
        var props = new LinkedHashMap<String, Object>();
        props.put("name", name.name());
        props.put("names", name.names().size() > 1 ? name.names() : null);
        props.put("aliases", birthYear <= 2006 && world.chance(5) ? List.of(name.alias(world.random)) : null);
        props.put("birthDate", birthDate);
        props.put("birthPlace", birthPlace);
        props.put("gender", gender(female));
        world.out.add(new Entity(id, "Person", props, world.source.fact(agency, world.source.date(RecordSource.FILES_SINCE, RecordSource.TODAY))));
        LocalDate from = birthDate.isAfter(movedIn) ? birthDate : movedIn;
        world.out.link("RESIDES_AT", id, address, Map.of(), world.source.span(world.personSource(place), from, null));
        if (birthYear <= 2006 && world.chance(8)) {
            LocalDate before = from.minusYears(1 + world.random.nextInt(8));
            world.out.link("RESIDES_AT", id, addresses.recentOrNew(place, world.jurisdiction(place).publicOrder()), Map.of(),
                    world.source.span(world.personSource(place), before, from.minusDays(1)));
        }
        if (world.chance(2)) {
            duplicate(id, name, props, agency, place, address, from);
        }
        return n;
    }

    /** The same person filed again by an agency of another kind, under another spelling. */
    private void duplicate(String originalId, PersonName name, Map<String, Object> original, DemoAgency originalAgency,
                           Place place, String address, LocalDate from) {
        DemoAgency agency = world.personSource(place);
        for (int attempt = 0; attempt < 5 && agency.kind() == originalAgency.kind(); attempt++) {
            agency = world.personSource(place);
        }
        if (agency.kind() == originalAgency.kind()) {
            agency = world.jurisdiction(place).of(originalAgency.kind() == AgencyKind.TAX ? AgencyKind.SOCIAL : AgencyKind.TAX, world.random);
        }
        String variant = name.variant(world.random);
        int n = world.newPerson(place, ((LocalDate) original.get("birthDate")).getYear());
        String id = DemoWorld.personId(n);
        var props = new LinkedHashMap<String, Object>();
        props.put("name", variant);
        props.put("birthDate", original.get("birthDate"));
        props.put("birthPlace", world.chance(50) ? original.get("birthPlace") : null);
        props.put("gender", original.get("gender"));
        world.out.add(new Entity(id, "Person", props, world.source.fact(agency, world.source.date(RecordSource.FILES_SINCE, RecordSource.TODAY))));
        if (world.chance(60)) {
            world.out.link("RESIDES_AT", id, address, Map.of(), world.source.span(agency, from, null));
        }
        duplicates.add(new KnownDuplicate(originalId, id));
    }

    private void family(int from, int to, String relation, Place place) {
        DemoAgency agency = world.jurisdiction(place).of(world.chance(50) ? AgencyKind.MUNICIPAL
                : world.chance(50) ? AgencyKind.SOCIAL : AgencyKind.POLICE, world.random);
        world.out.link("FAMILY", DemoWorld.personId(from), DemoWorld.personId(to), Map.of("relation", relation),
                world.source.fact(agency, world.source.date(RecordSource.FILES_SINCE, RecordSource.TODAY)));
    }

    private String gender(boolean female) {
        int roll = world.random.nextInt(1000);
        return roll < 3 ? "DIVERSE" : roll < 8 ? "UNKNOWN" : female ? "FEMALE" : "MALE";
    }

    private void remember(RecentHousehold household) {
        if (recent.size() == REMEMBERED) {
            recent.remove(0);
        }
        recent.add(household);
    }
}
