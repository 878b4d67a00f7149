package org.netzbild.ui.chart;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Passes positions from the layout worker to the FX thread without locks and without tearing: the
 * worker fills a buffer of its own and publishes it whole; the FX thread takes the newest one
 * published, once per pulse. A snapshot the FX thread did not take in time is replaced by the next
 * one and reused, so however many iterations the worker runs per frame, the FX thread applies only
 * the newest, and no more than three buffers are ever made (one being filled, one published, one
 * being applied). The atomic exchange and the queue of free buffers are what make a buffer's
 * contents visible to the other thread: each buffer is held by one thread at a time.
 */
final class SnapshotHandover {

    private final AtomicReference<LayoutSnapshot> newest = new AtomicReference<>();
    private final Queue<LayoutSnapshot> free = new ConcurrentLinkedQueue<>();

    /** Worker: a buffer to fill, reused where one is free. */
    LayoutSnapshot blank() {
        LayoutSnapshot reused = free.poll();
        return reused != null ? reused : new LayoutSnapshot();
    }

    /** Worker: makes a filled buffer the newest; one published before and not taken is kept for reuse. */
    void publish(LayoutSnapshot filled) {
        LayoutSnapshot missed = newest.getAndSet(filled);
        if (missed != null) {
            free.add(missed);
        }
    }

    /** FX thread: the newest snapshot published since the last take, or {@code null}; hold it until {@link #giveBack}. */
    LayoutSnapshot take() {
        return newest.getAndSet(null);
    }

    /** FX thread: the snapshot taken is applied and may be filled again. */
    void giveBack(LayoutSnapshot applied) {
        free.add(applied);
    }
}
