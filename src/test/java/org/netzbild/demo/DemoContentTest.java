package org.netzbild.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.netzbild.model.Entity;
import org.netzbild.schema.Ontology;
import org.netzbild.schema.ReferenceData;

/** What the generated data set holds, checked over one generation without a store. */
class DemoContentTest {

    private static final List<String> SPECIAL_CATEGORY_WORDS = List.of("clan", "religi", "ethni", "herkunft",
            "abstammung", "volkszugeh", "muslim", "jüdisch", "araber", "stämmig", "rassisch");

    private final GeneratedData data = GeneratedData.standard();

    @Test
    void noPropertyOrValueMentionsEthnicityReligionOrClan() {
        var texts = Stream.concat(
                data.entities().flatMap(e -> Stream.concat(e.properties().entrySet().stream().flatMap(DemoContentTest::texts),
                        Stream.of(e.provenance().sourceRef(), e.provenance().legalBasis(), e.provenance().recordedBy()))),
                data.links().flatMap(l -> Stream.concat(l.properties().entrySet().stream().flatMap(DemoContentTest::texts),
                        Stream.of(l.provenance().sourceRef(), l.provenance().legalBasis()))));
        var planted = PlantedNetworks.load().stream().flatMap(n -> Stream.concat(
                Stream.of(n.titleDe(), n.titleEn(), n.descriptionDe(), n.descriptionEn()), n.keyFacts().stream()));

        assertThat(Stream.concat(texts, planted).filter(t -> t != null).map(t -> t.toLowerCase(Locale.GERMAN)))
                .noneMatch(t -> SPECIAL_CATEGORY_WORDS.stream().anyMatch(t::contains));
    }

    @Test
    void everyPropertyNameIsOneTheOntologyDefinesForTheType() {
        var ontology = Ontology.standard();

        assertThat(data.entities()).allSatisfy(e -> assertThat(ontology.entityType(e.type()).orElseThrow().properties())
                .containsKeys(e.properties().keySet().toArray(String[]::new)));
    }

    @Test
    void nationalityIsLeftEmpty() {
        assertThat(data.entities("Person")).noneMatch(p -> p.properties().containsKey("nationality"));
    }

    @Test
    void proportionsPerThousandPersonsAreRoughlyAsDesigned() {
        var summary = GeneratedData.of(DemoSettings.DEFAULT_SEED, 3000).summary();
        Function<String, Double> perThousand = type -> summary.entities(type) * 1000.0 / 3000;

        assertThat(perThousand.apply("Business")).isBetween(180.0, 320.0);
        assertThat(perThousand.apply("Property")).isBetween(100.0, 200.0);
        assertThat(perThousand.apply("Vehicle")).isBetween(300.0, 500.0);
        assertThat(perThousand.apply("Identifier")).isBetween(700.0, 1100.0);
        assertThat(perThousand.apply("Address")).isBetween(550.0, 850.0);
        assertThat(perThousand.apply("Incident")).isBetween(480.0, 720.0);
        assertThat(perThousand.apply("Case")).isBetween(230.0, 380.0);
    }

    @Test
    void recordsPerPersonStayAboutConstantAsTheDataSetGrows() {
        double small = GeneratedData.of(DemoSettings.DEFAULT_SEED, 500).summary().records() / 500.0;
        double large = GeneratedData.of(DemoSettings.DEFAULT_SEED, 3000).summary().records() / 3000.0;

        assertThat(large).isCloseTo(small, org.assertj.core.data.Percentage.withPercentage(15));
    }

    @Test
    void everyIncidentKindCategoryAndTradeOfTheOntologyOccurs() {
        var enums = Ontology.standard().enumerations();
        var big = GeneratedData.of(DemoSettings.DEFAULT_SEED, 3000);

        assertThat(big.entities("Incident").map(e -> e.text("kind")).distinct()).containsExactlyInAnyOrderElementsOf(enums.get("IncidentKind"));
        assertThat(big.entities("Incident").map(e -> e.text("category")).distinct()).containsExactlyInAnyOrderElementsOf(enums.get("IncidentCategory"));
        assertThat(big.entities("Business").map(e -> e.text("trade")).distinct()).containsExactlyInAnyOrderElementsOf(enums.get("Trade"));
        assertThat(big.links().filter(l -> l.type().equals("FAMILY")).map(l -> l.properties().get("relation")).distinct())
                .contains("PARENT", "CHILD", "SIBLING", "SPOUSE", "COUSIN", "IN_LAW");
        assertThat(big.links().filter(l -> l.type().equals("INVOLVED_IN")).map(l -> l.properties().get("role")).distinct())
                .contains("SUSPECT", "ACCUSED", "CONVICTED", "VICTIM", "WITNESS", "CONTACT", "OWNER", "OPERATOR", "OTHER");
    }

