package org.netzbild.cli;

import java.io.Console;
import java.net.URI;
import java.nio.file.Path;
import org.netzbild.app.I18n;
import org.netzbild.app.WorkspaceSettings;
import org.netzbild.security.AnalystSession;
import picocli.CommandLine.Option;

/**
 * Where the graph lives and who works on it, shared by every command that opens a store. The
 * password of a server is never an argument (it would stand in the shell history and the process
 * list): it comes from {@code NETZBILD_PASSWORD} or a prompt.
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

    @Option(names = "--as", paramLabel = "ANALYST", descriptionKey = "option.as")
    String analyst = System.getProperty("user.name", "analyst");

    @Option(names = "--agency", paramLabel = "AGENCY", descriptionKey = "option.agency")
    String agency = "Netzbild";

    @Option(names = "--purpose", paramLabel = "TEXT", descriptionKey = "option.purpose")
    String purpose = System.getenv().getOrDefault("NETZBILD_PURPOSE", "Erprobung mit Demodaten");

    WorkspaceSettings settings() {
        Path folder = workspaceFolder(store);
        AnalystSession session = AnalystSession.unrestricted(analyst, agency, purpose);
        if (uri == null) {
            return WorkspaceSettings.embedded(folder, session);
        }
        if (user == null || user.isBlank()) {
            throw org.netzbild.app.UserFacingException.badArgument("error.remoteNeedsUser", uri);
        }
        return WorkspaceSettings.remote(folder, uri, user, password(), database, session);
    }

    /**
     * As {@link #settings()}, but an embedded store's folder must already be a workspace: a
     * mistyped {@code --store} would otherwise quietly open a new, empty one.
     */
    WorkspaceSettings existing() {
        Path folder = workspaceFolder(store);
        if (uri == null && !isWorkspaceOrEmpty(folder)) {
            throw org.netzbild.app.UserFacingException.badArgument("error.noWorkspace", folder.toAbsolutePath());
        }
        return settings();
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
    private char[] password() {
        String fromEnvironment = System.getenv("NETZBILD_PASSWORD");
        if (fromEnvironment != null) {
            return fromEnvironment.toCharArray();
        }
        Console console = System.console();
        // since JDK 22 there is a Console without a terminal too; reading from a pipe would hang a script
        char[] typed = console == null || !console.isTerminal() ? null
                : console.readPassword("%s", I18n.text("prompt.password", user, uri));
        if (typed == null) {
            throw org.netzbild.app.UserFacingException.badArgument("error.remoteNeedsPassword", user, uri);
        }
        return typed;
    }
}
