package org.netzbild.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.netzbild.audit.Actor;
import org.netzbild.audit.AuditEvent;
import org.netzbild.audit.AuditSink;
import org.netzbild.audit.AuditedIds;
import org.netzbild.audit.Operation;
import org.netzbild.audit.Outcome;
import org.netzbild.security.Account;
import org.netzbild.security.Role;

/**
 * Puts every account call on the audit log, as {@link AuditedGraphStore} does for records: writes
 * are logged before and after, reads after and before their result is released. The criteria name
 * agency, roles and enabled flag; the password hash is never logged.
 */
public final class AuditedAccountStore implements AccountStore {

    private final AccountStore delegate;
    private final AuditSink audit;
    private final Actor actor;

    public AuditedAccountStore(AccountStore delegate, AuditSink audit, Actor actor) {
        this.delegate = delegate;
        this.audit = audit;
        this.actor = actor;
    }

    @Override
    public Optional<Account> account(String name) {
        Optional<Account> found = delegate.account(name);
        append(Operation.DISCLOSE, "account", name, found.map(Account::name).stream().toList(), Outcome.DONE);
        return found;
    }

    @Override
    public List<Account> accounts() {
        List<Account> all = delegate.accounts();
        append(Operation.QUERY, "accounts", "", all.stream().map(Account::name).toList(), Outcome.DONE);
        return all;
    }

    @Override
    public boolean anyAccount() {
        boolean any = delegate.anyAccount();
        append(Operation.QUERY, "anyAccount", String.valueOf(any), List.of(), Outcome.DONE);
        return any;
    }

    @Override
    public void create(Account account, char[] password) {
        writing(Operation.CREATE, "createAccount", account, () -> delegate.create(account, password));
    }

    @Override
    public void update(Account account) {
        writing(Operation.CHANGE, "updateAccount", account, () -> delegate.update(account));
    }

    /** Logged as "setPassword": that a password was set, never which. */
    @Override
    public void setPassword(Account account, char[] password) {
        writing(Operation.CHANGE, "setPassword", account, () -> delegate.setPassword(account, password));
    }

    private void writing(Operation operation, String action, Account account, Runnable work) {
        String criteria = "agency=" + account.agency() + " roles=" + account.roles().stream().map(Role::name).sorted().toList()
                + " enabled=" + account.enabled();
        var intent = new AuditEvent(Instant.now(), actor, operation, action, criteria,
                AuditedIds.of(List.of(account.name())), Outcome.INTENDED);
        audit.append(intent);
        try {
            work.run();
        } catch (RuntimeException e) {
            try {
                audit.append(intent.failed());
            } catch (RuntimeException auditFailure) {
                e.addSuppressed(auditFailure);
            }
            throw e;
        }
        audit.append(intent.done(intent.ids()));
    }

    private void append(Operation operation, String action, String criteria, List<String> ids, Outcome outcome) {
        audit.append(new AuditEvent(Instant.now(), actor, operation, action, criteria, AuditedIds.of(ids), outcome));
    }
}
