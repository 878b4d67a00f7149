package org.netzbild.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netzbild.demo.DemoGenerator;
import org.netzbild.demo.DemoProgress;
import org.netzbild.demo.DemoSettings;
import org.netzbild.demo.DemoSummary;
import org.netzbild.model.PersonFacts;
import org.netzbild.model.WriteBatch;

/**
 * The matcher on the demo data, in memory: every known duplicate the generator planted (the planted
 * networks' and the background's) is proposed, and few proposals are not known duplicates.
 */
class DemoDuplicatesTest {

    private static DemoSummary summary;
    private static List<PersonFacts> persons;
    private static List<Candidate> candidates;

    @BeforeAll
    static void generate() {
        var batches = new ArrayList<WriteBatch>();
        summary = new DemoGenerator(new DemoSettings(DemoSettings.DEFAULT_SEED, 3000)).generate(batches::add, DemoProgress.none(), () -> false);
        persons = FactsOfRecords.of(batches);
        candidates = new CandidateFinder().find(persons, Set.of());
    }

    @Test
    void everyKnownDuplicateIsProposed() {
        var proposed = new HashSet<String>();
        candidates.forEach(c -> proposed.add(Candidate.pairKey(c.kept().id(), c.other().id())));
        assertThat(summary.knownDuplicates()).hasSizeGreaterThan(20);
        assertThat(summary.knownDuplicates()).allSatisfy(d ->
                assertThat(proposed).as("%s and %s", d.personId(), d.duplicateId()).contains(Candidate.pairKey(d.personId(), d.duplicateId())));
    }

    @Test
    void mostProposalsAreKnownDuplicates() {
        var known = new HashSet<String>();
        summary.knownDuplicates().forEach(d -> known.add(Candidate.pairKey(d.personId(), d.duplicateId())));
        var unknown = candidates.stream().filter(c -> !known.contains(Candidate.pairKey(c.kept().id(), c.other().id()))).toList();
        unknown.stream().limit(20).forEach(c -> System.out.println("not known: " + c.id() + " " + c.score().explanation()));
        assertThat((double) unknown.size() / candidates.size()).isLessThan(0.05);
    }
}
