package org.netzbild.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.netzbild.model.PersonFacts;
import org.netzbild.resolve.PairScore.Field;
import org.netzbild.resolve.PairScore.Topic;
import org.netzbild.resolve.PairScore.Verdict;

/**
 * Scores a pair of person records as points that add up to at most 1, each field on its own so that
 * the reviewer sees why (ADR 0031):
 *
 * <ul>
 *   <li>name: up to {@value #NAME_POINTS}, the best similarity over all spellings of both
 *       ({@link NameSimilarity}), from nothing at {@value #NAME_FLOOR} to everything at 1;</li>
 *   <li>birth date: {@value #SAME_DATE} the same, {@value #SWAPPED_DATE} day and month swapped,
 *       {@value #UNKNOWN_DATE} when a record has none, nothing for the same year only, and
 *       {@value #DIFFERENT_DATE} for a contradiction;</li>
 *   <li>a shared address {@value #ADDRESS_POINTS} (a household shares one too, so it only tips a pair),
 *       addresses on both sides and none shared {@value #OTHER_ADDRESS};</li>
 *   <li>a shared phone, account, plate or document number {@value #IDENTIFIER_POINTS};</li>
 *   <li>namesakes: when the addresses disagree and the name is so common among the records searched
 *       that a namesake born on the same day is to be expected ({@link NameFrequency}), up to
 *       {@value #NAMESAKE_POINTS} more: from nothing at {@value #NAMESAKES_FROM} expected same-day
 *       namesakes to all of it at {@value #NAMESAKES_FULL} (ADR 0037). A rare name at another address is
 *       someone who moved; Thomas Müller at another address in a store of a million is more likely
 *       another Thomas Müller born that day than the same one, unless something else is shared.</li>
 * </ul>
 *
 * A pair is a candidate at {@link #THRESHOLD}: the same name and the same birth date, or a spelling
 * variant with an agreeing date, or a name with shared identifiers; a shared surname, address and
 * birthday (twins) is not.
 */
public final class PairScorer {

    public static final double THRESHOLD = 0.75;

    static final double NAME_POINTS = 0.6;
    static final double NAME_FLOOR = 0.7;
    static final double SAME_DATE = 0.3;
    static final double SWAPPED_DATE = 0.25;
    static final double UNKNOWN_DATE = 0.1;
    static final double DIFFERENT_DATE = -0.3;
    static final double ADDRESS_POINTS = 0.1;
    /** Both records name addresses and none is shared: people move, so it only weighs a little. */
    static final double OTHER_ADDRESS = -0.05;
    static final double IDENTIFIER_POINTS = 0.2;
    /** What a contradicting address costs a common name beyond {@link #OTHER_ADDRESS}, at most. */
    static final double NAMESAKE_POINTS = -0.15;
    /** Expected same-day namesakes of a record from which a contradicting address begins to cost more. */
    static final double NAMESAKES_FROM = 0.001;
    /** Expected same-day namesakes from which a contradicting address costs all of {@link #NAMESAKE_POINTS}. */
    static final double NAMESAKES_FULL = 0.003;

    /**
     * A person's facts as the scorer compares them, worked out once: the parts of each spelling, the
     * folded identifiers, and how many records searched bear the name with how many namesakes born on
     * the same day expected ({@link NameFrequency}).
     */
    public record Prepared(PersonFacts facts, List<List<NameSimilarity.Part>> names, Set<String> identifiers,
                           int bearers, double sameDayNamesakes) {

        /** A record scored on its own: no namesakes known. */
        public static Prepared of(PersonFacts facts) {
            return of(facts, NameFrequency.NONE);
        }

        /** A record among the records searched, whose names {@code frequency} counted. */
        public static Prepared of(PersonFacts facts, NameFrequency frequency) {
            return new Prepared(facts, facts.names().stream().map(n -> NameSimilarity.Part.of(NameFolding.tokens(n))).toList(),
                    normalised(facts.identifiers()), frequency.bearers(facts), frequency.sameDayNamesakes(facts));
        }
    }

    public PairScore score(PersonFacts a, PersonFacts b) {
        return score(Prepared.of(a), Prepared.of(b));
    }

    public PairScore score(Prepared a, Prepared b) {
        var fields = new ArrayList<Field>();
        fields.add(name(a, b));
        fields.add(birthDate(a.facts().birthDates(), b.facts().birthDates()));
        var sharedAddresses = new LinkedHashSet<String>();
        var sharedIdentifiers = new LinkedHashSet<String>();
        for (String mine : a.identifiers()) {
            if (b.identifiers().contains(mine)) {
                (Identifiers.isAddress(mine) ? sharedAddresses : sharedIdentifiers).add(mine);
            }
        }
        var address = shared(Topic.ADDRESS, sharedAddresses, ADDRESS_POINTS, hasAny(a.facts(), b.facts(), true));
        fields.add(address.verdict() == Verdict.DISAGREES ? new Field(Topic.ADDRESS, Verdict.DISAGREES, "", OTHER_ADDRESS) : address);
        fields.add(shared(Topic.IDENTIFIER, sharedIdentifiers, IDENTIFIER_POINTS, hasAny(a.facts(), b.facts(), false)));
        if (address.verdict() == Verdict.DISAGREES) {
            Field namesakes = namesakes(a, b);
            if (namesakes.points() < 0) {
                fields.add(namesakes);
            }
        }
        double score = fields.stream().mapToDouble(Field::points).sum();
        return new PairScore(Math.max(0, Math.min(1, score)), fields);
    }

