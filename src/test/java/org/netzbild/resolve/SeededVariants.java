package org.netzbild.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.netzbild.model.PersonFacts;

/**
 * Person records with seeded duplicates, for the matcher's benchmark: households of one to four
 * persons (one family name and address, their own given names and birth dates, now and then twins)
 * drawn from the demo's name pools, one sibling in fifty a twin, each recorded by one of twelve agencies; one person in twenty is
 * recorded again by another agency under variants that real records show — another spelling of the
 * pool, the German ASCII spelling, an umlaut without its e, two letters swapped, the name parts in
 * the other order, an {@code Al-} before an Arabic family name, day and month swapped (one in five
 * where the day allows it), no birth date (one in twenty), no address (four in ten), a shared phone. The duplicate pairs are the ground truth.
 */
final class SeededVariants {

    static final int AGENCIES = 12;

    record Data(List<PersonFacts> persons, Set<String> truePairs) {
    }

    private record Pool(int weight, List<List<String>> male, List<List<String>> female, List<List<String>> surnames, boolean arabic) {
    }

    private final SplittableRandom random;
    private final List<Pool> pools;
    private final int totalWeight;

    SeededVariants(long seed) {
        this.random = new SplittableRandom(seed);
        this.pools = pools();
        this.totalWeight = pools.stream().mapToInt(Pool::weight).sum();
    }

    Data generate(int count) {
        var persons = new ArrayList<PersonFacts>(count + count / 15);
        var truth = new HashSet<String>();
        while (persons.size() < count) {
            Pool pool = pool();
            List<String> surname = pool.surnames().get(random.nextInt(pool.surnames().size()));
            String address = "ADDRESS:" + street() + " " + (1 + random.nextInt(120)) + ", " + (44000 + random.nextInt(3000)) + " Ruhr";
            int members = 1 + random.nextInt(4);
            LocalDate twinsBorn = null;
            var givenInHousehold = new HashSet<List<String>>();
            for (int m = 0; m < members && persons.size() < count; m++) {
                boolean female = random.nextBoolean();
                var givenPool = female ? pool.female() : pool.male();
                List<String> given = givenPool.get(random.nextInt(givenPool.size()));
                if (!givenInHousehold.add(given)) {
                    continue; // parents do not give two children one name
                }
                LocalDate born = twinsBorn != null && random.nextInt(50) == 0 ? twinsBorn
                        : LocalDate.of(1940 + random.nextInt(68), 1, 1).plusDays(random.nextInt(365));
                twinsBorn = born;
                String givenName = spelling(given);
                String familyName = spelling(surname);
                String id = String.format(Locale.ROOT, "p%08d", persons.size());
                var identifiers = new ArrayList<String>(List.of(address));
                String phone = random.nextInt(3) == 0 ? "PHONE:0" + (200 + random.nextInt(800)) + " " + (100000 + random.nextInt(900000)) : null;
                if (phone != null) {
                    identifiers.add(phone);
                }
                int agency = random.nextInt(AGENCIES);
                persons.add(new PersonFacts(id, List.of(givenName + " " + familyName), List.of(born), List.of("agency-" + agency), identifiers));
                if (random.nextInt(20) == 0 && persons.size() < count) {
                    String twinId = String.format(Locale.ROOT, "p%08d", persons.size());
                    persons.add(duplicate(twinId, given, surname, givenName, familyName, born, address, phone, agency, pool.arabic()));
                    truth.add(Candidate.pairKey(id, twinId));
                }
            }
        }
        return new Data(persons, truth);
    }

