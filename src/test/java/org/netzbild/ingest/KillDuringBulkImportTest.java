package org.netzbild.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulk import (ADR 0011) killed at every checkpoint ({@link KillHarness}): while it writes the
 * importer's input, before each step, while Neo4j's offline importer runs in its own process (which
 * must then stop by itself), and after the switch to the new database.
 */
class KillDuringBulkImportTest {

    @TempDir
    Path folder;

    @Test
    void aKillAtEveryCheckpointOfABulkImportLeavesNothingOrTheCompleteImport() throws Exception {
        var round = new KillHarness(folder).killAtEveryCheckpoint("bulk");

        assertThat(round.haltedAt()).as("checkpoints of the bulk import")
                .containsExactly("started", "rows 1050", "rows 2100", "rows 2100", "before IMPORTING",
                        "importer runs", "before INDEXING", "before SWITCHING", "done");
        assertThat(round.outcomeAfter("importer runs")).isEqualTo("nothing");
        assertThat(round.outcomeAfter("before SWITCHING")).as("indexed but not switched in").isEqualTo("nothing");
        assertThat(round.outcomeAfter("done")).isEqualTo("complete");
    }

    /** On request ({@code -Prandom-kills}): 12 kills from outside at random moments, inside the importer too. */
    @Test
    @Tag("random-kills")
    void killsAtRandomMomentsOfABulkImportLeaveNothingOrTheCompleteImport() throws Exception {
        new KillHarness(folder).randomKills("bulk", 12, new Random(20261128L));
    }
}
