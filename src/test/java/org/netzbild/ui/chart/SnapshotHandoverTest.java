package org.netzbild.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SnapshotHandoverTest {

    private final SnapshotHandover handover = new SnapshotHandover();

    @Test
    void nothingIsTakenBeforeSomethingIsPublished() {
        assertThat(handover.take()).isNull();
    }

    @Test
    void theNewestPublishedSnapshotIsTakenOnceAndTheOneItReplacedIsReused() {
        LayoutSnapshot first = handover.blank();
        handover.publish(first);
        LayoutSnapshot second = handover.blank();
        handover.publish(second);

        assertThat(handover.take()).isSameAs(second);
        assertThat(handover.take()).isNull();
        assertThat(handover.blank()).isSameAs(first);
    }

    /**
     * A writer publishes snapshots as fast as it can, each filled whole with its own number and a
     * size of its own, while a reader takes and gives back. If a buffer could be taken while being
     * filled, or filled while being read, the reader would find numbers of two snapshots in one.
     */
    @Test
    void underConcurrentUseEveryTakenSnapshotIsWholeAndNewerThanTheLast() throws Exception {
        int snapshots = 200_000;
        var buffers = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<LayoutSnapshot, Boolean>()));
        var writer = CompletableFuture.runAsync(() -> {
            for (int seq = 1; seq <= snapshots; seq++) {
                LayoutSnapshot s = handover.blank();
                buffers.add(s);
                s.resize(1 + seq % 97);
                for (int i = 0; i < s.count; i++) {
                    s.x[i] = seq;
                    s.y[i] = -seq;
                }
                s.changesSeen = seq;
                handover.publish(s);
            }
        });
        List<String> problems = new ArrayList<>();
        long last = 0;
        int taken = 0;
        while (last < snapshots && !writer.isCompletedExceptionally()) {
            LayoutSnapshot s = handover.take();
            if (s == null) {
                Thread.onSpinWait();
                continue;
            }
            taken++;
            long seq = s.changesSeen;
            if (seq <= last) {
                problems.add("snapshot " + seq + " after " + last);
            }
            if (s.count != 1 + seq % 97) {
                problems.add("snapshot " + seq + " has " + s.count + " entries");
            }
            for (int i = 0; i < s.count; i++) {
                if (s.x[i] != seq || s.y[i] != -seq) {
                    problems.add("snapshot " + seq + " holds " + s.x[i] + ", " + s.y[i] + " at " + i);
                    break;
                }
            }
            last = seq;
            handover.giveBack(s);
        }
        writer.get(2, TimeUnit.MINUTES);

        assertThat(problems).isEmpty();
        assertThat(last).isEqualTo(snapshots);
        assertThat(taken).isGreaterThan(1);
        Set<LayoutSnapshot> made = buffers;
        assertThat(made).hasSizeLessThanOrEqualTo(3);
    }
}
