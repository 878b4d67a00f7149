package org.netzbild.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.netzbild.resolve.NameKeysTest.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.netzbild.model.PersonFacts;
import org.netzbild.resolve.PairScore.Topic;
import org.netzbild.resolve.PairScore.Verdict;

/** Which pairs are candidates, and the explanation a reviewer reads. */
class PairScorerTest {

    private static final LocalDate BORN = LocalDate.of(1971, 6, 14);
    private static final String FLAT = "ADDRESS:Grillostraße 40, 45881 Gelsenkirchen";
    private final PairScorer scorer = new PairScorer();

    @Test
    void theSamePersonSpelledTheGermanWayAndInAsciiIsACandidate() {
        var score = scorer.score(person("p05", "Jürgen Müller", BORN, FLAT), person("p07", "Juergen Mueller", BORN, "ADDRESS:Grillostr. 40 45881 Gelsenkirchen"));
        assertThat(PairScorer.isCandidate(score)).isTrue();
        assertThat(score.field(Topic.NAME).verdict()).isEqualTo(Verdict.AGREES);
        assertThat(score.field(Topic.BIRTH_DATE).verdict()).isEqualTo(Verdict.AGREES);
        assertThat(score.field(Topic.ADDRESS).verdict()).isEqualTo(Verdict.AGREES);
        assertThat(score.explanation()).contains("Jürgen Müller ~ Juergen Mueller").contains("1971-06-14 ~ 1971-06-14");
    }

    @Test
    void mullerWithoutTheUmlautsEIsACandidateToo() {
        assertThat(PairScorer.isCandidate(scorer.score(person("a", "Jürgen Müller", BORN), person("b", "Jurgen Muller", BORN)))).isTrue();
    }

    @Test
    void arabicTransliterationsWithTheSameBirthDateAreCandidates() {
        for (String other : List.of("Muhammad El Hassan", "Mohamed Hasan", "Mohamad Al Hasan")) {
            assertThat(PairScorer.isCandidate(scorer.score(person("a", "Mohammed Al-Hassan", BORN), person("b", other, BORN))))
                    .as(other).isTrue();
        }
    }

    @Test
    void aSwappedDayAndMonthStillMakesACandidateAndSaysSo() {
        var score = scorer.score(person("a", "Ayşe Öztürk", LocalDate.of(1984, 3, 7)), person("b", "Ayse Oeztuerk", LocalDate.of(1984, 7, 3)));
        assertThat(PairScorer.isCandidate(score)).isTrue();
        assertThat(score.field(Topic.BIRTH_DATE).verdict()).isEqualTo(Verdict.PARTLY);
        assertThat(score.field(Topic.BIRTH_DATE).detail()).isEqualTo("1984-03-07 ~ 1984-07-03");
    }

    @Test
    void twinsOfOneHouseholdAreNoCandidates() {
        var score = scorer.score(person("a", "Anna Müller", BORN, FLAT), person("b", "Lena Müller", BORN, FLAT));
        assertThat(PairScorer.isCandidate(score)).isFalse();
        assertThat(score.field(Topic.NAME).verdict()).isEqualTo(Verdict.DISAGREES);
    }

    @Test
    void theSameNameWithAnotherBirthDateIsNoCandidate() {
        var score = scorer.score(person("a", "Thomas Müller", BORN), person("b", "Thomas Mueller", LocalDate.of(1980, 2, 2)));
        assertThat(PairScorer.isCandidate(score)).isFalse();
        assertThat(score.field(Topic.BIRTH_DATE).verdict()).isEqualTo(Verdict.DISAGREES);
    }

    @Test
    void aSharedPhoneMakesUpForAMissingBirthDate() {
        var withPhone = scorer.score(person("a", "Mohammed Al-Hassan", null, "PHONE:+49 201 555123"),
                person("b", "Muhammad El Hassan", BORN, "PHONE:0201 555123"));
        assertThat(PairScorer.isCandidate(withPhone)).isTrue();
        assertThat(withPhone.field(Topic.IDENTIFIER).detail()).isEqualTo("0201555123");
        assertThat(PairScorer.isCandidate(scorer.score(person("a", "Mohammed Al-Hassan", null), person("b", "Muhammad El Hassan", BORN))))
                .isFalse();
    }

    @Test
    void aRareNameAtAnotherAddressIsSomeoneWhoMovedAndStaysACandidate() {
        var a = person("a", "Jürgen Müller", BORN, FLAT);
        var b = person("b", "Juergen Mueller", BORN, "ADDRESS:Kampstraße 3, 44137 Dortmund");
        var frequency = NameFrequency.of(store(List.of(a, b), "Thomas Müller"));

        var score = scorer.score(PairScorer.Prepared.of(a, frequency), PairScorer.Prepared.of(b, frequency));

        assertThat(score.field(Topic.ADDRESS).verdict()).isEqualTo(Verdict.DISAGREES);
        assertThat(score.field(Topic.NAMESAKES)).isNull();
        assertThat(PairScorer.isCandidate(score)).isTrue();
    }

