package org.netzbild.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netzbild.model.Entity;
import org.netzbild.testsupport.Records;

class RecordValidatorTest {

    private final RecordValidator validator = new RecordValidator(Ontology.standard());

    private static Entity person(Object... properties) {
        return new Entity("p-1", "Person", Records.props(properties), Records.from(Records.POLICE));
    }

    @Test
    void theIdCheckAcceptsExactlyWhatTheIdPatternDescribes() {
        var pattern = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
        var samples = new java.util.ArrayList<>(List.of("p-1", "person-3fda4f62ebd718888556f607", "a", "9", "x.y_z:1-2",
                "", "-p", ".p", "p 1", "p/1", "pö", "p\n", "A".repeat(128), "A".repeat(129), "p-1\u0000", "ß"));
        var random = new java.util.Random(7);
        String alphabet = "aZ09._:-/ öß\t";
        for (int i = 0; i < 2_000; i++) {
            var id = new StringBuilder();
            for (int n = random.nextInt(6); n > 0; n--) {
                id.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            samples.add(id.toString());
        }
        for (String id : samples) {
            assertThat(RecordValidator.isId(id)).as("'" + id + "'").isEqualTo(pattern.matcher(id).matches());
        }
    }

    @Test
    void aCompletePersonIsValid() {
        assertThat(validator.check(person("name", "Ayşe Demir", "birthDate", LocalDate.of(1979, 1, 2),
                "names", List.of("Ayse Demir"), "gender", "FEMALE"))).isEmpty();
    }

    @Test
    void missingRequiredPropertyIsNamed() {
        assertThat(validator.check(person("birthDate", LocalDate.of(1979, 1, 2))))
                .extracting(Violation::field).containsExactly("name");
    }

    @Test
    void wrongTypeIsNamed() {
        assertThat(validator.check(person("name", "X", "birthDate", "02.01.1979")))
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("birthDate");
                    assertThat(v.reason()).contains("expected date");
                });
    }

    @Test
    void valueOutsideTheEnumerationIsNamed() {
        assertThat(validator.check(person("name", "X", "gender", "W")))
                .singleElement().satisfies(v -> assertThat(v.reason()).contains("'W' is not one of"));
    }

    @Test
    void unknownTypeAndHostileIdsAreRefused() {
        var unknown = new Entity("x", "Clan", Records.props("name", "X"), Records.from(Records.POLICE));
        var hostile = new Entity("') DETACH DELETE n //", "Person", Records.props("name", "X"), Records.from(Records.POLICE));

        assertThat(validator.check(unknown)).extracting(Violation::field).contains("type");
        assertThat(validator.check(hostile)).extracting(Violation::field).contains("id");
    }
}
