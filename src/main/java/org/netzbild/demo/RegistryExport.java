package org.netzbild.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.netzbild.schema.ReferenceData;

/**
 * Generates a registration office's export ("Meldedaten") as agencies send it, for the import
 * benchmark: one row per resident, semicolons, dates as dd.MM.yyyy, Windows line ends, with the
 * resident's address (a {@code RESIDES_AT} link) and one related person of the same household
 * (a {@code FAMILY} link), so N rows make N persons and 2N links. Households are a pure function
 * of the seed and their number, so a second export (another agency) can report some of the same
 * households again: those persons and addresses match the first export's by the ontology's
 * identity keys (name and birth date; the full address), which exercises merging.
 *
 * <p>Wholly fictional, like the demo data: names come from the demo's name pools, places from the
 * Ruhr reference data.
 */
public final class RegistryExport {

    /** The columns of the file, in order; the spec written beside it reads them by name. */
    static final List<String> HEADER = List.of("Kennziffer", "Familienname", "Vorname", "Geburtsdatum", "Geburtsort",
            "Geschlecht", "Straße", "Hausnummer", "PLZ", "Ort", "Bezugsperson Kennziffer", "Bezugsperson Familienname",
            "Bezugsperson Vorname", "Bezugsperson Geburtsdatum", "Bezugsperson Geburtsort",
            "Bezugsperson Geschlecht", "Beziehung");

    /** What was written: the export, its mapping spec, and how many rows and households it holds. */
    public record Written(Path csv, Path spec, long rows, long households) {
    }

    /** One resident of a household as the file shows it. */
    public record Resident(String surname, String given, String birthDate, String birthPlace,
                           String gender) {
    }

    /** A household: its address and residents; {@code related[i]} is the index of resident i's related person. */
    public record Household(String street, String houseNumber, String postalCode, String city, List<Resident> residents,
                            int[] related, String[] relation) {

        public String full() {
            return street + " " + houseNumber + ", " + postalCode + " " + city;
        }
    }

    private final long seed;
    private final NamePools names = NamePools.load();
    private final RuhrPlaces places = new RuhrPlaces(ReferenceData.load(null));
    private final List<String> streets = DemoResources.lines("streets.txt");

    public RegistryExport(long seed) {
        this.seed = seed;
    }

    /**
     * Writes at least {@code rows} residents (whole households) of consecutive households from number {@code firstHousehold} on;
     * with {@code reuse} > 0, that share of the households (drawn at random) are households of the
     * first {@code reusable} ones instead, i.e. people another export already reported.
     *
     * @param prefix the agency's numbering of residents ("EMA-"), which makes each file's record ids
     */
    public Written write(Path folder, String name, String agency, String prefix, int rows, long firstHousehold,
                         double reuse, long reusable) {
        return write(folder, name, agency, prefix, rows, firstHousehold, reuse, reusable, (number, household) -> {
        });
    }

    /** As above, handing each written household (whole: a file never cuts one) with its number to {@code each}. */
    public Written write(Path folder, String name, String agency, String prefix, int rows, long firstHousehold,
                         double reuse, long reusable, java.util.function.BiConsumer<Long, Household> each) {
        try {
            Files.createDirectories(folder);
            Path csv = folder.resolve(name + ".csv");
            long written = 0;
            long households = 0;
            var choose = new SplittableRandom(seed ^ firstHousehold ^ 0x5DEECE66DL);
            try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                out.write(String.join(";", HEADER));
                out.write("\r\n");
                long next = firstHousehold;
                while (written < rows) {
                    long number = reuse > 0 && choose.nextDouble() < reuse ? choose.nextLong(reusable) : next++;
                    Household household = household(number);
                    for (int i = 0; i < household.residents().size(); i++) {
                        writeRow(out, household, i, prefix, number);
                    }
                    each.accept(number, household);
                    written += household.residents().size();
                    households++;
                }
            }
            Path spec = folder.resolve(name + ".yaml");
            Files.writeString(spec, spec(agency, name), StandardCharsets.UTF_8);
            return new Written(csv, spec, written, households);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The household of this number: the same for the same seed, whichever file asks. */
    public Household household(long number) {
        var random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + number * 0xBF58476D1CE4E5B9L);
        NamePool pool = names.draw(random);
        Place place = places.draw(random);
        int streetIndex = random.nextInt(streets.size());
        String houseNumber = Integer.toString(1 + random.nextInt(120)) + (random.nextInt(12) == 0 ? "a" : "");
        String postalCode = String.format(Locale.ROOT, "%05d",
                place.postalFrom() + random.nextInt(place.postalTo() - place.postalFrom() + 1));
        List<String> surname = pool.surnames().get(random.nextInt(pool.surnames().size()));
        int size = 2 + random.nextInt(4);
        boolean couple = size == 2 || random.nextInt(4) != 0;
        var residents = new ArrayList<Resident>();
        int[] related = new int[size];
        String[] relation = new String[size];
        int parentYear = 1945 + random.nextInt(60);
        boolean firstFemale = random.nextBoolean();
        residents.add(resident(pool, surname, firstFemale, parentYear, place, random));
        int children = size - 1;
        if (couple) {
            residents.add(resident(pool, surname, !firstFemale, parentYear - 3 + random.nextInt(7), place, random));
            related[0] = 1;
            relation[0] = "Ehegatte";
            related[1] = 0;
            relation[1] = "Ehegatte";
            children = size - 2;
        } else {
            related[0] = 1;
            relation[0] = "Elternteil";
        }
        for (int c = 0; c < children; c++) {
            int index = residents.size();
            residents.add(resident(pool, surname, random.nextBoolean(), parentYear + 20 + random.nextInt(20), place,
                    random));
            related[index] = 0;
            relation[index] = "Kind";
        }
        return new Household(streets.get(streetIndex), houseNumber, postalCode, place.name(), List.copyOf(residents),
                related, relation);
    }

