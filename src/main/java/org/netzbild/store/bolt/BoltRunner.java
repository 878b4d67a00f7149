package org.netzbild.store.bolt;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.neo4j.driver.AccessMode;
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
import org.neo4j.driver.exceptions.RetryableException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import java.net.URI;
import org.netzbild.store.ServerNotTrustedException;
import org.netzbild.store.StoreErrors;
import org.netzbild.store.UnencryptedServerException;
import org.netzbild.store.cypher.ServerLogins;
import org.netzbild.store.StoreException;
import org.netzbild.store.StoreLocation;
import org.netzbild.store.cypher.CypherRunner;
import org.netzbild.store.cypher.CypherTx;
import org.netzbild.store.cypher.Values;

/** Runs the port's Cypher on a server or cluster over Bolt. */
public final class BoltRunner implements CypherRunner {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BoltRunner.class);

    /**
     * How long the driver retries a managed transaction whose server went away or whose connection
     * broke, before the port reports the store unreachable: 10 s, long enough to ride out a
     * server's restart or a failover. The system property {@code netzbild.bolt.retrySeconds} sets
     * it, for a user who would rather hear sooner and for the fault matrix's client processes,
     * whose proof (a retry that carries on, or exit 4 once the window is out) does not need the
     * full 10 s of waiting (docs/reliability.md).
     */
    static final int RETRY_SECONDS = Integer.getInteger("netzbild.bolt.retrySeconds", 10);

    private final StoreLocation.Remote location;
    private final Driver driver;
    private final BookmarkManager bookmarks;
    /**
     * Until when (System.nanoTime) the server counts as gone: a request that waited out a whole
     * retry window without reaching it sets this one window ahead, and every request until then is
     * tried once, without a window of its own. What follows a failure (its audit entry, the import's
     * end, the next command of a script) so answers at once instead of waiting out the same absent
     * server again: a user hears after one window, not after two or three. A request that reaches
     * the server clears it.
     */
    private volatile long goneUntil;

    private BoltRunner(StoreLocation.Remote location, Driver driver) {
        this.location = location;
        this.driver = driver;
        this.bookmarks = BookmarkManagers.defaultManager(BookmarkManagerConfig.builder().build());
    }

    /**
     * Connects and checks the connection, so a wrong address or password, or a certificate that is
     * not trusted, fails here with a clear message. An unencrypted address is accepted only for a
     * server on this machine.
     */
    public static BoltRunner connect(StoreLocation.Remote location) {
        if (!location.isEncrypted() && !location.isLoopback()) {
            throw new UnencryptedServerException(location.uri().toString());
        }
        AuthToken auth = location.user() == null || location.user().isBlank()
                ? AuthTokens.none()
                : AuthTokens.basic(location.user(), new String(location.password()));
        Config.ConfigBuilder config = Config.builder()
                .withLogging(Logging.slf4j())
                .withConnectionTimeout(10, TimeUnit.SECONDS)
                .withConnectionAcquisitionTimeout(20, TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(RETRY_SECONDS, TimeUnit.SECONDS);
        URI uri = location.uri();
        if (location.isEncrypted() && location.trustCertificate() != null) {
            // the driver takes a trust setting only with a plain scheme: "+s" in the address means
            // "the system's certificates", so the named certificate goes into the settings instead
            uri = URI.create(uri.toString().replaceFirst("\\+s://", "://"));
            config.withEncryption()
                    .withTrustStrategy(Config.TrustStrategy.trustCustomCertificateSignedBy(location.trustCertificate().toFile())
                            .withHostnameVerification());
        }
        Driver driver = GraphDatabase.driver(uri, auth, config.build());
        try {
            driver.verifyConnectivity();
        } catch (RuntimeException e) {
            driver.close();
            throw translate(e, location);
        }
        return new BoltRunner(location, driver);
    }

    /**
     * The server's logins when they are the workspace's accounts: the user came in with an
     * account's own login (a served workspace, ADR 0020). Neo4j Community lets every user
     * administer users, so the signed-in ADMIN's connection can keep them; the port checks the
     * role first.
     */
    @Override
    public ServerLogins logins() {
        return location.accountLogin() ? new SystemLogins() : ServerLogins.NONE;
    }

    /** The logins in the server's {@code system} database, through this connection. */
    private final class SystemLogins implements ServerLogins {

        @Override
        public void set(String name, char[] password) {
            String statement = names().containsKey(name) ? ALTER : CREATE;
            system(statement, Map.of("name", name, "password", new String(password)));
        }

        @Override
        public void remove(String name) {
            system(DROP, Map.of("name", name));
        }

        @Override
        public Map<String, Boolean> names() {
            try (Session session = driver.session(SessionConfig.forDatabase("system"))) {
                var names = new java.util.HashMap<String, Boolean>();
                session.executeRead(tx -> tx.run(NAMES).list()).forEach(row ->
                        names.put(row.get("user").asString(), row.get("passwordChangeRequired").asBoolean(false)));
                return names;
            } catch (RuntimeException e) {
                throw translate(e, location);
            }
        }

        private void system(String statement, Map<String, Object> parameters) {
            try (Session session = driver.session(SessionConfig.forDatabase("system"))) {
                session.executeWrite(tx -> tx.run(statement, parameters).consume());
            } catch (RuntimeException e) {
                throw translate(e, location);
            }
        }
    }

    @Override
    public <T> T read(Function<CypherTx, T> work) {
        if (recentlyGone()) {
            return once(AccessMode.READ, work);
        }
        try (Session session = session()) {
            return reached(session.executeRead(tx -> work.apply(cypher(tx))));
        } catch (RuntimeException e) {
            throw noted(translate(e, location));
        }
    }

    /**
     * An auto-commit transaction in a session for reading (a cluster routes it to a reader), tried
     * again within the same window as the driver's managed transactions ({@link #RETRY_SECONDS}): the driver does not retry
     * an auto-commit transaction itself, and a read may safely run twice.
     */
    @Override
    public List<Map<String, Object>> readAlone(String cypher, Map<String, Object> parameters) {
        boolean once = recentlyGone();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(RETRY_SECONDS);
        long pause = 100;
        while (true) {
            try (Session session = session(AccessMode.READ)) {
                return reached(session.run(cypher, parameters).list(record -> Values.row(record.asMap())));
            } catch (RuntimeException e) {
                if (once || !(e instanceof RetryableException) || System.nanoTime() + pause * 1_000_000 > deadline) {
                    throw noted(translate(e, location));
                }
                LOG.debug("a read on {} is tried again after a transient failure: {}", location.uri(), e.getMessage());
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw translate(e, location);
                }
                pause = Math.min(pause * 2, 2_000);
            }
        }
    }

    @Override
    public <T> T write(Function<CypherTx, T> work) {
        if (recentlyGone()) {
            return once(AccessMode.WRITE, work);
        }
        try (Session session = session()) {
            return reached(session.executeWrite(tx -> work.apply(cypher(tx))));
        } catch (RuntimeException e) {
            throw noted(translate(e, location));
        }
    }

    @Override
    public <T> T writeOnce(Function<CypherTx, T> work) {
        return once(AccessMode.WRITE, work);
    }

    /** One transaction, not tried again: the driver retries only the managed ones. */
    private <T> T once(AccessMode mode, Function<CypherTx, T> work) {
        try (Session session = session(mode); var tx = session.beginTransaction()) {
            T result = work.apply(cypher(tx));
            tx.commit();
            return reached(result);
        } catch (RuntimeException e) {
            throw noted(translate(e, location));
        }
    }

    @Override
    public List<Map<String, Object>> writeAlone(String cypher, Map<String, Object> parameters) {
        try (Session session = session()) {
            return reached(session.run(cypher, parameters).list(record -> Values.row(record.asMap())));
        } catch (RuntimeException e) {
            throw noted(translate(e, location));
        }
    }

    private boolean recentlyGone() {
        long until = goneUntil;
        return until != 0 && System.nanoTime() - until < 0;
    }

    private <T> T reached(T result) {
        goneUntil = 0;
        return result;
    }

    private RuntimeException noted(RuntimeException translated) {
        if (translated instanceof org.netzbild.store.ServerUnreachableException) {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(RETRY_SECONDS);
            goneUntil = until == 0 ? 1 : until;
        }
        return translated;
    }

    @Override
    public void schema(String statement) {
        write(tx -> tx.run(statement, Map.of()));
    }

    private Session session() {
        return session(AccessMode.WRITE);
    }

    private Session session(AccessMode mode) {
        SessionConfig.Builder config = SessionConfig.builder().withBookmarkManager(bookmarks).withDefaultAccessMode(mode);
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
        // the driver words a handshake answered by something other than Bolt (TLS among them) so
        if (e instanceof org.neo4j.driver.exceptions.ProtocolException
                || e instanceof org.neo4j.driver.exceptions.ClientException && e.getMessage() != null
                && e.getMessage().startsWith("Protocol error, server suggested unexpected protocol version")) {
            LOG.info("the server {} did not answer as a Bolt server: {}", where, e.getMessage());
            return new org.netzbild.store.ServerProtocolException(where, e);
        }
        if (untrusted(e)) {
            LOG.info("the certificate of the server {} is not trusted: {}", where, e.getMessage());
            return new ServerNotTrustedException(where, e);
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

    /** A TLS handshake the driver refused: the server's certificate is not vouched for. */
    private static boolean untrusted(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof javax.net.ssl.SSLHandshakeException
                    || cause instanceof java.security.cert.CertificateException
                    || cause instanceof java.security.cert.CertPathValidatorException) {
                return true;
            }
        }
        return false;
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