    @Test
    void incidentsFallWithinTheLastFiveYears() {
        assertThat(data.entities("Incident").filter(e -> e.id().startsWith("inc-")).map(e -> (java.time.LocalDate) e.get("dateTo") != null
                ? (java.time.LocalDate) e.get("dateTo") : (java.time.LocalDate) e.get("dateFrom")))
                .allSatisfy(d -> assertThat(d).isBetween(IncidentMaker.FIRST_DAY, IncidentMaker.LAST_DAY));
    }

    @Test
    void ibansCarryValidCheckDigits() {
        assertThat(data.entities("Identifier").filter(e -> "IBAN".equals(e.text("kind"))).map(e -> e.text("value")))
                .isNotEmpty()
                .allSatisfy(iban -> {
                    assertThat(iban).matches("DE\\d{2}( \\d{4}){4} \\d{2}");
                    assertThat(Iban.isValid(iban)).as(iban).isTrue();
                });
    }

    @Test
    void theIbanCheckDigitsMatchAPublishedExample() {
        // the example IBAN of the Deutsche Bundesbank and ECBS: DE89 3704 0044 0532 0130 00
        assertThat(Iban.german("37040044", 532013000L)).isEqualTo("DE89370400440532013000");
    }

    @Test
    void vehiclesHaveSeventeenCharacterVinsAndPlatesOfTheirMunicipality() {
        var codes = new HashSet<String>();
        DemoResources.lines("places.csv").stream().skip(1).forEach(l -> codes.addAll(List.of(l.split(",")[4].split(";"))));

        assertThat(data.entities("Vehicle")).allSatisfy(v -> {
            assertThat(v.text("vin")).hasSize(17).matches("[A-HJ-NPR-Z0-9]{17}");
            assertThat(v.text("plate")).matches("[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} [1-9]\\d{0,3}");
            assertThat(codes).contains(v.text("plate").substring(0, v.text("plate").indexOf('-')));
        });
    }

    @Test
    void identifyingValuesAreNeverSharedByAccident() {
        var big = GeneratedData.of(DemoSettings.DEFAULT_SEED, 3000);

        assertThat(big.entities("Identifier").map(e -> e.text("value"))).doesNotHaveDuplicates();
        assertThat(big.entities("Vehicle").map(e -> e.text("plate"))).doesNotHaveDuplicates();
        assertThat(big.entities("Address").map(e -> e.text("full"))).doesNotHaveDuplicates();
        assertThat(big.entities("Business").map(e -> e.text("registerNumber")).filter(r -> r != null)).doesNotHaveDuplicates();
        assertThat(big.entities("Property").map(e -> e.text("landRegistryRef"))).doesNotHaveDuplicates();
    }

    @Test
    void everyAddressLiesInARuhrMunicipality() {
        var municipalities = ReferenceData.load(null).municipalities().stream().map(Entity::id).collect(Collectors.toSet());
        var located = data.links().filter(l -> l.type().equals("IN_MUNICIPALITY"))
                .collect(Collectors.toMap(l -> l.fromId(), l -> l.toId()));

        assertThat(data.entities("Address")).allSatisfy(a -> {
            assertThat(municipalities).contains(located.get(a.id()));
            assertThat(a.text("full")).isEqualTo(a.text("street") + " " + a.text("houseNumber") + ", "
                    + a.text("postalCode") + " " + a.text("city"));
            assertThat(a.text("postalCode")).matches("[45]\\d{4}");
        });
    }

