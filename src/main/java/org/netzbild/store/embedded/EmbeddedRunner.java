package org.netzbild.store.embedded;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.netzbild.store.StoreShutdownException;
import org.netzbild.store.StoreUnavailableException;
import org.netzbild.store.cypher.CypherRunner;
import org.netzbild.store.cypher.CypherTx;
import org.netzbild.store.cypher.Values;

/**
 * Runs the port's Cypher in an in-process database.
 *
 * <p>Closing is bounded. Neo4j's shutdown writes the page cache out and, should a write fail,
 * tries again for ever: on a full volume a closing database spun at full CPU for a quarter of an
 * hour and the command never answered. Once a write has failed for lack of room (or the database
 * reported itself unavailable), closing waits {@value #TROUBLED_SHUTDOWN_SECONDS} s and then leaves the database
 * as a crash would; its transaction log holds every committed write, and the next open recovers
 * them. A healthy database gets {@value #HEALTHY_SHUTDOWN_MINUTES} minutes (a large checkpoint on a slow disk), so
 * that only a hang is cut short.
 */
public final class EmbeddedRunner implements CypherRunner {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EmbeddedRunner.class);

    static final long TROUBLED_SHUTDOWN_SECONDS = 10;
    static final long HEALTHY_SHUTDOWN_MINUTES = 10;

    private final Path folder;
    private final DatabaseManagementService service;
    private final GraphDatabaseService database;
    private final boolean ownsService;
    private volatile boolean troubled;

    private EmbeddedRunner(Path folder, DatabaseManagementService service, boolean ownsService) {
        this.folder = folder;
        this.service = service;
        this.database = service.database("neo4j");
        this.ownsService = ownsService;
    }

    /** Opens the database in {@code folder} (created when absent). Takes seconds: never on the UI thread. */
    public static EmbeddedRunner open(Path folder) {
        try {
            return new EmbeddedRunner(folder, EmbeddedDatabase.open(folder), true);
        } catch (RuntimeException e) {
            throw EmbeddedErrors.translate(e, folder.toString());
        }
    }

    /** Runs against a service someone else owns and closes (the Bolt server's). */
    public static EmbeddedRunner over(Path folder, DatabaseManagementService service) {
        return new EmbeddedRunner(folder, service, false);
    }

    @Override
    public <T> T read(Function<CypherTx, T> work) {
        return inTransaction(work);
    }

    @Override
    public <T> T write(Function<CypherTx, T> work) {
        return inTransaction(work);
    }

    /** In process there is no round trip to save: one transaction, as {@link #read}. */
    @Override
    public List<Map<String, Object>> readAlone(String cypher, Map<String, Object> parameters) {
        return inTransaction(tx -> tx.run(cypher, parameters));
    }

    /** In process there is no round trip to save: one transaction, committed before this returns. */
    @Override
    public List<Map<String, Object>> writeAlone(String cypher, Map<String, Object> parameters) {
        return inTransaction(tx -> tx.run(cypher, parameters));
    }

    @Override
    public void schema(String statement) {
        inTransaction(tx -> tx.run(statement, Map.of()));
    }

    /** All in one transaction: created together, the indexes are populated together. */
    @Override
    public void schema(List<String> statements) {
        inTransaction(tx -> {
            statements.forEach(statement -> tx.run(statement, Map.of()));
            return null;
        });
    }

    private <T> T inTransaction(Function<CypherTx, T> work) {
        try (Transaction tx = database.beginTx()) {
            T result = work.apply((cypher, parameters) -> rows(tx, cypher, parameters));
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            RuntimeException translated = EmbeddedErrors.translate(e, folder.toString());
            if (translated instanceof StoreUnavailableException) {
                troubled = true;
            }
            throw translated;
        }
    }

    private static List<Map<String, Object>> rows(Transaction tx, String cypher, Map<String, Object> parameters) {
        var rows = new ArrayList<Map<String, Object>>();
        try (Result result = tx.execute(cypher, parameters)) {
            result.accept(row -> {
                var map = new java.util.LinkedHashMap<String, Object>();
                for (String column : result.columns()) {
                    map.put(column, row.get(column));
                }
                rows.add(Values.row(map));
                return true;
            });
        }
        return rows;
    }

    /** The logins of this database management service's {@code system} database: those {@code serve} checks. */
    @Override
    public org.netzbild.store.cypher.ServerLogins logins() {
        return new SystemDatabaseLogins(service, folder.toString());
    }

    @Override
    public String description() {
        return "embedded " + folder.toAbsolutePath();
    }

    /** Less than a mebibyte of room: a failed background write (page eviction) may not have reached a transaction yet. */
    private boolean volumeIsFull() {
        try {
            return java.nio.file.Files.getFileStore(folder).getUsableSpace() < (1L << 20);
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /** Set once a shutdown is given up; read by the shutdown thread when it ends. */
    private volatile boolean abandonedShutdown;

    /** Shuts the database down, or gives up after the bound above and throws {@link StoreShutdownException}. */
    @Override
    public void close() {
        if (!ownsService) {
            return;
        }
        boolean doomed = troubled || volumeIsFull();
        long seconds = doomed ? TROUBLED_SHUTDOWN_SECONDS : HEALTHY_SHUTDOWN_MINUTES * 60;
        // Neo4j prints the first failed page write's stack trace straight to stderr: into our log file with it
        var printed = new java.io.ByteArrayOutputStream();
        java.io.PrintStream terminal = System.err;
        if (doomed) {
            System.setErr(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        }
        Runnable restore = () -> {
            System.setErr(terminal);
            if (printed.size() > 0) {
                LOG.warn("the database printed while shutting down:\n{}", printed.toString(java.nio.charset.StandardCharsets.UTF_8));
            }
        };
        boolean abandoned = false;
        try {
            shutDownWithin(seconds, doomed ? restore : () -> { });
        } catch (StoreShutdownException e) {
            // the abandoned shutdown goes on in the background and may still print: it restores stderr when it ends
            abandoned = true;
            throw e;
        } finally {
            if (doomed && !abandoned) {
                restore.run();
            }
        }
    }

    private void shutDownWithin(long seconds, Runnable whenAbandonedShutdownEnds) {
        RuntimeException[] failed = new RuntimeException[1];
        // a daemon: a shutdown that never ends must not keep the process alive once the command has answered
        Thread shutdown = Thread.ofPlatform().daemon().name("netzbild-database-shutdown").start(() -> {
            try {
                service.shutdown();
            } catch (RuntimeException e) {
                failed[0] = e;
            } finally {
                if (abandonedShutdown) {
                    whenAbandonedShutdownEnds.run();
                }
            }
        });
        try {
            if (!shutdown.join(java.time.Duration.ofSeconds(seconds))) {
                abandonedShutdown = true;
                if (!shutdown.isAlive()) {
                    whenAbandonedShutdownEnds.run(); // it ended just now, before it could see the flag
                }
                LOG.error("the database in {} did not shut down within {} s; left as a crash leaves it", folder, seconds);
                throw new StoreShutdownException(folder.toString(), seconds);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreShutdownException(folder.toString(), 0);
        }
        if (failed[0] != null) {
            throw EmbeddedErrors.translate(failed[0], folder.toString());
        }
    }
}
