package org.netzbild.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.security.AnalystSession;
import org.netzbild.testsupport.Records;
import org.netzbild.testsupport.TemplateWorkspace;

/** Forms on a real embedded workspace: German input habits, per-field errors, another agency's record never overwritten. */
class EntityFormsTest {

    @TempDir
    static Path folder;
    private static Workspace workspace;
    private static EntityForms forms;

    @BeforeAll
    static void open() {
        I18n.use(I18n.GERMAN);
        workspace = Workspace.open(WorkspaceSettings.embedded(TemplateWorkspace.copyTo(folder),
                AnalystSession.unrestricted("kk.1", "oa-essen", new org.netzbild.security.Purpose("AZ 32-1/26", "Test"))));
        forms = new EntityForms(workspace);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void germanDatesNumbersAndListsBecomeTypedValues() {
        var person = forms.create("Person", Map.of("name", "Ayşe Demir", "birthDate", "02.01.1979",
                "names", "Ayse Demir; Aysche Demir", "gender", "FEMALE"), "B2", false);

        assertThat(person.get("birthDate")).isEqualTo(LocalDate.of(1979, 1, 2));
        assertThat(person.get("names")).isEqualTo(List.of("Ayse Demir", "Aysche Demir"));
        assertThat(person.provenance().sourceAgency()).isEqualTo("oa-essen");
        assertThat(workspace.store().entity(person.id())).contains(person);
    }

    @Test
    void numbersAreReadAsTheChosenLanguageWritesThem() {
        assertThat(EntityForms.number("1.234,5", false)).isEqualTo(1234.5);
        assertThat(EntityForms.number("12.000", true)).isEqualTo(12_000L);
        assertThatThrownBy(() -> EntityForms.number("0.5", false)).isInstanceOf(IllegalArgumentException.class);
        try {
            I18n.use(I18n.ENGLISH);
            assertThat(EntityForms.number("0.5", false)).isEqualTo(0.5);
            assertThat(EntityForms.number("1,234.5", false)).isEqualTo(1234.5);
            assertThatThrownBy(() -> EntityForms.number("1,5", false)).isInstanceOf(IllegalArgumentException.class);
        } finally {
            I18n.use(I18n.GERMAN);
        }
    }

    @Test
    void aLinkByFormTakesOnlyTypesTheSchemaAllowsInEitherDirectionAndNamesEveryWrongField() {
        var person = forms.create("Person", Map.of("name", "Vera Verbunden"), "B2", false);
        var business = forms.create("Business", Map.of("name", "Verbunden GmbH"), "B2", false);

        assertThat(forms.linkTypes(person, business)).contains("DIRECTS", "OWNS", "EMPLOYED_BY").doesNotContain("FAMILY");
        assertThat(forms.linkTypes(business, person)).contains("DIRECTS" + EntityForms.REVERSED);
        long linksBefore = workspace.store().statistics().linkCount();
        assertThatThrownBy(() -> forms.createLink("DIRECTS" + EntityForms.REVERSED, business, person, Map.of(),
                "31.02.2020", "", "B2", false))
                .isInstanceOfSatisfying(EntityForms.FormErrors.class, e -> assertThat(e.messages())
                        .containsEntry("role", "Pflichtangabe").containsKey("validFrom"));
        assertThatThrownBy(() -> forms.createLink("EMPLOYED_BY", person, business, Map.of(), "01.05.2021", "01.01.2020",
                "B2", false))
                .isInstanceOfSatisfying(EntityForms.FormErrors.class, e -> assertThat(e.messages()).containsKey("validTo"));
        assertThat(workspace.store().statistics().linkCount()).isEqualTo(linksBefore);

        var link = forms.createLink("DIRECTS" + EntityForms.REVERSED, business, person, Map.of("role", "MANAGING_DIRECTOR"),
                "01.05.2021", "", "A2", true);

        assertThat(link.fromId()).isEqualTo(person.id());
        assertThat(link.toId()).isEqualTo(business.id());
        assertThat(link.provenance().validFrom()).isEqualTo(LocalDate.of(2021, 5, 1));
        assertThat(link.provenance().sourceAgency()).isEqualTo("oa-essen");
        assertThat(workspace.store().linksAmong(List.of(person.id(), business.id()))).containsExactly(link);
    }

    @Test
    void everyWrongFieldIsNamedAndNothingIsStored() {
        long before = workspace.store().statistics().entityCount();

        assertThatThrownBy(() -> forms.create("Person", Map.of("birthDate", "31.02.1990", "gender", "W"), "B2", false))
                .isInstanceOfSatisfying(EntityForms.FormErrors.class, e -> assertThat(e.messages())
                        .containsEntry("name", "Pflichtangabe")
                        .containsKeys("birthDate", "gender"));
        assertThat(workspace.store().statistics().entityCount()).isEqualTo(before);
    }

    @Test
    void ownRecordsChangeAnotherAgencysRecordGetsOurStatementBesideIt() {
        var own = forms.create("Business", Map.of("name", "Kiosk Ecke"), "A1", false);
        var changed = forms.update(own, Map.of("name", "Kiosk an der Ecke", "trade", "KIOSK"), "A2", true);

        assertThat(workspace.store().entity(own.id()).orElseThrow().text("name")).isEqualTo("Kiosk an der Ecke");
        assertThat(changed.provenance().nature()).isEqualTo(org.netzbild.model.Nature.ASSESSMENT);
        assertThat(forms.isOwn(own)).isTrue();

        var foreign = workspace.store().create(new Records().person("f", "Fremd", "PP Essen"));
        assertThat(forms.isOwn(foreign)).isFalse();
        var returned = forms.update(foreign, Map.of("name", "Fremd", "birthPlace", "Herne", "birthDate", "01.02.1980"),
                "C3", false);

        assertThat(returned).isEqualTo(foreign);
        assertThat(workspace.store().entity(foreign.id())).contains(foreign);
        var statements = workspace.store().statements(foreign.id());
        assertThat(statements).hasSize(2);
        assertThat(statements.get(1).properties())
                .containsExactlyInAnyOrderEntriesOf(Map.of("birthPlace", "Herne", "birthDate", LocalDate.of(1980, 2, 1)));
        assertThat(statements.get(1).provenance().sourceAgency()).isEqualTo("oa-essen");
        assertThat(statements.get(1).provenance().grading().code()).isEqualTo("C3");
    }

    @Test
    void aStatementThatChangesNothingIsRefusedAndNothingIsStored() {
        var foreign = workspace.store().create(new Records().person("g", "Unverändert", "PP Essen"));

        assertThatThrownBy(() -> forms.update(foreign, Map.of("name", "Unverändert"), "B2", false))
                .isInstanceOfSatisfying(EntityForms.FormErrors.class, e -> assertThat(e.messages().get(""))
                        .contains("nichts geändert"));
        assertThat(workspace.store().statements(foreign.id())).hasSize(1);
    }

    @Test
    void everyPropertyHasALabelInBothLanguages() {
        for (String property : forms.propertyNames()) {
            assertThat(EntityForms.label(property)).as(property).isNotEqualTo(property);
        }
    }
}
