package org.netzbild.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.netzbild.model.Entity;
import org.netzbild.model.WriteBatch;
import org.netzbild.schema.Ontology;
import org.netzbild.schema.RecordValidator;
import org.netzbild.schema.ReferenceData;

/** The generator without a store: determinism, validity, batching, progress and cancelling. */
class DemoGeneratorTest {

    @Test
    void theSameSeedAndSizeGiveIdenticalRecordsIdsIncluded() {
        var first = generate(7, 300);
        var second = generate(7, 300);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void anotherSeedGivesOtherRecords() {
        var names = generate(7, 300).stream().flatMap(b -> b.entities().stream())
                .filter(e -> e.id().startsWith("p-")).map(e -> e.text("name")).toList();
        var otherNames = generate(8, 300).stream().flatMap(b -> b.entities().stream())
                .filter(e -> e.id().startsWith("p-")).map(e -> e.text("name")).toList();

        assertThat(otherNames).isNotEqualTo(names);
    }

    @Test
    void everyBatchIsValidGivenTheReferenceDataAndTheBatchesBefore() {
        var validator = new RecordValidator(Ontology.standard());
        var known = new HashMap<String, String>();
        ReferenceData.load(null).asBatch().entities().forEach(e -> known.put(e.id(), e.type()));

        for (WriteBatch batch : GeneratedData.standard().batches()) {
            validator.requireValid(batch, known::get);
            batch.entities().forEach(e -> assertThat(known.put(e.id(), e.type())).as("id %s", e.id()).isNull());
        }
        assertThat(known.size()).isGreaterThan(2000);
    }

    @Test
    void linkIdsAreUnique() {
        var ids = GeneratedData.standard().links().map(l -> l.id()).toList();

        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void batchesHoldAtMostTwentyThousandRecords() {
        var batches = GeneratedData.of(DemoSettings.DEFAULT_SEED, 3000).batches();

        assertThat(batches).hasSizeGreaterThan(1).allSatisfy(b -> assertThat(b.size()).isLessThanOrEqualTo(20_000));
    }

    @Test
    void everyRecordNamesItsAgencyAndIsLabelledForAnalysis() {
        var data = GeneratedData.standard();

        assertThat(data.entities().map(Entity::provenance)).allSatisfy(p -> {
            assertThat(p.isLabelled()).isTrue();
            assertThat(p.legalBasis()).isNotBlank();
            assertThat(p.recordedBy()).isNotBlank();
        });
        assertThat(data.links().map(l -> l.provenance())).allSatisfy(p -> assertThat(p.isLabelled()).isTrue());
    }

    /**
     * An overdue record is out of every normal read (ADR 0022): a demo record whose review fell due
     * was reviewed and kept, so none is overdue on the day the demo is made, and each is due within
     * one period of it (the longest standard period is ten years).
     */
    @Test
    void noRecordIsOverdueOnTheDayTheDemoIsMade() {
        var today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        var data = GeneratedData.standard();

        assertThat(java.util.stream.Stream.concat(data.entities().map(Entity::provenance), data.links().map(l -> l.provenance()))
                .map(p -> p.reviewBy())).allSatisfy(reviewBy -> assertThat(reviewBy).isAfter(today)
                .isBeforeOrEqualTo(today.plusYears(10)));
    }

    @Test
    void someAcquaintancesAreAssessmentsAndSomeRecordsAreForTheAgencyOnly() {
        var data = GeneratedData.standard();

        assertThat(data.links().filter(l -> l.type().equals("ASSOCIATE"))
                .filter(l -> l.provenance().nature() == org.netzbild.model.Nature.ASSESSMENT)).isNotEmpty();
        assertThat(data.entities().filter(e -> e.provenance().handling() == org.netzbild.model.Handling.AGENCY_ONLY)).isNotEmpty();
    }

    @Test
    void progressIsReportedPerBatchAndEndsAtTheTotal() {
        var reports = new ArrayList<long[]>();
        var summary = new DemoGenerator(new DemoSettings(1, 2000))
                .generate(b -> { }, (written, expected) -> reports.add(new long[] {written, expected}), () -> false);

        assertThat(reports.size()).isBetween(summary.batches(), summary.batches() + 1);
        assertThat(reports.getLast()).containsExactly(summary.records(), summary.records());
        assertThat(reports.getFirst()[1]).isBetween(summary.records() / 2, summary.records() * 2);
    }

    @Test
    void cancellingStopsBeforeTheNextBatch() {
        var batches = new AtomicInteger();
        var summary = new DemoGenerator(new DemoSettings(1, 10_000)).generate(b -> batches.incrementAndGet(),
                DemoProgress.none(), () -> batches.get() >= 1);

        assertThat(summary.cancelled()).isTrue();
        assertThat(batches.get()).isEqualTo(1);
        assertThat(summary.batches()).isEqualTo(1);
        assertThat(summary.records()).isLessThanOrEqualTo(20_000);
    }

    @Test
    void sizesOutsideTheAllowedRangeAreRefused() {
        assertThatThrownBy(() -> new DemoSettings(1, 99)).hasMessageContaining("100 to 1000000");
        assertThatThrownBy(() -> new DemoSettings(1, 1_000_001)).isInstanceOf(IllegalArgumentException.class);
        assertThat(DemoSettings.defaults()).isEqualTo(new DemoSettings(20261127L, 5000));
    }

    @Test
    void twentyThousandPersonsStreamThroughACountingSinkWithoutBeingHeld() {
        var records = new AtomicLong();
        var summary = new DemoGenerator(new DemoSettings(DemoSettings.DEFAULT_SEED, 20_000))
                .generate(b -> records.addAndGet(b.size()), DemoProgress.none(), () -> false);

        assertThat(summary.cancelled()).isFalse();
        assertThat(records.get()).isEqualTo(summary.records());
        assertThat(summary.entities("Person")).isBetween(20_000L, 21_000L);
    }

    private static List<WriteBatch> generate(long seed, int persons) {
        var batches = new ArrayList<WriteBatch>();
        new DemoGenerator(new DemoSettings(seed, persons)).generate(batches::add, DemoProgress.none(), () -> false);
        return batches;
    }
}
