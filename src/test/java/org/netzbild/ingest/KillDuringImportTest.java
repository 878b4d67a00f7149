package org.netzbild.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import killed at every checkpoint ({@link KillHarness}): at its start, after each committed
 * batch, after the last row and after it is done. Each kill ends in nothing of the import or all
 * of it; committed batches of an unfinished import are rolled back by the next open.
 */
class KillDuringImportTest {

    @TempDir
    Path folder;

    @Test
    void aKillAtEveryCheckpointOfAnImportLeavesNothingOrTheCompleteImport() throws Exception {
        var round = new KillHarness(folder).killAtEveryCheckpoint("transactional");

        assertThat(round.haltedAt()).as("the start, two batches, the end of the rows, done")
                .containsExactly("started", "rows 1050", "rows 2100", "rows 2100", "done");
        assertThat(round.outcomeAfter("rows 1050")).as("a committed batch of an unfinished import is rolled back")
                .isEqualTo("nothing");
        assertThat(round.outcomeAfter("done")).isEqualTo("complete");
    }

    /** On request ({@code -Prandom-kills}): 20 kills from outside at random moments, inside commits too. */
    @Test
    @Tag("random-kills")
    void killsAtRandomMomentsOfAnImportLeaveNothingOrTheCompleteImport() throws Exception {
        new KillHarness(folder).randomKills("transactional", 20, new Random(20261127L));
    }
}
