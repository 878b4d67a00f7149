package org.netzbild.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import killed at every checkpoint ({@link KillHarness}): at its start, after each committed
 * batch, after the last row and after it is done (a multi-file import; the bulk round imports one file). Each kill ends in nothing of the import or all
 * of it; committed batches of an unfinished import are rolled back by the next open.
 */
class KillDuringImportTest {

    @TempDir
    Path folder;

    /**
     * The nine files of a normalised export in one import (issue 17), in batches of 15 rows that
     * cross from one file to the next: the import path of a single file is the same with one part,
     * so this round covers every checkpoint of the transactional import and the multi-file one.
     */
    @Test
    void aKillAtEveryCheckpointOfAMultiFileImportLeavesNothingOrTheCompleteImport() throws Exception {
        var round = new KillHarness(folder).killAtEveryCheckpoint("transactional", KillHarness.vorgang());

        assertThat(round.haltedAt()).as("the start, two full batches, the end of the rows, done")
                .containsExactly("started", "rows 15", "rows 30", "rows 40", "done");
        assertThat(round.outcomeAfter("rows 30")).as("committed batches of an unfinished import are rolled back")
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
