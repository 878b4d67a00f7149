package org.netzbild.testsupport;

import java.util.ArrayList;
import java.util.List;
import org.netzbild.audit.AuditEvent;
import org.netzbild.audit.AuditFailureException;
import org.netzbild.audit.AuditSink;

/**
 * An audit sink that keeps events in memory and can be told to fail, to prove that an operation
 * whose audit write fails does not happen. (The store behind it is real; only the audit is held.)
 */
public final class RecordingAuditSink implements AuditSink {

    private final List<AuditEvent> events = new ArrayList<>();
    private volatile boolean failing;

    @Override
    public synchronized void append(AuditEvent event) {
        if (failing) {
            throw new AuditFailureException("audit disk full (simulated)", null);
        }
        events.add(event);
    }

    public void failFromNowOn(boolean fail) {
        this.failing = fail;
    }

    public synchronized List<AuditEvent> events() {
        return List.copyOf(events);
    }

    public synchronized AuditEvent last() {
        return events.getLast();
    }

    @Override
    public void close() {
    }
}
