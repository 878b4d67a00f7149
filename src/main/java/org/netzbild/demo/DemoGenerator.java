package org.netzbild.demo;

import java.util.ArrayList;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.netzbild.model.WriteBatch;
import org.netzbild.schema.ReferenceData;

/**
 * Generates the demo data set: first the agencies, then the planted networks, then the
 * background population household by household, streamed as batches of at most
 * {@value BatchStream#MAX_RECORDS} records. Each batch is valid given the reference data (already
 * in the store) and the batches before it. The same settings give the same records, ids
 * included; the generator keeps only a few bytes per person, so a million persons fit in memory.
 *
 * <p>Everything is fictional; names come from name pools drawn independently of all else (see
 * {@code demo/name-pools.yaml}).
 */
public final class DemoGenerator {

    /** Measured records per person (entities and links), for the progress estimate. */
    static final double RECORDS_PER_PERSON = 14.0;
    private static final int FIXED_RECORDS = 600;

    private final DemoSettings settings;

    public DemoGenerator(DemoSettings settings) {
        this.settings = settings;
    }

    /** The rough number of records a complete run emits; progress is reported against it. */
    public long expectedRecords() {
        return Math.round(settings.persons() * RECORDS_PER_PERSON) + FIXED_RECORDS;
    }

    /**
     * Generates the data set into {@code sink}.
     *
     * @param progress  told after every batch
     * @param cancelled asked between households; once it says yes, no further batch is emitted
     * @return what was emitted, with the known duplicate pairs of planted and background persons
     */
    public DemoSummary generate(Consumer<WriteBatch> sink, DemoProgress progress, BooleanSupplier cancelled) {
        var places = new RuhrPlaces(ReferenceData.load(null));
        var agencies = new AgencyDirectory(places);
        var out = new BatchStream(sink, progress, cancelled, expectedRecords());
        var planted = PlantedNetworkRecords.plant(out, agencies, places);

        var world = new DemoWorld(new SplittableRandom(settings.seed()), out, places, agencies, settings.persons());
        var population = new Population(world, NamePools.load(), planted);
        int made = 0;
        while (made < settings.persons() && !out.stopped()) {
            made += population.nextHousehold(settings.persons() - made);
        }
        out.finish();

        var duplicates = new ArrayList<>(PlantedNetworks.knownDuplicates());
        duplicates.addAll(population.duplicates());
        if (out.stopped()) {
            duplicates.clear();
        }
        return new DemoSummary(settings, out.written(), out.batches(), out.stopped(), out.entityCounts(),
                out.linkCounts(), duplicates);
    }
}
