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
                provenance: {agency: Zoll, grading: B2}
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
                provenance: {agency: Zoll, grading: Z9, handling: GEHEIM}
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
