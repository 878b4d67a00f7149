package org.netzbild.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OntologyTest {

    private final Ontology ontology = Ontology.standard();

    @Test
    void holdsEveryEntityTypeOfTheDomain() {
        assertThat(ontology.entityTypes().keySet()).containsExactlyInAnyOrder("Person", "Business", "Property",
                "Vehicle", "Address", "Identifier", "Incident", "Case", "Agency", "Municipality");
    }

    @Test
    void holdsEveryLinkTypeWithTheEndpointsOfTheDomain() {
        assertThat(ontology.linkTypes().keySet()).containsExactlyInAnyOrder("FAMILY", "ASSOCIATE", "OWNS", "DIRECTS",
                "EMPLOYED_BY", "RESIDES_AT", "REGISTERED_AT", "LOCATED_AT", "IN_MUNICIPALITY", "USES", "INVOLVED_IN",
                "PART_OF", "HANDLED_BY", "MEMBER_OF",  // MEMBER_OF beyond DOMAIN.md: FtM's Membership (ADR 0009)
                "COMMUNICATED_WITH", "TRANSFERRED_TO");  // beyond DOMAIN.md: calls and transfers (issue 17, ADR 0040)
        assertThat(ontology.linkTypes().get("OWNS").from()).containsExactlyInAnyOrder("Person", "Business");
        assertThat(ontology.linkTypes().get("OWNS").to()).containsExactlyInAnyOrder("Business", "Property", "Vehicle");
        // a person's involvement in a case, beside the incident (issue 17, ADR 0040)
        assertThat(ontology.linkTypes().get("INVOLVED_IN").to()).containsExactlyInAnyOrder("Incident", "Case");
        assertThat(ontology.linkTypes().get("COMMUNICATED_WITH").from()).containsExactly("Identifier");
        assertThat(ontology.linkTypes().get("TRANSFERRED_TO").properties().get("amount").required()).isTrue();
        assertThat(ontology.enumerations().get("InvolvementRole")).containsExactly("SUSPECT", "ACCUSED", "CONVICTED",
                "VICTIM", "WITNESS", "CONTACT", "OWNER", "OPERATOR", "OTHER");
    }

    @Test
    void holdsNoSpecialCategoryOfPersonalData() throws IOException {
        String text = Files.readString(Path.of("graph-schema/ontology.yaml")).toLowerCase(java.util.Locale.ROOT);
        String properties = text.lines().filter(l -> !l.strip().startsWith("#")).collect(Collectors.joining("\n"));

        for (String forbidden : new String[] {"ethnic", "religio", "clan", "tribe", "race", "origin", "affiliation",
                "sexual", "health", "political", "union", "biometric", "genetic"}) {
            assertThat(properties).as(forbidden).doesNotContain(forbidden);
        }
    }

    @Test
    void aBrokenOntologyNamesTypeAndField() {
        String broken = """
                version: 1
                enumerations: {}
                entities:
                  Person:
                    search: [nickname]
                    properties:
                      name: {type: string}
                """;

        assertThatThrownBy(() -> OntologyLoader.read(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("Person: search field 'nickname'");
    }

    @Test
    void migrationsAreNumberedAndSplitIntoStatements() {
        var migrations = Migrations.standard();

        assertThat(migrations).extracting(Migration::version).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(migrations).allSatisfy(m -> assertThat(m.statements()).isNotEmpty()
                .allSatisfy(s -> assertThat(s).contains("IF NOT EXISTS")));
    }

    @Test
    void aMigrationsDataStatementsFollowItsDataMarkerAndAreNoSchemaStatements() {
        var reviewDates = Migrations.standard().get(8);

        assertThat(reviewDates.name()).isEqualTo("review_dates");
        assertThat(reviewDates.statements()).singleElement().asString().startsWith("CREATE INDEX entity_review_by");
        assertThat(reviewDates.data()).singleElement().asString().startsWith("MATCH (n:Entity)").contains("SET n.reviewBy");
        assertThat(Migrations.standard().subList(0, 8)).allSatisfy(m -> assertThat(m.data()).isEmpty());
    }

    @Test
    void reviewPeriodsTakeTheMostSpecificKeyAndAWorkspaceFileOverridesTheShippedOnes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws java.io.IOException {
        assertThat(ReviewPeriods.standard().period("Person", org.netzbild.model.AgencyKind.POLICE)).isEqualTo(java.time.Period.ofYears(10));
        var file = folder.resolve("review-periods.properties");
        java.nio.file.Files.writeString(file, "agency.MUNICIPAL=P5Y\ntype.Vehicle=P3Y\ntype.Vehicle.MUNICIPAL=P2Y\n");
        var periods = ReviewPeriods.standardWith(file);

        assertThat(periods.period("Person", org.netzbild.model.AgencyKind.MUNICIPAL)).isEqualTo(java.time.Period.ofYears(5));
        assertThat(periods.period("Vehicle", org.netzbild.model.AgencyKind.POLICE)).isEqualTo(java.time.Period.ofYears(3));
        assertThat(periods.period("Vehicle", org.netzbild.model.AgencyKind.MUNICIPAL)).isEqualTo(java.time.Period.ofYears(2));
        assertThat(periods.period("Person", org.netzbild.model.AgencyKind.POLICE)).isEqualTo(java.time.Period.ofYears(10));
        assertThat(periods.reviewBy("Person", null, java.time.Instant.parse("2026-02-28T23:30:00Z")))
                .isEqualTo(java.time.LocalDate.of(2036, 2, 28));
        java.nio.file.Files.writeString(file, "default=zehn Jahre\n");
        assertThatThrownBy(() -> ReviewPeriods.standardWith(file)).hasMessageContaining("default=zehn Jahre")
                .hasMessageContaining(file.toString());
    }

    @Test
    void referenceDataHoldsTheRuhrMunicipalitiesAndTheirPoliceAuthorities() {
        var reference = ReferenceData.load(null);

        assertThat(reference.municipalities()).hasSize(53);
        assertThat(reference.agencies().all()).filteredOn(a -> a.kind() == org.netzbild.model.AgencyKind.POLICE)
                .extracting(a -> a.id()).contains("pp-essen", "pp-recklinghausen", "kpb-wesel", "kpb-ennepe-ruhr-kreis");
        Map<Object, Long> perAuthority = reference.municipalities().stream()
                .collect(Collectors.groupingBy(m -> m.get("policeAuthority"), Collectors.counting()));
        assertThat(perAuthority).containsEntry("PP Recklinghausen", 11L).containsEntry("KPB Wesel", 13L)
                .containsEntry("PP Bochum", 3L).containsEntry("KPB Ennepe-Ruhr-Kreis", 8L);
        var validator = new RecordValidator(ontology);
        assertThat(reference.asBatch().entities()).allSatisfy(e -> assertThat(validator.check(e)).isEmpty());
    }

    @Test
    void referenceDataCanBeExtendedByAFileInTheWorkspace(@org.junit.jupiter.api.io.TempDir Path extra) throws IOException {
        Files.writeString(extra.resolve("muenster.csv"), """
                id,name,ags,district,policeAuthority,countyFree
                mun-muenster,Münster,,Münster,PP Münster,true
                """);

        var reference = ReferenceData.load(extra);

        assertThat(reference.municipalities()).hasSize(54);
        assertThat(reference.agencies().byId("pp-muenster")).isEmpty();
    }

    @Test
    void everyMunicipalitysPoliceAuthorityIsAnAgencyOfTheReferenceData() {
        var reference = ReferenceData.load(null);

        assertThat(reference.municipalities()).allSatisfy(m -> assertThat(
                reference.agencies().byId(ReferenceData.agencyId(m.text("policeAuthority")).substring("agency-".length())))
                .as(m.id()).hasValueSatisfying(a -> assertThat(a.kind()).isEqualTo(org.netzbild.model.AgencyKind.POLICE)));
    }

    @Test
    void agenciesAreReferenceDataWithGermanAndEnglishNamesAndAMunicipalityKey(@org.junit.jupiter.api.io.TempDir Path extra)
            throws IOException {
        Files.writeString(extra.resolve("muenster-agencies.csv"), """
                id,nameDe,nameEn,kind,ags
                pp-muenster,Polizeipräsidium Münster,Münster Police Headquarters,POLICE,05515000
                """);

        var agencies = ReferenceData.load(extra).agencies();

        assertThat(agencies.name("pp-essen", java.util.Locale.GERMANY)).isEqualTo("Polizeipräsidium Essen");
        assertThat(agencies.name("sta-bochum", java.util.Locale.UK)).isEqualTo("Bochum Public Prosecutor's Office");
        assertThat(agencies.byId("hza-duisburg")).hasValueSatisfying(a -> assertThat(a.ags()).isEqualTo("05112000"));
        assertThat(agencies.name("pp-muenster", java.util.Locale.UK)).isEqualTo("Münster Police Headquarters");
        assertThat(agencies.name("Gewerbeamt Essen", java.util.Locale.UK)).as("a name from before ids").isEqualTo("Gewerbeamt Essen");
        assertThat(ReferenceData.load(extra).agencyEntities()).extracting(e -> e.id()).contains("agency-pp-muenster");
    }
}