    @Test
    void aNameSoCommonThatNamesakesBornThatDayAreExpectedNeedsMoreThanNameAndDateAgainstAnotherAddress() {
        var a = person("a", "Thomas Müller", BORN, FLAT);
        var b = person("b", "Thomas Mueller", BORN, "ADDRESS:Kampstraße 3, 44137 Dortmund");
        var frequency = NameFrequency.of(store(List.of(a, b), "Thomas Müller"));
        assertThat(frequency.bearers(a)).isEqualTo(202);

        var score = scorer.score(PairScorer.Prepared.of(a, frequency), PairScorer.Prepared.of(b, frequency));

        assertThat(PairScorer.isCandidate(score)).isFalse();
        assertThat(score.field(Topic.NAMESAKES).verdict()).isEqualTo(Verdict.DISAGREES);
        assertThat(score.field(Topic.NAMESAKES).detail()).startsWith("202 ~ ");
        // the same common name with a shared address or phone is still a candidate
        var sameFlat = person("c", "Thomas Mueller", BORN, FLAT);
        assertThat(PairScorer.isCandidate(scorer.score(PairScorer.Prepared.of(a, frequency), PairScorer.Prepared.of(sameFlat, frequency))))
                .isTrue();
        var noAddress = person("d", "Thomas Mueller", BORN);
        assertThat(PairScorer.isCandidate(scorer.score(PairScorer.Prepared.of(a, frequency), PairScorer.Prepared.of(noAddress, frequency))))
                .isTrue();
    }

    /**
     * A store of 20,000 records with birth dates spread over sixty years, two hundred of them named
     * {@code common} (their own dates), the rest of all kinds of names, and the given pair.
     */
    private static List<PersonFacts> store(List<PersonFacts> pair, String common) {
        var random = new java.util.SplittableRandom(7);
        var people = new java.util.ArrayList<>(pair);
        for (int i = 0; i < 20_000; i++) {
            String name = i < 200 ? common : "Vorname" + (char) ('a' + i % 26) + (i / 26) + " Nachname" + (char) ('a' + i % 19) + i;
            people.add(person("s" + i, name, LocalDate.of(1945, 1, 1).plusDays(random.nextInt(60 * 365))));
        }
        return people;
    }

    @Test
    void theFinderProposesPairsAcrossAgenciesOnlyAndNeverARejectedOne() {
        var p05 = person("pn1-p05", "Jürgen Müller", BORN, FLAT);
        var p07 = person("pn1-p07", "Juergen Mueller", BORN);
        var sameAgency = new PersonFacts("x", List.of("Jurgen Muller"), List.of(BORN), List.of("agency-pn1-p05"), List.of());
        var finder = new CandidateFinder();

        var found = finder.find(List.of(p05, p07, sameAgency), Set.of());
        assertThat(found).extracting(Candidate::id).contains("pn1-p05+pn1-p07").doesNotContain("pn1-p05+x", "x+pn1-p05");

        assertThat(finder.find(List.of(p05, p07), Set.of(Candidate.pairKey("pn1-p07", "pn1-p05")))).isEmpty();
    }

    @Test
    void anAgencysOwnTwoSpellingsOfOnePersonAreACandidateWhenAskedForWithinAgenciesToo() {
        var p05 = person("pn1-p05", "Jürgen Müller", BORN, FLAT);
        var p07 = person("pn1-p07", "Juergen Mueller", BORN);
        var sameAgency = new PersonFacts("x", List.of("Jurgen Muller"), List.of(BORN), List.of("agency-pn1-p05"), List.of());
        var namesake = new PersonFacts("y", List.of("Jürgen Müller"), List.of(BORN.plusYears(9)), List.of("agency-pn1-p05"),
                List.of());
        var finder = new CandidateFinder();

        var found = finder.find(List.of(p05, p07, sameAgency, namesake), Set.of(), CandidateFinder.Scope.ALSO_WITHIN_AGENCIES);
        assertThat(found).extracting(Candidate::id).contains("pn1-p05+pn1-p07", "pn1-p05+x")
                .noneMatch(id -> id.contains("y"));
        assertThat(finder.find(List.of(p05, sameAgency), Set.of(Candidate.pairKey("x", "pn1-p05")),
                CandidateFinder.Scope.ALSO_WITHIN_AGENCIES)).isEmpty();
    }
}
