package org.netzbild.cli;

import java.net.URI;
import java.nio.file.Path;
import org.netzbild.app.I18n;
import org.netzbild.app.UserFacingException;
import org.netzbild.app.WorkspaceAddress;
import org.netzbild.app.WorkspaceSettings;
import org.netzbild.security.Purpose;
import picocli.CommandLine.Option;

/**
 * Where the graph lives, who signs in and for what purpose, shared by every command that opens a
 * store. Passwords are never arguments (they would stand in the shell history and the process
 * list): the server's comes from {@code NETZBILD_PASSWORD}, the account's from
 * {@code NETZBILD_ACCOUNT_PASSWORD}, each else from a prompt. The purpose has no default: a command
 * without {@code --case} and {@code --purpose} is refused.
 */
final class StoreOptions {

    @Option(names = "--store", paramLabel = "DIR", descriptionKey = "option.store")
    Path store;

    @Option(names = "--uri", paramLabel = "URI", descriptionKey = "option.uri")
    URI uri;

    @Option(names = "--user", paramLabel = "NAME", descriptionKey = "option.user")
    String user;

    @Option(names = "--database", paramLabel = "NAME", descriptionKey = "option.database")
    String database;

    @Option(names = "--trust-certificate", paramLabel = "FILE", descriptionKey = "option.trustCertificate")
    Path trustCertificate;

    @Option(names = "--as", paramLabel = "USER", descriptionKey = "option.as")
    String account;

    @Option(names = "--case", paramLabel = "REFERENCE", descriptionKey = "option.case")
    String caseReference;

    @Option(names = "--purpose", paramLabel = "REASON", descriptionKey = "option.purpose")
    String reason;

    /** The account's password once asked for, so that a served workspace's login and the sign-in ask once. */
    private char[] accountPassword;

    /**
     * The folder and where its graph lives; a remote server's password is asked for here. Without
     * {@code --user} the server is a served workspace ({@code netzbild serve}, ADR 0020): its logins
     * are the workspace's accounts, so the account ({@code --as}) logs in with its own password.
     */
    WorkspaceAddress address(Environment environment) {
        Path folder = folder();
        if (uri == null) {
            return WorkspaceAddress.embedded(folder);
        }
        WorkspaceAddress.requireEncryptionOffThisMachine(uri);
        if (trustCertificate != null && !java.nio.file.Files.isReadable(trustCertificate)) {
            throw UserFacingException.badArgument("error.trustCertificateMissing", trustCertificate.toAbsolutePath());
        }
        if (user == null || user.isBlank()) {
            String name = account != null ? account : environment.get("NETZBILD_USER");
            if (name == null || name.isBlank()) {
                throw UserFacingException.badArgument("error.remoteNeedsUser", uri);
            }
            return WorkspaceAddress.served(folder, uri, name.strip(), accountPassword(environment, name.strip()),
                    database, trustCertificate);
        }
        return WorkspaceAddress.remote(folder, uri, user, serverPassword(environment), database, trustCertificate);
    }

    /**
     * As {@link #location}, but an embedded store's folder must already be a workspace: a
     * mistyped {@code --store} would otherwise quietly open a new, empty one.
     */
    WorkspaceAddress existing(Environment environment) {
        Path folder = folder();
        if (uri == null && !isWorkspaceOrEmpty(folder)) {
            throw UserFacingException.badArgument("error.noWorkspace", folder.toAbsolutePath());
        }
        return address(environment);
    }

    Path folder() {
        return workspaceFolder(store);
    }

    /** {@code --as}, else {@code NETZBILD_USER}; refused (exit 2) when neither names one. */
    String account(Environment environment) {
        String name = account != null ? account : environment.get("NETZBILD_USER");
        if (name == null || name.isBlank()) {
            throw UserFacingException.badArgument("signIn.userMissing");
        }
        return name.strip();
    }

    /** The account's password: {@code NETZBILD_ACCOUNT_PASSWORD} or typed; refused (exit 2) when neither. */
    char[] accountPassword(Environment environment, String name) {
        if (accountPassword == null) {
            accountPassword = environment.secret("NETZBILD_ACCOUNT_PASSWORD", I18n.text("prompt.accountPassword", name));
        }
        if (accountPassword == null) {
            throw UserFacingException.badArgument("signIn.passwordMissing", name);
        }
        return accountPassword.clone();
    }

    /** Forgets the account's password (after the sign-in). */
    void forgetAccountPassword() {
        if (accountPassword != null) {
            java.util.Arrays.fill(accountPassword, '\0');
            accountPassword = null;
        }
    }

    /** The stated purpose, as typed; null when case or reason is missing (the gate refuses and logs that). */
    Purpose purpose() {
        if (caseReference == null || caseReference.isBlank() || reason == null || reason.isBlank()) {
            return null;
        }
        return new Purpose(caseReference, reason);
    }

    /** A workspace has its graph folder; an empty folder the user made for one may become one. */
    private static boolean isWorkspaceOrEmpty(Path folder) {
        if (isWorkspace(folder)) {
            return true;
        }
        try (var entries = java.nio.file.Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * The workspace folder a command names (or the default one), absolute and normalised: a relative
     * {@code --store ./akte} is the caller's, and Neo4j refuses paths with {@code .} or {@code ..}.
     */
    static Path workspaceFolder(Path store) {
        return (store != null ? store : WorkspaceSettings.defaultFolder()).toAbsolutePath().normalize();
    }

    /** Whether the folder holds a workspace's database ("graph.current" names the store a bulk import built). */
    static boolean isWorkspace(Path folder) {
        return java.nio.file.Files.isDirectory(folder.resolve("graph")) || java.nio.file.Files.exists(folder.resolve("graph.current"));
    }

    /**
     * From {@code NETZBILD_PASSWORD} or typed at a prompt; never an empty one tried silently when
     * neither is there (a script without the variable would otherwise be refused as a wrong password).
     */
    private char[] serverPassword(Environment environment) {
        char[] typed = environment.secret("NETZBILD_PASSWORD", I18n.text("prompt.password", user, uri));
        if (typed == null) {
            throw UserFacingException.badArgument("error.remoteNeedsPassword", user, uri);
        }
        return typed;
    }
}
