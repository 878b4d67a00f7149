package org.netzbild.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.demo.DemoGenerator;
import org.netzbild.demo.DemoProgress;
import org.netzbild.demo.DemoSettings;
import org.netzbild.model.ExpandRequest;
import org.netzbild.model.PathRequest;
import org.netzbild.model.ShortestPaths;
import org.netzbild.schema.ReferenceData;
import org.netzbild.security.AnalystSession;
import org.netzbild.security.Purpose;
import org.netzbild.security.Visibility;
import org.netzbild.store.GraphStore;
import org.netzbild.store.PortAndReference;
import org.netzbild.store.RawCypherReference;
import org.netzbild.store.StoreLocation;
import org.netzbild.store.WriteMode;
import org.netzbild.testsupport.RecordingAuditSink;

/**
 * The store benchmark compares like with like: for the benchmark's own sample of start entities
 * and pairs, on a small demo store, every plain-Cypher reference returns the port's answer (the
 * same entity and link ids, the same paths; an answer cut at the limit cut alike, within the same
 * neighbourhood and with the links among its entities). A reference that drifts to a smaller
 * question fails here, not silently in {@code docs/benchmarks.md}.
 */
class ReferencesAnswerAsThePortTest {

    private static final AnalystSession ANALYST = AnalystSession.unrestricted("bench", "pp-essen", new org.netzbild.security.Purpose("benchmark", "Test"));

    @TempDir
    static Path folder;
    private static PortAndReference both;
    private static GraphStore port;
    private static RawCypherReference reference;
    private static BenchmarkSample sample;

    @BeforeAll
    static void demoStore() {
        both = PortAndReference.open(new StoreLocation.Embedded(org.netzbild.testsupport.TemplateWorkspace.copyTo(folder)), ANALYST,
                new RecordingAuditSink());
        port = both.port();
        reference = both.reference();
        port.write(ReferenceData.load(null).asBatch(), WriteMode.UPSERT);
        new DemoGenerator(new DemoSettings(DemoSettings.DEFAULT_SEED, 400))
                .generate(batch -> port.write(batch, WriteMode.CREATE), DemoProgress.none(), () -> false);
        sample = BenchmarkSample.of(port, DemoSettings.DEFAULT_SEED);
    }

    @AfterAll
    static void close() {
        both.close();
    }

    @Test
    void theSampleHoldsPlantedMembersSearchedPersonsAndPairs() {
        assertThat(sample.ids()).hasSizeGreaterThan(30);
        assertThat(sample.pairs()).hasSize(40);
    }

    @Test
    void oneHopExpandAnswersAsThePortDoes() {
        expandsAgree(1, 500);
    }

    @Test
    void oneHopExpandIsCutAtTheSameLimitAsThePort() {
        assertThat(expandsAgree(1, 3)).as("start entities with more than 3 neighbours").isPositive();
    }

    @Test
    void twoHopExpandAnswersAsThePortDoes() {
        expandsAgree(2, 500);
    }

    @Test
    void twoHopExpandIsCutAtTheSameLimitAsThePort() {
        assertThat(expandsAgree(2, 12)).as("start entities with more than 12 entities within two hops").isPositive();
    }

    @Test
    void shortestPathsAnswerAsThePortDoes() {
        int withPaths = 0;
        for (String[] pair : sample.pairs()) {
            var answer = port.shortestPaths(new PathRequest(pair[0], pair[1], 6, Set.of(), 10));
            var ours = PortAnswers.ids(answer.paths());
            var theirs = reference.paths(pair[0], pair[1], 10);
            int counted = reference.pathCount(pair[0], pair[1]);
            assertThat(answer.moreThanFound()).as(pair[0] + " → " + pair[1]).isEqualTo(counted > ShortestPaths.COUNT_LIMIT);
            if (!answer.moreThanFound()) {
                // the order is fixed (entity ids along the path, then link ids): the same paths in the same order
                assertThat(theirs).as(pair[0] + " → " + pair[1]).isEqualTo(ours);
                assertThat(answer.found()).as(pair[0] + " → " + pair[1]).isEqualTo(counted);
            }
            assertThat(PortAnswers.same(ours, theirs, 10)).as(pair[0] + " → " + pair[1]).isTrue();
            withPaths += ours.isEmpty() ? 0 : 1;
        }
        assertThat(withPaths).as("pairs with a path").isGreaterThan(3);
    }

    @Test
    void forARestrictedSessionBothSidesLeaveOutTheSameRecords() {
        // an analyst of the agency of the first sample entity, on a case of their own
        String agency = port.entity(sample.ids().getFirst()).orElseThrow().provenance().sourceAgency();
        var restricted = new AnalystSession("bench.r", agency, new Purpose("AZ 1", "Test"), Visibility.of("bench.r", agency, "AZ 1"));
        GraphStore theirPort = both.port(restricted, new RecordingAuditSink());
        RawCypherReference theirReference = both.reference(restricted);
        int narrower = 0;
        for (String id : sample.ids()) {
            for (int hops = 1; hops <= 2; hops++) {
                var request = new ExpandRequest(id, Set.of(), hops, 500);
                if (theirPort.entity(id).isEmpty()) {
                    assertThat(theirReference.expand(id, hops, 500).entityIds()).as(id).isEmpty();
                    continue;
                }
                var ours = PortAnswers.ids(theirPort.expand(request));
                var theirs = theirReference.expand(id, hops, 500);
                assertThat(PortAnswers.same(theirPort, request, ours, theirs)).as(id + ": " + theirs + " for " + ours).isTrue();
                narrower += ours.entityIds().size() < PortAnswers.ids(port.expand(request)).entityIds().size() ? 1 : 0;
            }
        }
        for (String[] pair : sample.pairs()) {
            if (theirPort.entity(pair[0]).isEmpty() || theirPort.entity(pair[1]).isEmpty()) {
                assertThat(theirReference.paths(pair[0], pair[1], 10)).as(pair[0] + " → " + pair[1]).isEmpty();
                continue;
            }
            var ours = PortAnswers.ids(theirPort.shortestPaths(new PathRequest(pair[0], pair[1], 6, Set.of(), 10)).paths());
            assertThat(PortAnswers.same(ours, theirReference.paths(pair[0], pair[1], 10), 10)).as(pair[0] + " → " + pair[1]).isTrue();
        }
        assertThat(narrower).as("expands from which the restriction hides something").isPositive();
    }

    @Test
    void aPathFromAnEntityToItselfIsTheEntityOnBothSides() {
        String id = sample.ids().getFirst();
        assertThat(reference.paths(id, id, 10))
                .isEqualTo(PortAnswers.ids(port.shortestPaths(new PathRequest(id, id, 6, Set.of(), 10)).paths()));
    }

    /** Asserts that every sample entity expands alike on both sides; returns how many answers were cut. */
    private static int expandsAgree(int hops, int limit) {
        int truncated = 0;
        for (String id : sample.ids()) {
            var request = new ExpandRequest(id, Set.of(), hops, limit);
            var ours = PortAnswers.ids(port.expand(request));
            var theirs = reference.expand(id, hops, limit);
            if (!ours.truncated()) {
                assertThat(theirs).as(id).isEqualTo(ours);
            }
            // a cut answer holds some of the neighbours, in an order neither side fixes
            assertThat(PortAnswers.same(port, request, ours, theirs)).as(id + ": " + theirs + " for " + ours).isTrue();
            truncated += ours.truncated() ? 1 : 0;
        }
        return truncated;
    }
}
