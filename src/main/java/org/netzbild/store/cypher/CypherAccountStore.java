package org.netzbild.store.cypher;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netzbild.security.Account;
import org.netzbild.security.PasswordHash;
import org.netzbild.security.Role;
import org.netzbild.store.AccountStore;
import org.netzbild.store.NotFoundException;

/** Accounts as {@code :NetzbildAccount} nodes, one per user name (constraint of migration V008). */
public final class CypherAccountStore implements AccountStore {

    static final Bookkeeping ACCOUNT = Bookkeeping.of("""
            MATCH (a:NetzbildAccount {name: $name})
            RETURN a.name AS name, a.agency AS agency, a.roles AS roles, a.enabled AS enabled, a.password AS password""");
    static final Bookkeeping ACCOUNTS = Bookkeeping.of("""
            MATCH (a:NetzbildAccount) WHERE a.name IS NOT NULL
            RETURN a.name AS name, a.agency AS agency, a.roles AS roles, a.enabled AS enabled, a.password AS password
            ORDER BY a.name""");
    static final Bookkeeping ANY_ACCOUNT = Bookkeeping.of("""
            MATCH (a:NetzbildAccount) WHERE a.name IS NOT NULL AND a.password IS NOT NULL
            RETURN count(a) > 0 AS any""");
    static final Bookkeeping CREATE = Bookkeeping.of("""
            CREATE (a:NetzbildAccount {name: $name, agency: $agency, roles: $roles, enabled: $enabled, password: $password})""");
    static final Bookkeeping UPDATE = Bookkeeping.of("""
            MATCH (a:NetzbildAccount {name: $name})
            SET a.agency = $agency, a.roles = $roles, a.enabled = $enabled, a.password = $password
            RETURN count(a) AS updated""");

    private final CypherRunner runner;

    public CypherAccountStore(CypherRunner runner) {
        this.runner = runner;
    }

    @Override
    public Optional<Account> account(String name) {
        return runner.read(tx -> new SessionTx(tx, Map.of()).run(ACCOUNT, Map.of("name", name))).stream()
                .flatMap(row -> account(row).stream()).findFirst();
    }

    @Override
    public List<Account> accounts() {
        return runner.read(tx -> new SessionTx(tx, Map.of()).run(ACCOUNTS, Map.of())).stream().flatMap(row -> account(row).stream()).toList();
    }

    @Override
    public boolean anyAccount() {
        return runner.read(tx -> new SessionTx(tx, Map.of()).run(ANY_ACCOUNT, Map.of())).stream()
                .anyMatch(row -> Boolean.TRUE.equals(row.get("any")));
    }

    /** The account first, its login after: a login without an account would let a stranger in. */
    @Override
    public void create(Account account, char[] password) {
        runner.write(tx -> new SessionTx(tx, Map.of()).run(CREATE, parameters(account)));
        if (account.enabled()) {
            runner.logins().set(account.name(), password);
        }
    }

    @Override
    public void update(Account account) {
        // a disabled account's login goes first: should the update fail after, nobody logs in with it
        if (!account.enabled()) {
            runner.logins().remove(account.name());
        }
        store(account);
    }

    @Override
    public void setPassword(Account account, char[] password) {
        store(account);
        if (account.enabled()) {
            runner.logins().set(account.name(), password);
        }
    }

    private void store(Account account) {
        long updated = runner.write(tx -> new SessionTx(tx, Map.of()).run(UPDATE, parameters(account))).stream()
                .mapToLong(row -> ((Number) row.get("updated")).longValue()).sum();
        if (updated == 0) {
            throw new NotFoundException(account.name());
        }
    }

    private static Map<String, Object> parameters(Account account) {
        return Map.of("name", account.name(), "agency", account.agency(),
                "roles", account.roles().stream().map(Role::name).sorted().toList(),
                "enabled", account.enabled(), "password", account.password().encoded());
    }

    /**
     * An account as stored; a node that is not a whole account (another client's plain Cypher on a
     * shared server, with our label) is no account, so nobody can sign in with it.
     */
    private static Optional<Account> account(Map<String, Object> row) {
        if (!(row.get("name") instanceof String name) || !(row.get("agency") instanceof String agency)
                || !(row.get("roles") instanceof List<?> stored) || !(row.get("password") instanceof String password)) {
            return Optional.empty();
        }
        try {
            var roles = EnumSet.noneOf(Role.class);
            for (Object role : stored) {
                roles.add(Role.valueOf(String.valueOf(role)));
            }
            return Optional.of(new Account(name, agency, roles, Boolean.TRUE.equals(row.get("enabled")),
                    PasswordHash.parse(password)));
        } catch (IllegalArgumentException notAnAccount) {
            return Optional.empty();
        }
    }
}
