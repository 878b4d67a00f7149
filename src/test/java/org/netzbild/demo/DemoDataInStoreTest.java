package org.netzbild.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.model.Entity;
import org.netzbild.model.ExpandRequest;
import org.netzbild.model.Link;
import org.netzbild.model.PathRequest;
import org.netzbild.model.SearchHit;
import org.netzbild.model.SearchRequest;
import org.netzbild.schema.Ontology;
import org.netzbild.schema.ReferenceData;
import org.netzbild.security.AnalystSession;
import org.netzbild.store.GraphStore;
import org.netzbild.store.StoreConnection;
import org.netzbild.store.StoreLocation;
import org.netzbild.store.WriteMode;
import org.netzbild.testsupport.RecordingAuditSink;
import org.netzbild.testsupport.TemplateWorkspace;

/** The demo data written into a real embedded store, and the planted networks found there. */
class DemoDataInStoreTest {

    private static final AnalystSession ANALYST = AnalystSession.unrestricted("demo.analyst", "pp-essen", new org.netzbild.security.Purpose("Demo-Daten prüfen", "Test"));

    @TempDir
    static Path folder;
    private static StoreConnection connection;
    private static GraphStore store;
    private static DemoSummary summary;

    @BeforeAll
    static void generateIntoTheStore() {
        var audit = new RecordingAuditSink();
        connection = StoreConnection.open(new StoreLocation.Embedded(TemplateWorkspace.copyTo(folder)), ANALYST, audit);
        store = connection.session(ANALYST, audit);
        store.write(ReferenceData.load(null).asBatch(), WriteMode.UPSERT);
        summary = new DemoGenerator(new DemoSettings(DemoSettings.DEFAULT_SEED, 500))
                .generate(batch -> store.write(batch, WriteMode.CREATE), DemoProgress.none(), () -> false);
    }

    @AfterAll
    static void close() {
        connection.close();
    }

    @Test
    void theStoreHoldsEveryGeneratedPerson() {
        assertThat(store.statistics().entitiesByType().get("Person")).isEqualTo(summary.entities("Person"));
    }

    @Test
    void aPlantedPersonIsFoundUnderASpellingVariant() {
        assertThat(ids(store.search(SearchRequest.of("Juergen Mueller")))).contains("pn1-p05", "pn1-p07");
        assertThat(ids(store.search(SearchRequest.of("Nikolaj Ivanov")))).contains("pn2-p04");
        assertThat(ids(store.search(SearchRequest.of("Goran Djordjevic")))).contains("pn2-p02");
    }

    @Test
    void expandingFromTheStartMemberReachesOtherMembers() {
        for (PlantedNetwork network : PlantedNetworks.load()) {
            var neighbourhood = store.expand(new ExpandRequest(network.start(), Set.of(), 2, 2000));

            assertThat(neighbourhood.entities()).extracting(Entity::id).as(network.id())
                    .containsAnyElementsOf(network.members().stream().filter(m -> !m.equals(network.start())).toList());
            assertThat(neighbourhood.entities().stream().map(Entity::id).filter(network.members()::contains).count())
                    .as(network.id()).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void startAndFarMemberAreJoinedWithinTheStatedHopsWithoutFamilyLinks() {
        Set<String> withoutFamily = new HashSet<>(Ontology.standard().linkTypes().keySet());
        withoutFamily.remove("FAMILY");
        for (PlantedNetwork network : PlantedNetworks.load()) {
            var paths = store.shortestPaths(new PathRequest(network.start(), network.far(), network.hopsWithoutFamily(),
                    withoutFamily, 10)).paths();

            assertThat(paths).as(network.id()).isNotEmpty().allSatisfy(path -> {
                assertThat(path.length()).isLessThanOrEqualTo(network.hopsWithoutFamily());
                assertThat(path.links()).extracting(Link::type).doesNotContain("FAMILY");
            });
        }
    }

    @Test
    void everyKnownDuplicateIsProposedFromWhatTheStoreHolds() {
        var proposed = new HashSet<String>();
        new org.netzbild.resolve.CandidateFinder().find(store.personFacts(null, 1_000_000), Set.of())
                .forEach(c -> proposed.add(org.netzbild.resolve.Candidate.pairKey(c.kept().id(), c.other().id())));

        assertThat(summary.knownDuplicates()).isNotEmpty().allSatisfy(d -> assertThat(proposed).as("%s, %s", d.personId(), d.duplicateId())
                .contains(org.netzbild.resolve.Candidate.pairKey(d.personId(), d.duplicateId())));
        assertThat(proposed).contains(org.netzbild.resolve.Candidate.pairKey("pn1-p05", "pn1-p07"));
    }

    private static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(h -> h.entity().id()).toList();
    }
}
