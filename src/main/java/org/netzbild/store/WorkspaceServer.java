package org.netzbild.store;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.netzbild.audit.Actor;
import org.netzbild.audit.AuditEvent;
import org.netzbild.audit.AuditSink;
import org.netzbild.audit.AuditedIds;
import org.netzbild.audit.Operation;
import org.netzbild.audit.Outcome;
import org.netzbild.security.Account;
import org.netzbild.store.cypher.CypherAccountStore;
import org.netzbild.store.cypher.ServerLogins;
import org.netzbild.store.embedded.BoltGateway;
import org.netzbild.store.embedded.EmbeddedRunner;
import org.netzbild.store.embedded.ServedDatabase;
import org.netzbild.store.embedded.StoreFolders;

/**
 * A workspace's embedded database served over Bolt (ADR 0020): only the workspace's enabled
 * accounts log in, with their own passwords; every committed write is on the workspace's audit log
 * in the name of its login; the one open port passes Bolt and nothing else, in TLS when a
 * certificate is given. The use case reaches the embedded adapter's server through this class, as
 * it reaches the database through {@link StoreConnection}.
 */
public final class WorkspaceServer implements AutoCloseable {

    private static final Actor SERVER = Actor.program("serve: the server's logins follow the accounts");

    private final ServedDatabase database;
    private final BoltGateway gateway;
    private final String uri;
    private final AuditSink audit;

    private WorkspaceServer(ServedDatabase database, BoltGateway gateway, String uri, AuditSink audit) {
        this.database = database;
        this.gateway = gateway;
        this.uri = uri;
        this.audit = audit;
    }

    /**
     * Serves the database of {@code workspaceFolder} (the one its {@code graph} folder names) on
     * {@code address}, in TLS with {@code certificate} (else null: the caller allows that on the
     * loopback interface only), every write audited to {@code audit}.
     */
    public static WorkspaceServer start(Path workspaceFolder, InetSocketAddress address, ServerCertificate certificate,
                                        AuditSink audit) {
        BoltGateway gateway;
        try {
            gateway = BoltGateway.bind(address, certificate == null ? null : certificate.context());
        } catch (IOException e) {
            throw new StoreUnavailableException("cannot listen on " + address + ": " + e.getMessage(), e);
        }
        String host = address.getAddress() != null && address.getAddress().isAnyLocalAddress()
                ? thisMachine() : address.getHostString();
        var published = new InetSocketAddress(host, gateway.port());
        ServedDatabase database;
        try {
            database = ServedDatabase.start(StoreFolders.graph(workspaceFolder), published, audit);
        } catch (RuntimeException e) {
            gateway.close();
            throw e;
        }
        try {
            removeStrayLogins(database.runner(), audit);
            gateway.passTo(database.boltAddress());
            String scheme = certificate == null ? "bolt://" : "bolt+s://";
            String uri = scheme + (host.contains(":") ? "[" + host + "]" : host) + ":" + gateway.port();
            return new WorkspaceServer(database, gateway, uri, audit);
        } catch (RuntimeException e) {
            gateway.close();
            database.close();
            throw e;
        }
    }

    /**
     * Makes the server's logins the enabled accounts' logins: a login without an enabled account
     * (Neo4j's default {@code neo4j}, a disabled account's, one made by hand over Bolt) and one that
     * still waits for its first password are removed, audited.
     */
    private static void removeStrayLogins(EmbeddedRunner runner, AuditSink audit) {
        ServerLogins logins = runner.logins();
        Set<String> enabled = enabledAccounts(runner, audit);
        var removed = new ArrayList<String>();
        logins.names().forEach((name, waitsForPassword) -> {
            if (waitsForPassword || !enabled.contains(name)) {
                removed.add(name);
            }
        });
        if (!removed.isEmpty()) {
            var intent = new AuditEvent(Instant.now(), SERVER, Operation.DELETE, "removeServerLogins",
                    "logins without an enabled account, or waiting for a first password", AuditedIds.of(removed),
                    Outcome.INTENDED);
            audit.append(intent);
            removed.forEach(logins::remove);
            audit.append(intent.done(intent.ids()));
        }
    }

    private static Set<String> enabledAccounts(EmbeddedRunner runner, AuditSink audit) {
        List<Account> accounts = new AuditedAccountStore(new CypherAccountStore(runner), audit, SERVER).accounts();
        Set<String> enabled = new TreeSet<>();
        accounts.stream().filter(Account::enabled).forEach(account -> enabled.add(account.name()));
        return enabled;
    }

    /** For a server on every interface: the name clients (and the routing table) know this machine by. */
    private static String thisMachine() {
        try {
            return java.net.InetAddress.getLocalHost().getCanonicalHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }

    /** The address clients connect to ({@code bolt://} or {@code bolt+s://}). */
    public String uri() {
        return uri;
    }

    /**
     * Enabled accounts that have no login, so cannot use this server until they set their password
     * again: made before logins followed accounts, or in a store that a bulk import, an erasure or
     * a compaction rebuilt (a new {@code system} database).
     */
    public List<String> accountsWithoutLogin() {
        EmbeddedRunner runner = database.runner();
        Map<String, Boolean> logins = runner.logins().names();
        return enabledAccounts(runner, audit).stream().filter(name -> !logins.containsKey(name)).toList();
    }

    @Override
    public void close() {
        try {
            gateway.close();
        } finally {
            database.close();
        }
    }
}
