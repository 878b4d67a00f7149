package org.netzbild.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import org.netzbild.app.Accounts;
import org.netzbild.app.Workspace;
import org.netzbild.app.WorkspaceAddress;
import org.netzbild.app.WorkspaceGate;
import org.netzbild.security.Purpose;
import org.netzbild.security.Role;
import org.netzbild.app.WorkspaceSettings;
import org.netzbild.security.AnalystSession;

/**
 * A new workspace for a test in the time it takes to copy 10 MB: a workspace is created, migrated
 * and given its reference data once per test JVM, closed, and then copied for each test that asks.
 * Creating one anew costs the schema migration and the reference data load each time (seconds on
 * this machine kind), which is not what the tests that use a copy are about. The tests of a
 * first open (the contract tests, {@code CommandLineTest.infoOnAnEmptyFolderCreatesAMigratedWorkspace})
 * still open empty folders.
 *
 * <p>The copy holds the template's audit entries (the migration and the reference data, written by
 * the user {@value #USER}), so its audit log is a valid chain that the test's own entries extend.
 * It has one test account per role ({@link #ANALYST}, {@link #EDITOR}, {@link #ADMIN},
 * {@link #DATA_PROTECTION}, all of {@value #AGENCY}, password {@value #PASSWORD}), so that tests of
 * the faces sign in as a restricted user, as a real user would.
 */
public final class TemplateWorkspace {

    /** The user whose entries the copied audit log starts with. */
    public static final String USER = "template.builder";

    /** The password of every test account of the template. */
    public static final String PASSWORD = "vorlage-passwort-2026";
    /** Test accounts, all of {@code pp-essen}: one per role. */
    public static final String ADMIN = "admin.test";
    public static final String ANALYST = "analyst.test";
    public static final String EDITOR = "editor.test";
    public static final String DATA_PROTECTION = "datenschutz.test";
    public static final String AGENCY = "pp-essen";

    private static Path template;

    private TemplateWorkspace() {
    }

    /**
     * A fresh workspace in {@code folder} (absent or empty), opened for the import tests' analyst
     * {@code imp.1} of the Kreispolizeibehörde Unna, who imports in the name of that agency.
     */
    public static Workspace openForImports(Path folder) {
        return Workspace.open(WorkspaceSettings.embedded(copyTo(folder),
                AnalystSession.unrestricted("imp.1", "kpb-unna", new Purpose("AZ Import 1/26", "Test"))));
    }

    /** Fills {@code folder} (absent or empty) with a fresh workspace and returns it. */
    public static synchronized Path copyTo(Path folder) {
        try {
            if (template == null) {
                template = build();
            }
            copyTree(template, folder);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path build() throws IOException {
        Path folder = FastTempDirs.newFolder("netzbild-template-workspace");
        var session = AnalystSession.unrestricted(USER, "pp-essen", new org.netzbild.security.Purpose("Vorlage für Tests", "Test"));
        Workspace.open(WorkspaceSettings.embedded(folder, session)).close();
        addAccounts(folder);
        // Neo4j's own log of the template's start is no part of a new workspace
        deleteTree(folder.resolve("graph").resolve("logs"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                deleteTree(folder);
            } catch (IOException e) {
                // a temp folder left behind is harmless
            }
        }));
        return folder;
    }

    /** The first ADMIN through the first run, the others added by it, as a real workspace gets them. */
    private static void addAccounts(Path folder) {
        try (var gate = WorkspaceGate.open(WorkspaceAddress.embedded(folder))) {
            gate.createFirstAdmin(ADMIN, AGENCY, PASSWORD.toCharArray());
            var admin = gate.signIn(ADMIN, PASSWORD.toCharArray());
            try (var workspace = gate.enter(admin, new Purpose("IT-Vorlage", "Testkonten anlegen"))) {
                var accounts = new Accounts(workspace);
                accounts.add(ANALYST, AGENCY, Set.of(Role.ANALYST), PASSWORD.toCharArray());
                accounts.add(EDITOR, AGENCY, Set.of(Role.EDITOR), PASSWORD.toCharArray());
                accounts.add(DATA_PROTECTION, AGENCY, Set.of(Role.DATA_PROTECTION), PASSWORD.toCharArray());
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
