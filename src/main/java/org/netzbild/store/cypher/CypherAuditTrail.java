package org.netzbild.store.cypher;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.netzbild.audit.AuditEvent;
import org.netzbild.audit.AuditFailureException;
import org.netzbild.audit.AuditSink;
import org.netzbild.audit.SharedAuditChain;
import org.netzbild.audit.AuditVerification;

/**
 * The server's audit trail: one hash-chained {@code :NetzbildAuditEntry} node per entry, holding
 * the line an audit file would hold, and one {@code :NetzbildAuditHead} with the number and hash
 * of the last entry (constraints of migration V010). Every client appends in a transaction that
 * first takes the head's write lock, so the clients' entries fall into one order, each naming its
 * predecessor; the transaction commits before {@link #append} returns (ADR 0023).
 *
 * <p>An append is one round trip when nobody appended since this client's last entry: the client
 * keeps the head it last wrote, chains the new entry onto it and sends it in one auto-commit
 * statement that takes the head's lock and writes only if the head is still that one
 * ({@link #APPEND_AFTER}). When another client appended in between, nothing is written and the
 * append runs as before, in a transaction that reads the head under its lock first.
 *
 * <p>Appends are not retried by the driver: a server that is gone fails the append at once (and
 * the client's own log keeps the entry), instead of after the driver's retry window.
 */
public final class CypherAuditTrail implements AuditSink {

    static final Bookkeeping LOCK_HEAD = Bookkeeping.of("""
            MERGE (h:NetzbildAuditHead {id: 'audit'})
              ON CREATE SET h.seq = 0, h.hash = $genesis
            SET h.appending = true
            RETURN h.seq AS seq, h.hash AS hash""");
    static final Bookkeeping APPEND = Bookkeeping.of("""
            MATCH (h:NetzbildAuditHead {id: 'audit'})
            CREATE (:NetzbildAuditEntry {seq: $seq, line: $line})
            SET h.seq = $seq, h.hash = $hash
            REMOVE h.appending""");
    /**
     * The append in one statement, if the head is still the one the entry was chained onto: the
     * {@code SET} takes the head's write lock first, so the head read after it is the last one
     * committed; no row comes back when another client appended in between.
     */
    static final Bookkeeping APPEND_AFTER = Bookkeeping.of("""
            MATCH (h:NetzbildAuditHead {id: 'audit'})
            SET h.appending = true
            REMOVE h.appending
            WITH h WHERE h.seq = $previousSeq AND h.hash = $previousHash
            CREATE (:NetzbildAuditEntry {seq: $seq, line: $line})
            SET h.seq = $seq, h.hash = $hash
            RETURN h.seq AS seq""");
    static final Bookkeeping HEAD = Bookkeeping.of("""
            OPTIONAL MATCH (h:NetzbildAuditHead {id: 'audit'})
            RETURN coalesce(h.seq, 0) AS seq, coalesce(h.hash, $genesis) AS hash""");
    static final Bookkeeping ENTRIES = Bookkeeping.of("""
            MATCH (e:NetzbildAuditEntry) WHERE e.seq > $after
            RETURN e.seq AS seq, e.line AS line
            ORDER BY e.seq LIMIT $page""");

    private static final int PAGE = 5_000;

    private final CypherRunner runner;
    /** The head after this client's last append, if it made one: where its next entry probably goes. */
    private SharedAuditChain.Entry last;

    public CypherAuditTrail(CypherRunner runner) {
        this.runner = runner;
    }

    @Override
    public synchronized void append(AuditEvent event) {
        try {
            if (last != null) {
                var entry = SharedAuditChain.after(last.seq(), last.hash(), event);
                var written = runner.writeAlone(APPEND_AFTER.cypher(), Map.of("previousSeq", last.seq(),
                        "previousHash", last.hash(), "seq", entry.seq(), "line", entry.line(), "hash", entry.hash()));
                if (!written.isEmpty()) {
                    last = entry;
                    return;
                }
            }
            last = runner.writeOnce(tx -> {
                var session = new SessionTx(tx, Map.of());
                var head = session.run(LOCK_HEAD, Map.of("genesis", SharedAuditChain.GENESIS)).getFirst();
                var entry = SharedAuditChain.after(((Number) head.get("seq")).longValue(), (String) head.get("hash"), event);
                session.run(APPEND, Map.of("seq", entry.seq(), "line", entry.line(), "hash", entry.hash()));
                return entry;
            });
        } catch (org.netzbild.store.StoreException e) {
            // a server that is gone or refuses: the user is told that, as for the operation itself
            throw e;
        } catch (RuntimeException e) {
            throw new AuditFailureException("the server's audit trail did not take the entry: " + e.getMessage(), e);
        }
    }

    /** Walks the whole trail in pages of entries and checks it against its head. */
    public AuditVerification verify() {
        var head = runner.read(tx -> new SessionTx(tx, Map.of()).run(HEAD, Map.of("genesis", SharedAuditChain.GENESIS))).getFirst();
        return SharedAuditChain.verify(lines(), ((Number) head.get("seq")).longValue(), (String) head.get("hash"));
    }

    /** The trail's lines in sequence order, read a page at a time. */
    private Iterator<String> lines() {
        return new Iterator<>() {
            private final List<String> page = new ArrayList<>();
            private long after;
            private boolean last;

            @Override
            public boolean hasNext() {
                if (page.isEmpty() && !last) {
                    var rows = runner.read(tx -> new SessionTx(tx, Map.of()).run(ENTRIES, Map.of("after", after, "page", PAGE)));
                    for (var row : rows) {
                        // an entry without its line is counted, and fails the check as unreadable
                        page.add(row.get("line") instanceof String line ? line : "");
                        after = ((Number) row.get("seq")).longValue();
                    }
                    last = rows.size() < PAGE;
                }
                return !page.isEmpty();
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.removeFirst();
            }
        };
    }

    @Override
    public void close() {
        // the trail lives in the server; the connection closes the driver
    }
}
