package org.netzbild.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netzbild.model.PersonFacts;

/** The spellings agencies write for one name meet in the matcher's keys and score as one name. */
class NameKeysTest {

    @Test
    void muellerMuellerAndMullerShareTheirSkeleton() {
        assertThat(List.of("Müller", "Mueller", "Muller", "MÜLLER")).extracting(n -> NameFolding.skeleton(NameFolding.tokens(n).getFirst()))
                .containsOnly("muler");
    }

    @Test
    void oeztuerkOzturkAndOeztuerkShareTheirSkeleton() {
        assertThat(List.of("Öztürk", "Oeztuerk", "Ozturk")).extracting(n -> NameFolding.skeleton(NameFolding.tokens(n).getFirst()))
                .containsOnly("ozturk");
    }

    @Test
    void mohammedMuhammadAndMohamedShareTheirConsonants() {
        assertThat(List.of("Mohammed", "Muhammad", "Mohamed", "Mohamad")).extracting(NameFolding::consonants).containsOnly("mhmd");
    }

    @Test
    void particlesAlElIbnAndBinAreLeftOut() {
        assertThat(NameFolding.tokens("Mohammed Al-Hassan")).containsExactly("mohammed", "hassan");
        assertThat(NameFolding.tokens("Muhammad El Hassan")).containsExactly("muhammad", "hassan");
        assertThat(NameFolding.tokens("Omar ibn Chalil")).containsExactly("omar", "chalil");
        assertThat(NameFolding.tokens("Ali bin Said")).containsExactly("ali", "said");
    }

    @Test
    void germanSpellingsScoreAsTheSameName() {
        for (String other : List.of("Juergen Mueller", "Jurgen Muller", "Müller Jürgen")) {
            assertThat(NameSimilarity.compare("Jürgen Müller", other).aligned()).as(other).isEqualTo(1.0);
        }
        assertThat(NameSimilarity.compare("Ayşe Öztürk", "Ayse Oeztuerk").aligned()).isEqualTo(1.0);
        assertThat(NameSimilarity.compare("Ayşe Öztürk", "Aische Ozturk").aligned()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void transliterationsOfArabicNamesScoreAsTheSameName() {
        assertThat(NameSimilarity.compare("Mohammed Al-Hassan", "Muhammad El Hassan").aligned()).isGreaterThanOrEqualTo(0.95);
        assertThat(NameSimilarity.compare("Mohamed Hasan", "Mohammed Al-Hassan").aligned()).isGreaterThanOrEqualTo(0.95);
        assertThat(NameSimilarity.compare("Mohamed Hasan", "Muhammad El Hassan").aligned()).isGreaterThanOrEqualTo(0.95);
        assertThat(NameSimilarity.compare("Youssef Khalil", "Jussuf Chalil").aligned()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theOrderOfNamePartsDoesNotMatter() {
        assertThat(NameSimilarity.compare("Hassan Mohammed", "Mohammed Hassan").aligned()).isEqualTo(1.0);
    }

    @Test
    void differentGivenNamesOfOneFamilyAreNotTheSameName() {
        assertThat(NameSimilarity.compare("Anna Müller", "Lena Müller").aligned()).isLessThan(0.8);
        assertThat(NameSimilarity.compare("Thomas Schneider", "Thomas Schröder").aligned()).isLessThan(0.9);
    }

    @Test
    void aSwappedDayAndMonthIsAgreementOfALesserKind() {
        assertThat(BirthDates.compare(LocalDate.of(1984, 3, 7), LocalDate.of(1984, 7, 3))).isEqualTo(BirthDates.Agreement.SWAPPED);
        assertThat(BirthDates.compare(LocalDate.of(1984, 3, 7), LocalDate.of(1984, 3, 8))).isEqualTo(BirthDates.Agreement.SAME_YEAR);
        assertThat(BirthDates.compare(LocalDate.of(1984, 3, 7), LocalDate.of(1985, 7, 3))).isEqualTo(BirthDates.Agreement.DIFFERENT);
        assertThat(BirthDates.key(LocalDate.of(1984, 3, 7))).isEqualTo(BirthDates.key(LocalDate.of(1984, 7, 3)));
    }

    @Test
    void addressesAndNumbersAreComparedFolded() {
        assertThat(Identifiers.normalise("ADDRESS:Grillostraße 40, 45881 Gelsenkirchen"))
                .isEqualTo(Identifiers.normalise("ADDRESS:Grillostr. 40 45881 Gelsenkirchen"));
        assertThat(Identifiers.normalise("PHONE:+49 201 123456")).isEqualTo(Identifiers.normalise("PHONE:0201/123456"));
        assertThat(Identifiers.normalise("IBAN:DE89 3704 0044 0532 0130 00")).isEqualTo("IBAN:DE89370400440532013000");
        assertThat(Identifiers.normalise("PLATE:GE-AB 123")).isEqualTo(Identifiers.normalise("PLATE:GE AB 123"));
    }

    @Test
    void spellingVariantsWithSwappedBirthDatesShareABlock() {
        var a = person("a", "Mohammed Al-Hassan", LocalDate.of(1990, 4, 11));
        var b = person("b", "Muhammad El Hassan", LocalDate.of(1990, 11, 4));
        assertThat(BlockingKeys.of(a)).containsAnyElementsOf(BlockingKeys.of(b));
        var c = person("c", "Ayşe Öztürk", LocalDate.of(1975, 1, 2));
        var d = person("d", "Oeztuerk Ayse", null);
        assertThat(BlockingKeys.of(c)).containsAnyElementsOf(BlockingKeys.of(d));
    }

    static PersonFacts person(String id, String name, LocalDate birthDate, String... identifiers) {
        return new PersonFacts(id, List.of(name), birthDate == null ? List.of() : List.of(birthDate), List.of("agency-" + id),
                List.of(identifiers));
    }
}