    private Resident resident(NamePool pool, List<String> surname, boolean female, int year, Place home,
                              SplittableRandom random) {
        List<List<String>> given = female ? pool.female() : pool.male();
        String first = given.get(random.nextInt(given.size())).getFirst();
        String last = pool.surnameFor(surname, female).getFirst();
        String birthDate = String.format(Locale.ROOT, "%02d.%02d.%04d", 1 + random.nextInt(28), 1 + random.nextInt(12),
                Math.min(year, 2025));
        String birthPlace = random.nextInt(3) == 0 ? places.draw(random).name() : home.name();
        return new Resident(last, first, birthDate, birthPlace, female ? "w" : "m");
    }

    /** The resident's number in an agency's file: the household's number and the resident's place in it. */
    public static String number(String prefix, long household, int resident) {
        return prefix + household + "-" + resident;
    }

    private static void writeRow(BufferedWriter out, Household household, int i, String prefix, long number)
            throws IOException {
        Resident r = household.residents().get(i);
        int j = household.related()[i];
        Resident b = household.residents().get(j);
        var fields = List.of(number(prefix, number, i), r.surname(), r.given(), r.birthDate(), r.birthPlace(),
                r.gender(), household.street(), household.houseNumber(), household.postalCode(), household.city(),
                number(prefix, number, j), b.surname(), b.given(), b.birthDate(), b.birthPlace(), b.gender(),
                household.relation()[i]);
        for (int f = 0; f < fields.size(); f++) {
            if (f > 0) {
                out.write(';');
            }
            String value = fields.get(f);
            if (value.indexOf(';') >= 0 || value.indexOf('"') >= 0) {
                out.write('"' + value.replace("\"", "\"\"") + '"');
            } else {
                out.write(value);
            }
        }
        out.write("\r\n");
    }

    /** The mapping spec for a file of this generator (docs/import.md's format). */
    static String spec(String agency, String name) {
        return """
                # Meldedaten (generated for the import benchmark): one row per resident, with the
                # address and one related person of the same household.
                name: %1$s – Meldedaten
                source:
                  format: csv
                  encoding: UTF-8
                  delimiter: ";"
                  dateFormat: dd.MM.yyyy
                provenance:
                  agency: %1$s
                  reference: %2$s
                  grading: A1
                  nature: FACT
                  handling: OPEN
                  legalBasis: "§ 34 BMG"
                entities:
                  - key: person
                    type: Person
                    id: [Kennziffer]
                    properties:
                      name: {template: "{Vorname} {Familienname}"}
                      birthDate: Geburtsdatum
                      birthPlace: Geburtsort
                      gender: {column: Geschlecht, values: {m: MALE, w: FEMALE, d: DIVERSE}}
                  - key: bezug
                    type: Person
                    id: [Bezugsperson Kennziffer]
                    properties:
                      name: {template: "{Bezugsperson Vorname} {Bezugsperson Familienname}"}
                      birthDate: Bezugsperson Geburtsdatum
                      birthPlace: Bezugsperson Geburtsort
                      gender: {column: Bezugsperson Geschlecht, values: {m: MALE, w: FEMALE, d: DIVERSE}}
                  - key: adresse
                    type: Address
                    id: [Straße, Hausnummer, PLZ, Ort]
                    properties:
                      street: Straße
                      houseNumber: Hausnummer
                      postalCode: PLZ
                      city: Ort
                      full: {template: "{Straße} {Hausnummer}, {PLZ} {Ort}"}
                links:
                  - type: RESIDES_AT
                    from: person
                    to: adresse
                  - type: FAMILY
                    from: person
                    to: bezug
                    properties:
                      relation: {column: Beziehung, values: {Ehegatte: SPOUSE, Kind: CHILD, Elternteil: PARENT}}
                """.formatted(agency, name);
    }
}
