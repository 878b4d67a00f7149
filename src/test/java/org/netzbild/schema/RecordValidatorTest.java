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
