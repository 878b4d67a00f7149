package org.netzbild.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The matcher's name keys as search stores and asks for them (ADR 0037). */
class SearchKeysTest {

    @Test
    void transliterationsParticlesAndDoubledLettersShareTheirKeys() {
        Set<String> query = Set.of(NameKeys.of(List.of("Mohamed Hasan")).split(" "));
        for (String spelling : List.of("Muhammad El Hassan", "Mohammed Al-Hassan", "Hassan Mohammed", "Mohamad bin Hasan")) {
            var keys = Set.of(NameKeys.of(List.of(spelling)).split(" "));
            assertThat(keys).as(spelling).contains("cmhmd", "chsn");
        }
        assertThat(query).contains("cmhmd", "chsn");
    }

    @Test
    void germanSpellingsShareAKeyEitherWay() {
        assertThat(NameKeys.of(List.of("Jürgen Müller"))).contains("cmlr");
        assertThat(NameKeys.of(List.of("Juergen Mueller"))).contains("cmlr");
        assertThat(NameKeys.of(List.of("Schmidt")).split(" ")).containsAnyOf(NameKeys.of(List.of("Schmitt")).split(" "));
        assertThat(NameKeys.of(List.of("Öztürk")).split(" ")).containsAnyOf(NameKeys.of(List.of("Ozturk")).split(" "));
    }

    @Test
    void theQueryAsksForOneKeyOfEveryPartAndIsNeverQuerySyntax() {
        assertThat(NameKeys.query("Mohamed Hasan")).isEqualTo("+(cmhmd k662) +(chsn k086)");
        assertThat(NameKeys.query("al-Hasan")).isEqualTo("+(chsn k086)");
        assertThat(NameKeys.query("*:* OR \") DETACH DELETE n //")).matches("(\\+\\([ck][a-z0-9]+( [ck][a-z0-9]+)?\\) ?)*");
        assertThat(NameKeys.query("12345 !!")).isEmpty();
        assertThat(NameKeys.of(List.of("Sichtprobe3f9a"))).isEmpty();
    }
}
