package org.netzbild.store.bolt;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.BookmarkManagerConfig;
import org.neo4j.driver.BookmarkManagers;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.netzbild.store.StoreErrors;
import org.netzbild.store.StoreException;
import org.netzbild.store.StoreLocation;
import org.netzbild.store.cypher.CypherRunner;
import org.netzbild.store.cypher.CypherTx;
import org.netzbild.store.cypher.Values;

/** Runs the port's Cypher on a server or cluster over Bolt. */
public final class BoltRunner implements CypherRunner {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BoltRunner.class);

    private final StoreLocation.Remote location;
    private final Driver driver;
    private final BookmarkManager bookmarks;

    private BoltRunner(StoreLocation.Remote location, Driver driver) {
        this.location = location;
        this.driver = driver;
        this.bookmarks = BookmarkManagers.defaultManager(BookmarkManagerConfig.builder().build());
    }

    /** Connects and checks the connection, so a wrong address or password fails here with a clear message. */
    public static BoltRunner connect(StoreLocation.Remote location) {
        AuthToken auth = location.user() == null || location.user().isBlank()
                ? AuthTokens.none()
                : AuthTokens.basic(location.user(), new String(location.password()));
        Config config = Config.builder()
                .withLogging(Logging.slf4j())
                .withConnectionTimeout(10, TimeUnit.SECONDS)
                .withConnectionAcquisitionTimeout(20, TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(10, TimeUnit.SECONDS)
                .build();
        Driver driver = GraphDatabase.driver(location.uri(), auth, config);
        try {
            driver.verifyConnectivity();
        } catch (RuntimeException e) {
            driver.close();
            throw translate(e, location);
        }
        return new BoltRunner(location, driver);
    }

    @Override
    public <T> T read(Function<CypherTx, T> work) {
        try (Session session = session()) {
            return session.executeRead(tx -> work.apply(cypher(tx)));
        } catch (RuntimeException e) {
            throw translate(e, location);
        }
    }

    @Override
    public <T> T write(Function<CypherTx, T> work) {
        try (Session session = session()) {
            return session.executeWrite(tx -> work.apply(cypher(tx)));
        } catch (RuntimeException e) {
            throw translate(e, location);
        }
    }

    @Override
    public <T> T writeOnce(Function<CypherTx, T> work) {
        try (Session session = session(); var tx = session.beginTransaction()) {
            T result = work.apply(cypher(tx));
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            throw translate(e, location);
        }
    }

    @Override
    public void schema(String statement) {
        write(tx -> tx.run(statement, Map.of()));
    }

    private Session session() {
        SessionConfig.Builder config = SessionConfig.builder().withBookmarkManager(bookmarks);
        if (location.database() != null && !location.database().isBlank()) {
            config.withDatabase(location.database());
        }
        return driver.session(config.build());
    }

    private static CypherTx cypher(org.neo4j.driver.SimpleQueryRunner tx) {
        return (cypher, parameters) -> {
            List<Map<String, Object>> rows = tx.run(cypher, parameters).list(record -> Values.row(record.asMap()));
            return rows;
        };
    }

    private static RuntimeException translate(RuntimeException e, StoreLocation.Remote location) {
        if (e instanceof StoreException) {
            return e;
        }
        String where = location.uri().toString();
        if (e instanceof AuthenticationException) {
            return new org.netzbild.store.StoreAccessDeniedException(where, location.user(), e);
        }
        if (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException) {
            // once, into the log file (the driver logged each retry there); the terminal gets the command's message
            LOG.info("the server {} cannot be reached: {}", where, e.getMessage());
            return new org.netzbild.store.ServerUnreachableException(where, e);
        }
        if (e instanceof Neo4jException neo4j && neo4j.code() != null) {
            return StoreErrors.fromStatus(neo4j.code(), e, where);
        }
        return e;
    }

    @Override
    public String description() {
        return location.toString();
    }

    @Override
    public void close() {
        driver.close();
    }
}
