package org.netzbild.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;
import org.netzbild.model.Provenance;
import org.netzbild.model.Statement;
import org.netzbild.model.WriteBatch;

/**
 * Collects generated records into batches of at most {@link #MAX_RECORDS} and hands each full
 * batch to the sink. Every maker adds an entity before any link to it, so each batch is valid on
 * its own given the batches before it. Once cancelled, nothing more is emitted: the records not
 * yet handed over are dropped rather than written half a household at a time.
 */
final class BatchStream {

    static final int MAX_RECORDS = 20_000;

    private final Consumer<WriteBatch> sink;
    private final DemoProgress progress;
    private final BooleanSupplier cancelled;
    private final long expected;
    private final Map<String, Long> entityCounts = new TreeMap<>();
    private final Map<String, Long> linkCounts = new TreeMap<>();
    private List<Entity> entities = new ArrayList<>();
    private List<Link> links = new ArrayList<>();
    private List<Statement> statements = new ArrayList<>();
    private long written;
    private int batches;
    private long linkSequence;
    private boolean stopped;

    BatchStream(Consumer<WriteBatch> sink, DemoProgress progress, BooleanSupplier cancelled, long expected) {
        this.sink = sink;
        this.progress = progress;
        this.cancelled = cancelled;
        this.expected = expected;
    }

    void add(Entity entity) {
        if (!stopped) {
            entities.add(entity);
            flushWhenFull();
        }
    }

    /** Adds a link with the next link id; its ends must have been added already. */
    void link(String type, String fromId, String toId, Map<String, Object> properties, Provenance provenance) {
        link(String.format("l-%09d", ++linkSequence), type, fromId, toId, properties, provenance);
    }

    void link(String id, String type, String fromId, String toId, Map<String, Object> properties, Provenance provenance) {
        if (!stopped) {
            links.add(new Link(id, type, fromId, toId, properties, provenance));
            flushWhenFull();
        }
    }

    /** Adds another agency's statement about an entity added before. */
    void state(Statement statement) {
        if (!stopped) {
            statements.add(statement);
            flushWhenFull();
        }
    }

    /** Whether the caller asked to stop; checked between households so the answer is quick. */
    boolean stopped() {
        if (!stopped && cancelled.getAsBoolean()) {
            stopped = true;
            entities = new ArrayList<>();
            links = new ArrayList<>();
            statements = new ArrayList<>();
        }
        return stopped;
    }

    /** Hands over what is left and reports the final count. */
    void finish() {
        if (!stopped()) {
            emit();
            progress.progressed(written, written);
        }
    }

    long written() {
        return written;
    }

    int batches() {
        return batches;
    }

    Map<String, Long> entityCounts() {
        return entityCounts;
    }

    Map<String, Long> linkCounts() {
        return linkCounts;
    }

    private void flushWhenFull() {
        if (entities.size() + links.size() + statements.size() >= MAX_RECORDS && !stopped()) {
            emit();
            progress.progressed(written, Math.max(expected, written));
        }
    }

    private void emit() {
        if (entities.isEmpty() && links.isEmpty() && statements.isEmpty()) {
            return;
        }
        var batch = new WriteBatch(entities, links, statements);
        entities.forEach(e -> entityCounts.merge(e.type(), 1L, Long::sum));
        links.forEach(l -> linkCounts.merge(l.type(), 1L, Long::sum));
        entities = new ArrayList<>();
        links = new ArrayList<>();
        statements = new ArrayList<>();
        sink.accept(batch);
        written += batch.size();
        batches++;
    }
}
