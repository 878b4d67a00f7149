package org.netzbild.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.schema.Ontology;

/** Mapping specs are read strictly and checked against the ontology before any data file is opened. */
class MappingSpecsTest {

    @TempDir
    Path folder;

    private ImportRefusedException refused(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        try {
            MappingSpecs.load(file, Ontology.standard());
        } catch (ImportRefusedException e) {
            return e;
        }
        throw new AssertionError("accepted: " + text);
    }

    @Test
    void theExampleSpecsAreValid() {
        for (String name : new String[] {"gewerbeamt-essen.yaml", "zoll-personen.yaml"}) {
            var spec = MappingSpecs.load(Path.of("src/test/resources/import", name), Ontology.standard());
            assertThat(spec.entities()).isNotEmpty();
        }
    }

    @Test
    void aMisspelledFieldIsNamedWithItsLine() throws IOException {
        var e = refused("tippfehler.yaml", """
                name: x
                provenance: {agency: hza-duisburg, grading: B2}
                entities:
                  - key: p
                    type: Person
                    idd: [Name]
                """);

        assertThat(e.problems().getFirst().toString()).startsWith("tippfehler.yaml:6:idd:").contains("unknown field");
    }

    @Test
    void typesPropertiesCodesAndLinksOutsideTheOntologyAreEachNamed() throws IOException {
        var e = refused("falsch.yaml", """
                name: x
                provenance: {agency: hza-duisburg, grading: Z9, handling: GEHEIM}
                entities:
                  - key: p
                    type: Person
                    id: [Name]
                    properties:
                      name: Name
                      religion: Religion
                      gender: {column: G, values: {m: MANN}}
                  - key: q
                    type: Spaceship
                    id: [X]
                links:
                  - {type: OWNS, from: p, to: nowhere}
                  - {type: FAMILY, from: p, to: p, properties: {relation: {value: PARENT}}}
                """);

        assertThat(e.problems()).extracting(ImportProblem::field).contains("provenance.grading", "provenance.handling",
                "entities[0].properties.religion", "entities[0].properties.gender", "entities[1].type", "links[0].to");
        assertThat(e.problems()).noneMatch(p -> p.field().startsWith("links[1]"));
    }

    @Test
    void everyMisspeltFieldIsNamedWithItsLineAndPathAndNothingThatFollowsFromIt() throws IOException {
        var e = refused("tippfehler.yaml", """
                name: x
                provenance: {agency: hza-duisburg, grading: B2}
                entities:
                  - key: p
                    type: Person
                    idd: [Name]
                    properties:
                      name: {colum: Name}
                """);

        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "tippfehler.yaml:6:idd:entities[0].idd: unknown field (known: id, key, properties, type)",
                "tippfehler.yaml:8:colum:entities[0].properties.name.colum: unknown field (known: column, template, value, values)");
    }

    @Test
    void problemsWithTheOntologyNameTheLineOfTheirField() throws IOException {
        var e = refused("zeilen.yaml", """
                name: x
                provenance:
                  agency: hza-duisburg
                  grading: Z9
                entities:
                  - key: p
                    type: Person
                    id: [Name]
                    properties:
                      name: Name
                      religion: Religion
                  - key: q
                    type: Spaceship
                    id: [X]
                links:
                  - {type: OWNS, from: q, to: p}
                """);

        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "zeilen.yaml:4::provenance.grading: 'Z9' is no EU 4x4 grading (source A, B, C or X and information 1 to 4, e.g. B2)",
                "zeilen.yaml:11::entities[0].properties.religion: not a property of this type in the ontology",
                "zeilen.yaml:13::entities[1].type: 'Spaceship' is not an entity type of the ontology");
    }

    @Test
    void aFieldOfTheWrongFormSaysWhatFormItNeeds() throws IOException {
        var list = refused("form.yaml", """
                name: x
                provenance: {agency: hza-duisburg, grading: B2}
                entities:
                  - key: p
                    type: Person
                    id: {spalte: Name}
                """);
        var syntax = refused("syntax.yaml", """
                name: x
                provenance: {agency: hza-duisburg, grading: B2
                entities: []
                """);

        assertThat(list.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.reason(java.util.Locale.GERMAN)).isEqualTo("„entities[0].id“ muss eine Liste sein ([a, b] oder Zeilen mit „- “)");
        });
        var unclosed = refused("zitat.yaml", """
                name: x
                provenance: {agency: hza-duisburg, grading: B2}
                entities:
                  - key: p
                    type: "Person
                    id: [Name]
                    properties:
                      name: Name
                """);
        assertThat(unclosed.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(5));
        assertThat(syntax.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isPositive();
            assertThat(p.reason(java.util.Locale.GERMAN)).startsWith("YAML-Syntaxfehler").doesNotContain("\n");
        });
    }

    @Test
    void yamlAliasBombsAndDeepNestingAreRefused() throws IOException {
        var laughs = new StringBuilder("a: &a [x,x,x,x,x,x,x,x,x,x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            laughs.append(c).append(": &").append(c).append(" [");
            laughs.append(("*" + (char) (c - 1) + ",").repeat(10), 0, 30).append("]\n");
        }
        assertThat(refused("bombe.yaml", laughs.toString()).problems()).isNotEmpty();
        assertThat(refused("tief.yaml", "name: " + "[".repeat(500) + "]".repeat(500)).problems()).isNotEmpty();
    }

    @Test
    void anOversizedFileIsRefusedUnread() throws IOException {
        var e = refused("gross.yaml", "# " + "x".repeat((int) MappingSpecs.MAX_BYTES));

        assertThat(e.problems().getFirst().reason()).contains("larger than");
    }
}