    /** Whether a pair scores as a candidate. */
    public static boolean isCandidate(PairScore score) {
        return score.score() >= THRESHOLD;
    }

    private static Field name(Prepared a, Prepared b) {
        NameSimilarity.Result best = new NameSimilarity.Result(0, 0);
        String bestA = a.facts().name();
        String bestB = b.facts().name();
        for (int i = 0; i < a.names().size(); i++) {
            for (int j = 0; j < b.names().size(); j++) {
                var result = NameSimilarity.compare(a.names().get(i), b.names().get(j));
                if (result.aligned() > best.aligned()) {
                    best = result;
                    bestA = a.facts().names().get(i);
                    bestB = b.facts().names().get(j);
                }
            }
        }
        double points = NAME_POINTS * Math.max(0, Math.min(1, (best.aligned() - NAME_FLOOR) / (1 - NAME_FLOOR)));
        Verdict verdict = best.aligned() >= 0.999 ? Verdict.AGREES : best.aligned() >= 0.9 ? Verdict.PARTLY : Verdict.DISAGREES;
        String detail = String.format(Locale.ROOT, "%s ~ %s: %.2f (token sort %.2f)", bestA, bestB, best.aligned(), best.tokenSort());
        return new Field(Topic.NAME, verdict, detail, points);
    }

    /**
     * What a contradicting address costs beyond {@link #OTHER_ADDRESS} when the more common of the two
     * names is expected to have namesakes born on the same day; the detail: the records bearing that
     * name and the expected same-day namesakes.
     */
    private static Field namesakes(Prepared a, Prepared b) {
        Prepared common = a.sameDayNamesakes() >= b.sameDayNamesakes() ? a : b;
        double share = Math.max(0, Math.min(1, (common.sameDayNamesakes() - NAMESAKES_FROM) / (NAMESAKES_FULL - NAMESAKES_FROM)));
        String detail = String.format(Locale.ROOT, "%d ~ %.4f", common.bearers(), common.sameDayNamesakes());
        return new Field(Topic.NAMESAKES, Verdict.DISAGREES, detail, NAMESAKE_POINTS * share);
    }

    private static Field birthDate(List<LocalDate> a, List<LocalDate> b) {
        var agreement = BirthDates.compare(a, b);
        // values only, no words: the faces say what the verdict means in the user's language
        String detail = (a.isEmpty() ? "-" : a.getFirst().toString()) + " ~ " + (b.isEmpty() ? "-" : b.getFirst().toString());
        return switch (agreement) {
            case SAME -> new Field(Topic.BIRTH_DATE, Verdict.AGREES, detail, SAME_DATE);
            case SWAPPED -> new Field(Topic.BIRTH_DATE, Verdict.PARTLY, detail, SWAPPED_DATE);
            case SAME_YEAR -> new Field(Topic.BIRTH_DATE, Verdict.DISAGREES, detail, 0);
            case DIFFERENT -> new Field(Topic.BIRTH_DATE, Verdict.DISAGREES, detail, DIFFERENT_DATE);
            case UNKNOWN -> new Field(Topic.BIRTH_DATE, Verdict.UNKNOWN, detail, UNKNOWN_DATE);
        };
    }

    private static Field shared(Topic topic, Set<String> shared, double points, boolean both) {
        if (!shared.isEmpty()) {
            return new Field(topic, Verdict.AGREES, String.join(", ", shared.stream().map(s -> s.substring(s.indexOf(':') + 1)).toList()), points);
        }
        return new Field(topic, both ? Verdict.DISAGREES : Verdict.UNKNOWN, "", 0);
    }

    /** Whether both records have an address (or, for {@code addresses} false, another identifier) to compare. */
    private static boolean hasAny(PersonFacts a, PersonFacts b, boolean addresses) {
        return a.identifiers().stream().anyMatch(i -> i.startsWith("ADDRESS:") == addresses)
                && b.identifiers().stream().anyMatch(i -> i.startsWith("ADDRESS:") == addresses);
    }

    static Set<String> normalised(List<String> identifiers) {
        var set = new LinkedHashSet<String>();
        identifiers.forEach(i -> set.add(Identifiers.normalise(i)));
        return set;
    }
}
