package org.netzbild.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When a running import counts as alive. An import renews its lease with every batch it writes
 * (the import's record notes the time); on a shared server an import whose last sign of life is
 * older than the lease belongs to a process that died or lost the server, and the next client to
 * open the store rolls it back. While its lease holds, nobody may undo it: the writer would go on
 * writing records that no import lists. On an embedded store the opening process is the only
 * user, so every unfinished import it finds is dead ({@link #soleUser()}).
 *
 * @param duration how long an import may go without a sign of life
 * @param clock    the time that is compared with the last sign of life
 */
public record ImportLease(Duration duration, Clock clock) {

    /** Two minutes: a batch of 10,000 rows takes seconds, even on a loaded server. */
    public static final Duration STANDARD = Duration.ofMinutes(2);

    public static ImportLease standard() {
        return new ImportLease(STANDARD, Clock.systemUTC());
    }

    /** For a store this process alone uses: no unfinished import it finds can still be running. */
    public static ImportLease soleUser() {
        return new ImportLease(Duration.ZERO, Clock.offset(Clock.systemUTC(), Duration.ofDays(36_500)));
    }

    public Instant now() {
        return clock.instant();
    }

    /** Whether an import last seen at {@code heartbeat} may still be writing. */
    public boolean holds(Instant heartbeat) {
        return heartbeat != null && heartbeat.plus(duration).isAfter(now());
    }
}
