package org.netzbild.store;

import java.util.List;
import java.util.Optional;
import org.netzbild.security.Account;

/**
 * The workspace's accounts, kept in its graph so that on a server every client signs in against
 * the same records. Implementations audit every call like {@link GraphStore}; the password hash
 * never reaches the audit log.
 */
public interface AccountStore {

    /** The account of this user name, enabled or not. */
    Optional<Account> account(String name);

    /** Every account, by name. */
    List<Account> accounts();

    /** Whether the workspace has any account yet (a new workspace has none until its first ADMIN). */
    boolean anyAccount();

    /**
     * Creates an account; {@link DuplicateIdException} when the name is taken. Where the server's
     * logins are the workspace's accounts (ADR 0020), the account gets its login with the same
     * {@code password}, which is used for nothing else and kept nowhere.
     */
    void create(Account account, char[] password);

    /**
     * Replaces agency, roles, enabled flag and password hash; {@link NotFoundException} when absent.
     * A disabled account loses its server login.
     */
    void update(Account account);

    /**
     * As {@link #update}, for an account whose hash is of the new {@code password}: its server login
     * takes the same password.
     */
    void setPassword(Account account, char[] password);
}