    private PersonFacts duplicate(String id, List<String> given, List<String> surname, String givenName, String familyName,
                                  LocalDate born, String address, String phone, int agency, boolean arabic) {
        String g = givenName;
        String f = familyName;
        int variants = 1 + random.nextInt(2);
        boolean swapParts = false;
        for (int v = 0; v < variants; v++) {
            switch (random.nextInt(6)) {
                case 0 -> {
                    g = other(given, g);
                    f = other(surname, f);
                }
                case 1 -> {
                    g = asciiGerman(g);
                    f = asciiGerman(f);
                }
                case 2 -> f = withoutUmlautE(f);
                case 3 -> f = transposed(f);
                case 4 -> swapParts = true;
                default -> f = arabic ? (random.nextBoolean() ? "Al-" : "El ") + f : asciiGerman(f);
            }
        }
        String name = swapParts ? f + " " + g : g + " " + f;
        List<LocalDate> dates;
        int dateVariant = random.nextInt(20);
        if (dateVariant == 0) {
            dates = List.of();
        } else if (dateVariant <= 4 && born.getDayOfMonth() <= 12 && born.getDayOfMonth() != born.getMonthValue()) {
            dates = List.of(LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue()));
        } else {
            dates = List.of(born);
        }
        var identifiers = new ArrayList<String>();
        if (random.nextInt(10) < 6) {
            identifiers.add(address);
        }
        if (phone != null && random.nextInt(2) == 0) {
            identifiers.add(phone.replace("PHONE:0", "PHONE:+49 "));
        }
        int otherAgency = (agency + 1 + random.nextInt(AGENCIES - 1)) % AGENCIES;
        return new PersonFacts(id, List.of(name), dates, List.of("agency-" + otherAgency), identifiers);
    }

    private String spelling(List<String> spellings) {
        return spellings.size() == 1 || random.nextInt(10) < 7 ? spellings.getFirst() : spellings.get(random.nextInt(spellings.size()));
    }

    private String other(List<String> spellings, String not) {
        if (spellings.size() == 1) {
            return not;
        }
        String other = spellings.get(random.nextInt(spellings.size()));
        return other.equals(not) ? spellings.get((spellings.indexOf(not) + 1) % spellings.size()) : other;
    }

    private String transposed(String name) {
        if (name.length() < 4) {
            return name + "h";
        }
        int at = 1 + random.nextInt(name.length() - 3);
        char[] letters = name.toCharArray();
        char swap = letters[at];
        letters[at] = letters[at + 1];
        letters[at + 1] = swap;
        return new String(letters);
    }

    static String asciiGerman(String name) {
        String folded = NameFolding.ascii(name);
        var words = new StringBuilder();
        for (String word : folded.split(" ")) {
            if (!word.isEmpty()) {
                words.append(words.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return words.toString();
    }

    static String withoutUmlautE(String name) {
        return asciiGerman(name.replace("ä", "a").replace("ö", "o").replace("ü", "u").replace("Ä", "A").replace("Ö", "O").replace("Ü", "U"));
    }

    private Pool pool() {
        int roll = random.nextInt(totalWeight);
        for (Pool pool : pools) {
            roll -= pool.weight();
            if (roll < 0) {
                return pool;
            }
        }
        return pools.getLast();
    }

    private static final String[] STREETS = {"Hauptstraße", "Bahnhofstraße", "Kirchstraße", "Schulstraße", "Gartenstraße",
            "Bergstraße", "Lindenstraße", "Ringstraße", "Wiesenweg", "Am Markt", "Feldstraße", "Mühlenweg", "Grillostraße",
            "Husemannstraße", "Essener Straße", "Dorstener Straße", "Kampstraße", "Hochstraße", "Weststraße", "Oststraße"};

    private String street() {
        return STREETS[random.nextInt(STREETS.length)];
    }

    private static List<Pool> pools() {
        try (InputStream in = SeededVariants.class.getResourceAsStream("/demo/name-pools.yaml")) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            var pools = new ArrayList<Pool>();
            for (JsonNode pool : root.path("pools")) {
                var male = names(pool.path("male"));
                pools.add(new Pool(pool.path("weight").asInt(1), male, names(pool.path("female")), names(pool.path("surnames")),
                        male.stream().anyMatch(n -> n.contains("Mohammed"))));
            }
            return pools;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> names(JsonNode list) {
        var names = new ArrayList<List<String>>();
        list.forEach(n -> names.add(List.of(n.asText().split("\\|"))));
        return names;
    }
}