    @Test
    void addressesSpreadOverManyMunicipalitiesWithTheLargestCitiesFirst() {
        var perMunicipality = GeneratedData.of(DemoSettings.DEFAULT_SEED, 3000).links()
                .filter(l -> l.type().equals("IN_MUNICIPALITY")).collect(Collectors.groupingBy(l -> l.toId(), Collectors.counting()));

        assertThat(perMunicipality).hasSizeGreaterThan(45);
        assertThat(perMunicipality.get("mun-essen")).isGreaterThan(perMunicipality.getOrDefault("mun-sonsbeck", 0L) * 10);
    }

    @Test
    void personsCarrySpellingVariantsAsRealRecordsShowThem() {
        var persons = data.entities("Person").toList();

        assertThat(persons.stream().filter(p -> p.get("names") instanceof List<?> names && names.size() > 1).count())
                .isGreaterThan(persons.size() / 5);
        assertThat(persons.stream().filter(p -> p.get("aliases") != null)).isNotEmpty();
        assertThat(persons).allSatisfy(p -> {
            if (p.get("names") instanceof List<?> names) {
                assertThat(names.getFirst()).isEqualTo(p.text("name"));
            }
        });
    }

    @Test
    void aboutTwoPercentOfPersonsAreKnownDuplicatesWithTheSameBirthDateAndAnotherSpelling() {
        var big = GeneratedData.of(DemoSettings.DEFAULT_SEED, 3000);
        Map<String, Entity> persons = big.entities("Person").collect(Collectors.toMap(Entity::id, e -> e));
        var duplicates = big.summary().knownDuplicates();

        assertThat(duplicates.size()).isBetween(30, 100);
        assertThat(duplicates).allSatisfy(d -> {
            Entity original = persons.get(d.personId());
            Entity duplicate = persons.get(d.duplicateId());
            assertThat(duplicate.get("birthDate")).isEqualTo(original.get("birthDate"));
            assertThat(duplicate.text("name")).isNotEqualTo(original.text("name"));
            assertThat(duplicate.provenance().sourceAgency()).isNotEqualTo(original.provenance().sourceAgency());
        });
        assertThat(duplicates).contains(new KnownDuplicate("pn1-p05", "pn1-p07"));
    }

    @Test
    void beingASuspectDoesNotDependOnWhichNamePoolANameCameFrom() {
        var big = GeneratedData.of(DemoSettings.DEFAULT_SEED, 5000);
        var poolOfSurname = new HashMap<String, Integer>();
        var pools = NamePools.load().all();
        for (int i = 0; i < pools.size(); i++) {
            for (List<String> spellings : pools.get(i).surnames()) {
                for (String s : spellings) {
                    poolOfSurname.putIfAbsent(s, i);
                    poolOfSurname.putIfAbsent(pools.get(i).surnameFor(List.of(s), true).getFirst(), i);
                }
            }
        }
        Set<String> suspects = big.links().filter(l -> l.type().equals("INVOLVED_IN") && "SUSPECT".equals(l.properties().get("role")))
                .map(l -> l.fromId()).collect(Collectors.toSet());
        var adults = big.entities("Person").filter(p -> p.id().startsWith("p-"))
                .filter(p -> ((java.time.LocalDate) p.get("birthDate")).getYear() <= 2006).toList();
        double overall = adults.stream().filter(p -> suspects.contains(p.id())).count() / (double) adults.size();
        var byPool = adults.stream().collect(Collectors.groupingBy(
                p -> poolOfSurname.getOrDefault(p.text("name").substring(p.text("name").lastIndexOf(' ') + 1), -1)));

        byPool.forEach((pool, members) -> {
            if (pool >= 0 && members.size() >= 100) {
                double rate = members.stream().filter(p -> suspects.contains(p.id())).count() / (double) members.size();
                assertThat(rate).as("pool %d of %d persons", pool, members.size()).isCloseTo(overall, org.assertj.core.data.Offset.offset(0.12));
            }
        });
        assertThat(byPool.keySet().stream().filter(p -> p >= 0 && byPool.get(p).size() >= 100).count()).isGreaterThan(5);
    }

    private static Stream<String> texts(Map.Entry<String, Object> property) {
        return property.getValue() instanceof List<?> list
                ? Stream.concat(Stream.of(property.getKey()), list.stream().map(Object::toString))
                : Stream.of(property.getKey(), property.getValue().toString());
    }
}
