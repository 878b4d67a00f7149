package org.netzbild.app;

import java.util.List;
import java.util.Set;
import org.netzbild.audit.Operation;
import org.netzbild.schema.ReferenceData;
import org.netzbild.security.Account;
import org.netzbild.security.PasswordHash;
import org.netzbild.security.Permission;
import org.netzbild.security.Role;
import org.netzbild.store.NotFoundException;

/**
 * Account administration for a signed-in ADMIN: add, list, disable, set a password. Every user may
 * set their own password. A refused call is audited like every refusal; every account read and
 * write is audited by the store.
 */
public final class Accounts {

    /** Shorter passwords are refused: BSI IT-Grundschutz ORP.4.A22 asks for length over rules. */
    public static final int MINIMUM_PASSWORD_LENGTH = 12;

    /** What Neo4j takes as a login name (it refuses spaces, umlauts, ',' and ':'), and so an account's name. */
    private static final java.util.regex.Pattern LOGIN_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

    private final Workspace workspace;

    public Accounts(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Creates an account; its agency must be one of the reference data's agencies. */
    public Account add(String name, String agency, Set<Role> roles, char[] password) {
        workspace.require(Permission.MANAGE_ACCOUNTS, Operation.CREATE, "createAccount");
        if (workspace.accounts().account(name).isPresent()) {
            throw UserFacingException.badArgument("accounts.exists", name);
        }
        Account account = newAccount(name, agency, roles, password, workspace.referenceData());
        workspace.accounts().create(account, password);
        return account;
    }

    public List<Account> list() {
        workspace.require(Permission.MANAGE_ACCOUNTS, Operation.QUERY, "accounts");
        return workspace.accounts().accounts();
    }

    /** Disables an account: it can no longer sign in; its records and audit entries stay. */
    public void disable(String name) {
        workspace.require(Permission.MANAGE_ACCOUNTS, Operation.CHANGE, "updateAccount");
        if (name.equals(workspace.session().user())) {
            throw UserFacingException.badArgument("accounts.notYourself");
        }
        workspace.accounts().update(existing(name).disabled());
    }

    /** Sets a new password: an ADMIN for anyone, every user for themselves. */
    public void setPassword(String name, char[] password) {
        if (!name.equals(workspace.session().user())) {
            workspace.require(Permission.MANAGE_ACCOUNTS, Operation.CHANGE, "updateAccount");
        }
        workspace.accounts().setPassword(existing(name).withPassword(hash(password)), password);
    }

    private Account existing(String name) {
        return workspace.accounts().account(name).orElseThrow(() -> new NotFoundException(name));
    }

    /** A new, enabled account, its password hashed; refuses unknown agencies, weak passwords, the program's name. */
    static Account newAccount(String name, String agency, Set<Role> roles, char[] password, ReferenceData reference) {
        if (name == null || name.isBlank() || name.strip().equalsIgnoreCase(WorkspaceGate.PROGRAM)) {
            throw UserFacingException.badArgument("accounts.badName", String.valueOf(name));
        }
        if (!LOGIN_NAME.matcher(name.strip()).matches()) {
            // the account's server login (ADR 0020) takes the same name, and Neo4j refuses others
            throw UserFacingException.badArgument("accounts.nameCharacters", name.strip());
        }
        if (agency == null || !reference.agencies().contains(agency)) {
            throw UserFacingException.badArgument("accounts.unknownAgency", String.valueOf(agency));
        }
        try {
            return new Account(name.strip(), agency, roles, true, hash(password));
        } catch (IllegalArgumentException e) {
            throw UserFacingException.badArgument("accounts.invalid", e.getMessage());
        }
    }

    private static PasswordHash hash(char[] password) {
        if (password == null || password.length < MINIMUM_PASSWORD_LENGTH) {
            throw UserFacingException.badArgument("accounts.passwordTooShort", MINIMUM_PASSWORD_LENGTH);
        }
        return PasswordHash.of(password);
    }
}
