package org.netzbild.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both import paths killed at every checkpoint ({@link KillHarness}); each kill ends in nothing of the
 * import or all of it.
 *
 * <ul>
 *   <li>The transactional import of a normalised export (nine files, one import): at its start, after
 *       each committed batch, after the last row and after it is done. Committed batches of an
 *       unfinished import are rolled back by the next open.</li>
 *   <li>The bulk import (ADR 0011) of one file: while it writes the importer's input, before each
 *       step, while Neo4j's offline importer runs in its own process (which must then stop by itself),
 *       and after the switch to the new database.</li>
 * </ul>
 *
 * <p>The two rounds work on stores of their own and run side by side from the start of the class:
 * a round is a chain of short-lived JVMs, each waiting on its own start and on the offline
 * importer's, so two chains keep the cores busier than one after the other. Each test waits for its
 * round and checks what it saw.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KillDuringImportTest {

    private static final long ROUND_MINUTES = 15;

    private CompletableFuture<KillHarness.Round> transactional;
    private CompletableFuture<KillHarness.Round> bulk;

    @BeforeAll
    void startBothRounds(@TempDir Path folder) {
        // a thread each: the common pool has one thread on two cores, and would run the rounds one after the other
        transactional = CompletableFuture.supplyAsync(() -> round(folder.resolve("transactional"), "transactional", true),
                task -> Thread.ofPlatform().daemon().name("kill-round-transactional").start(task));
        bulk = CompletableFuture.supplyAsync(() -> round(folder.resolve("bulk"), "bulk", false),
                task -> Thread.ofPlatform().daemon().name("kill-round-bulk").start(task));
    }

    @AfterAll
    void awaitBothRounds() {
        // a test that failed early must not leave its round's children running into the next class
        CompletableFuture.allOf(transactional, bulk).exceptionally(e -> null).join();
    }

    private static KillHarness.Round round(Path folder, String mode, boolean multiFile) {
        try {
            var harness = new KillHarness(java.nio.file.Files.createDirectories(folder));
            return multiFile ? harness.killAtEveryCheckpoint(mode, KillHarness.vorgang()) : harness.killAtEveryCheckpoint(mode);
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }

    /** The round's outcome, or what failed in it (an assertion of the harness among them) thrown here. */
    private static KillHarness.Round outcome(CompletableFuture<KillHarness.Round> round) throws Exception {
        try {
            return round.get(ROUND_MINUTES, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            // get() has unwrapped the CompletionException: this is what the round threw
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (Exception) e.getCause();
        }
    }

    /**
     * The nine files of a normalised export in one import (issue 17), in batches of 15 rows that
     * cross from one file to the next: the import path of a single file is the same with one part,
     * so this round covers every checkpoint of the transactional import and the multi-file one.
     */
    @Test
    void aKillAtEveryCheckpointOfAMultiFileImportLeavesNothingOrTheCompleteImport() throws Exception {
        var round = outcome(transactional);

        assertThat(round.haltedAt()).as("the start, two full batches, the end of the rows, done")
                .containsExactly("started", "rows 15", "rows 30", "rows 40", "done");
        assertThat(round.outcomeAfter("rows 30")).as("committed batches of an unfinished import are rolled back")
                .isEqualTo("nothing");
        assertThat(round.outcomeAfter("done")).isEqualTo("complete");
    }

    @Test
    void aKillAtEveryCheckpointOfABulkImportLeavesNothingOrTheCompleteImport() throws Exception {
        var round = outcome(bulk);

        assertThat(round.haltedAt()).as("checkpoints of the bulk import")
                .containsExactly("started", "rows 1050", "rows 2100", "rows 2100", "before IMPORTING",
                        "importer runs", "before INDEXING", "before SWITCHING", "done");
        assertThat(round.outcomeAfter("importer runs")).isEqualTo("nothing");
        assertThat(round.outcomeAfter("before SWITCHING")).as("indexed but not switched in").isEqualTo("nothing");
        assertThat(round.outcomeAfter("done")).isEqualTo("complete");
    }

    /** On request ({@code -Prandom-kills}): 20 kills from outside at random moments, inside commits too. */
    @Test
    @Tag("random-kills")
    void killsAtRandomMomentsOfAnImportLeaveNothingOrTheCompleteImport(@TempDir Path folder) throws Exception {
        new KillHarness(folder).randomKills("transactional", 20, new Random(20261127L));
    }

    /** On request ({@code -Prandom-kills}): 12 kills from outside at random moments, inside the importer too. */
    @Test
    @Tag("random-kills")
    void killsAtRandomMomentsOfABulkImportLeaveNothingOrTheCompleteImport(@TempDir Path folder) throws Exception {
        new KillHarness(folder).randomKills("bulk", 12, new Random(20261128L));
    }
}
