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
import org.netzbild.store.cypher.CypherRunner;
import org.netzbild.store.cypher.CypherTx;
import org.netzbild.store.cypher.Values;

/** Runs the port's Cypher in an in-process database. */
public final class EmbeddedRunner implements CypherRunner {

    private final Path folder;
    private final DatabaseManagementService service;
    private final GraphDatabaseService database;
    private final boolean ownsService;

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
            throw EmbeddedErrors.translate(e, folder.toString());
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

    @Override
    public String description() {
        return "embedded " + folder.toAbsolutePath();
    }

    @Override
    public void close() {
        if (ownsService) {
            service.shutdown();
        }
    }
}
