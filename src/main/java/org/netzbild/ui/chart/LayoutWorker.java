package org.netzbild.ui.chart;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import org.netzbild.ui.chart.layout.ForceAtlasLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the chart's continuous layout on a thread of its own, a daemon, on its own copy of the
 * chart (the layout's particles): between two iterations it applies the changes the FX thread
 * submitted, in order; after each iteration it publishes all positions to a {@link SnapshotHandover}.
 * Once the layout has come to rest it publishes a last snapshot and waits for the next change,
 * blocked on the queue, so a settled chart costs no CPU. {@link #stop} ends the thread after the
 * iteration under way; it does not wait for it, so the FX thread never blocks on the layout.
 */
final class LayoutWorker {

    private static final Logger LOG = LoggerFactory.getLogger(LayoutWorker.class);

    private final ForceAtlasLayout layout;
    private final SnapshotHandover handover;
    private final LinkedBlockingQueue<LayoutChange> changes = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean stopping;
    private volatile Throwable failure;
    /** Iterations run, for tests; written by the worker only. */
    private volatile long steps;
    /** Changes applied; worker thread only. */
    private long applied;

    /** A worker for {@code layout}, which from {@link #start} on belongs to the worker's thread alone. */
    LayoutWorker(ForceAtlasLayout layout, SnapshotHandover handover) {
        this.layout = layout;
        this.handover = handover;
        this.thread = Thread.ofPlatform().name("chart-layout").daemon().unstarted(this::run);
    }

    void start() {
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

    /** Waits for the thread to end, for tests; true if it did. */
    boolean awaitStopped(Duration timeout) throws InterruptedException {
        return thread.join(timeout);
    }

    /** What ended the thread if it was not {@link #stop}, or {@code null}. */
    Throwable failure() {
        return failure;
    }

    long steps() {
        return steps;
    }

    Thread thread() {
        return thread;
    }

    private void run() {
        try {
            while (!stopping) {
                boolean settled = settled();
                boolean changed = applyChanges(settled);
                if (stopping) {
                    return;
                }
                if (!settled()) {
                    layout.compute();
                    steps++;
                    publish();
                } else if (changed || !settled) {
                    // the FX thread learns that its changes are in, and that the layout rests
                    publish();
                }
            }
        } catch (InterruptedException stopped) {
            // stop(): nothing is left to publish, the FX thread no longer listens
        } catch (RuntimeException | Error e) {
            failure = e;
            LOG.error("The chart's layout stopped after {} iterations", steps, e);
        }
    }

    /** Applies the changes waiting; when {@code waitForOne}, waits for the first. True if any was applied. */
    private boolean applyChanges(boolean waitForOne) throws InterruptedException {
        LayoutChange next = waitForOne ? changes.take() : changes.poll();
        boolean any = false;
        while (next != null) {
            next.applyTo(layout);
            applied++;
            any = true;
            next = changes.poll();
        }
        return any;
    }

    private boolean settled() {
        return layout.getStabilization() > layout.getStabilizationLimit();
    }

    private void publish() {
        LayoutSnapshot snapshot = handover.blank();
        snapshot.fill(layout, applied, settled(), steps);
        handover.publish(snapshot);
    }
}
