package org.netzbild.demo;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.netzbild.model.AgencyKind;

/**
 * The state the makers share while one data set is generated: the random source, the output,
 * the places and agencies, the counters that number the entities, and a few small facts per
 * person and business (where they are, a birth year, a director) so that later records can
 * refer back without holding earlier records in memory.
 */
final class DemoWorld {

    /** How far back in the numbering incidents and acquaintances reach: people meet people nearby in time. */
    static final int WINDOW = 3000;
    /** Record sources for facts about persons, weighted by how often each kind of agency files them. */
    private static final List<AgencyKind> PERSON_SOURCES = List.of(AgencyKind.POLICE, AgencyKind.POLICE,
            AgencyKind.POLICE, AgencyKind.POLICE, AgencyKind.MUNICIPAL, AgencyKind.MUNICIPAL, AgencyKind.MUNICIPAL,
            AgencyKind.SOCIAL, AgencyKind.SOCIAL, AgencyKind.TAX, AgencyKind.TAX, AgencyKind.IMMIGRATION,
            AgencyKind.CUSTOMS, AgencyKind.PROSECUTION);

    final SplittableRandom random;
    final BatchStream out;
    final RecordSource source;
    final RuhrPlaces places;
    final AgencyDirectory agencies;

    int persons;
    int businesses;
    int vehicles;
    int properties;
    int identifiers;
    int incidents;
    int cases;

    private short[] personPlace;
    private short[] personBirthYear;
    private short[] businessPlace;
    private int[] businessDirector;

    DemoWorld(SplittableRandom random, BatchStream out, RuhrPlaces places, AgencyDirectory agencies, int expectedPersons) {
        this.random = random;
        this.out = out;
        this.source = new RecordSource(random);
        this.places = places;
        this.agencies = agencies;
        this.personPlace = new short[expectedPersons + expectedPersons / 10 + 64];
        this.personBirthYear = new short[personPlace.length];
        this.businessPlace = new short[expectedPersons / 3 + 64];
        this.businessDirector = new int[businessPlace.length];
    }

    // ---- numbering: ids are derived from counters so nothing needs to be remembered ----

    static String personId(int n) {
        return id("p-", n, 7);
    }

    static String businessId(int n) {
        return id("b-", n, 7);
    }

    static String id(String prefix, long n, int width) {
        var digits = Long.toString(n);
        var id = new StringBuilder(prefix.length() + width).append(prefix);
        id.repeat('0', Math.max(0, width - digits.length()));
        return id.append(digits).toString();
    }

    int newPerson(Place place, int birthYear) {
        persons++;
        if (persons >= personPlace.length) {
            personPlace = Arrays.copyOf(personPlace, personPlace.length * 3 / 2);
            personBirthYear = Arrays.copyOf(personBirthYear, personPlace.length);
        }
        personPlace[persons] = (short) place.index();
        personBirthYear[persons] = (short) birthYear;
        return persons;
    }

    int newBusiness(Place place, int director) {
        businesses++;
        if (businesses >= businessPlace.length) {
            businessPlace = Arrays.copyOf(businessPlace, businessPlace.length * 3 / 2);
            businessDirector = Arrays.copyOf(businessDirector, businessPlace.length);
        }
        businessPlace[businesses] = (short) place.index();
        businessDirector[businesses] = director;
        return businesses;
    }

    /** Whether a person is old enough in the demo's present to own, found, phone and be suspected. */
    boolean isAdult(int person) {
        return personBirthYear[person] <= 2006;
    }

    Place placeOfPerson(int person) {
        return places.byIndex(personPlace[person]);
    }

    Place placeOfBusiness(int business) {
        return places.byIndex(businessPlace[business]);
    }

    int directorOf(int business) {
        return businessDirector[business];
    }

    /** An adult among the recently numbered persons, or 0 when there is none yet. */
    int recentAdult() {
        if (persons == 0) {
            return 0;
        }
        int low = Math.max(1, persons - WINDOW);
        int candidate = 0;
        for (int attempt = 0; attempt < 8; attempt++) {
            candidate = low + random.nextInt(persons - low + 1);
            if (personBirthYear[candidate] <= 2006) {
                return candidate;
            }
        }
        return personBirthYear[candidate] <= 2008 ? candidate : 0;
    }

    /** A recently founded business, or 0 when there is none yet. */
    int recentBusiness() {
        if (businesses == 0) {
            return 0;
        }
        int low = Math.max(1, businesses - WINDOW / 4);
        return low + random.nextInt(businesses - low + 1);
    }

    /** The agency that filed a fact about someone in {@code place}, of any kind in the usual proportion. */
    DemoAgency personSource(Place place) {
        return agencies.of(place).of(PERSON_SOURCES.get(random.nextInt(PERSON_SOURCES.size())), random);
    }

    Jurisdiction jurisdiction(Place place) {
        return agencies.of(place);
    }

    boolean chance(int percent) {
        return random.nextInt(1000) < percent * 10;
    }

    boolean chancePerMille(int perMille) {
        return random.nextInt(1000) < perMille;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }
}
