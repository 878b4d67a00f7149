package org.netzbild.ui.chart;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.BooleanSupplier;
import org.netzbild.layout.ForceAtlasLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the chart's continuous layout on its own copy of the chart (the layout's particles): in
 * each turn it applies the changes the FX thread submitted, in order, runs an iteration unless
 * the layout rests, and publishes all positions to a {@link SnapshotHandover}.
 *
 * <p>Started ({@link #start}), it takes its turns on a daemon thread of its own; once the layout
 * has come to rest it publishes a last snapshot and waits for the next change, blocked on the
 * queue, so a settled chart costs no CPU. {@link #stop} ends the thread after the iteration under
 * way; it does not wait for it, so the FX thread never blocks on the layout.
 *
 * <p>Not started, it is the tests' deterministic seam: {@link #turn} takes one turn on the
 * calling thread, and {@link #settle} turns until the layout rests with every change applied, so
 * that a test runs a given number of iterations without a thread, a sleep or a poll.
 */
final class LayoutWorker {

    private static final Logger LOG = LoggerFactory.getLogger(LayoutWorker.class);

    private final ForceAtlasLayout layout;
    private final SnapshotHandover handover;
    private final LinkedBlockingQueue<LayoutChange> changes = new LinkedBlockingQueue<>();
    private final Thread thread;
    /** Signalled after every publication and when the thread starts to wait: what tests wait for. */
    private final Object progress = new Object();
    private volatile boolean started;
    private volatile boolean stopping;
    private volatile boolean resting;
    private volatile Throwable failure;
    /** Iterations run, for tests; written by the thread that takes the turns only. */
    private volatile long steps;
    /** Snapshots published, for tests; as {@link #steps}. */
    private volatile long publications;
    /** Changes applied; the thread that takes the turns only. */
    private long applied;

    /** A worker for {@code layout}, which from now on belongs to the thread that takes the turns alone. */
    LayoutWorker(ForceAtlasLayout layout, SnapshotHandover handover) {
        this.layout = layout;
        this.handover = handover;
        this.thread = Thread.ofPlatform().name("chart-layout").daemon().unstarted(this::run);
    }

    /** Takes the turns on the worker's own thread from now on. */
    void start() {
        started = true;
        thread.start();
    }

    /** Any thread (the FX thread): the change reaches the layout before its next iteration. */
    void submit(LayoutChange change) {
        changes.add(change);
    }

    /** Asks the thread to end; returns at once. */
    void stop() {
        stopping = true;
        thread.interrupt();
    }

    /**
     * One turn on the calling thread, for a worker that was not started: applies the changes
     * waiting, then runs one iteration unless the layout rests. True if it ran one.
     */
    boolean turn() {
        if (started) {
            throw new IllegalStateException("the worker takes its turns on its own thread");
        }
        try {
            return takeTurn(false);
        } catch (InterruptedException cannot) {
            throw new IllegalStateException("a turn that does not wait was interrupted", cannot);
        }
    }

    /**
     * Turns on the calling thread, for a worker that was not started, until the layout rests with
     * every change applied, or {@code maxIterations} have run. True if it rests.
     */
    boolean settle(int maxIterations) {
        for (int k = 0; k < maxIterations; k++) {
            if (!turn() && changes.isEmpty()) {
                return true;
            }
        }
        turn(); // applies what came last, and publishes whether it rests
        return layout.settled() && changes.isEmpty();
    }

    /** Waits for the thread to end, for tests; true if it did. */
    boolean awaitStopped(Duration timeout) throws InterruptedException {
        return thread.join(timeout);
    }

    /** Waits until at least {@code count} snapshots have been published, for tests; true if they were. */
    boolean awaitPublications(long count, Duration timeout) throws InterruptedException {
        return await(() -> publications >= count || failure != null, timeout);
    }

    /**
     * Waits until at least {@code count} snapshots have been published or the thread rests (its
     * last snapshot then waits for the FX thread's next pulse), for tests; true if either happened.
     */
    boolean awaitPublicationsOrRest(long count, Duration timeout) throws InterruptedException {
        return await(() -> publications >= count || resting || failure != null, timeout);
    }

    /**
     * Waits until at least {@code count} iterations have run, or the layout has come to rest after
     * more than {@code since}, for tests; true if either happened.
     */
    boolean awaitSteps(long count, long since, Duration timeout) throws InterruptedException {
        return await(() -> steps >= count || steps > since && resting || failure != null, timeout);
    }

    /** Waits until the thread rests, blocked until the next change, for tests; true if it does. */
    boolean awaitResting(Duration timeout) throws InterruptedException {
        return await(() -> resting, timeout);
    }

    /** What ended the thread if it was not {@link #stop}, or {@code null}. */
    Throwable failure() {
        return failure;
    }

    long steps() {
        return steps;
    }

    long publications() {
        return publications;
    }

    /** Whether the thread is blocked until the next change, the layout at rest. */
    boolean resting() {
        return resting;
    }

    Thread thread() {
        return thread;
    }

    private void run() {
        try {
            while (!stopping) {
                takeTurn(true);
            }
        } catch (InterruptedException stopped) {
            // stop(): nothing is left to publish, the FX thread no longer listens
        } catch (RuntimeException | Error e) {
            failure = e;
            LOG.error("The chart's layout stopped after {} iterations", steps, e);
            signal();
        }
    }

    /** Applies the changes waiting (waiting for one if {@code mayWait} and the layout rests), then steps. */
    private boolean takeTurn(boolean mayWait) throws InterruptedException {
        boolean settled = layout.settled();
        boolean changed = applyChanges(mayWait && settled);
        if (stopping) {
            return false;
        }
        if (!layout.settled()) {
            layout.compute();
            steps++;
            publish();
            return true;
        }
        if (changed || !settled) {
            // the FX thread learns that its changes are in, and that the layout rests
            publish();
        }
        return false;
    }

    /** Applies the changes waiting; when {@code waitForOne}, waits for the first. True if any was applied. */
    private boolean applyChanges(boolean waitForOne) throws InterruptedException {
        LayoutChange next = changes.poll();
        if (next == null && waitForOne) {
            resting = true;
            signal();
            try {
                next = changes.take();
            } finally {
                resting = false;
            }
        }
        boolean any = false;
        while (next != null) {
            next.applyTo(layout);
            applied++;
            any = true;
            next = changes.poll();
        }
        return any;
    }

    private void publish() {
        LayoutSnapshot snapshot = handover.blank();
        snapshot.fill(layout, applied, layout.settled(), steps);
        handover.publish(snapshot);
        publications++;
        signal();
    }

    private void signal() {
        synchronized (progress) {
            progress.notifyAll();
        }
    }

    private boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            while (!condition.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                progress.wait(left / 1_000_000 + 1);
            }
        }
        return true;
    }
}
