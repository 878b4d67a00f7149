package org.netzbild.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.netzbild.app.Workspace;
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
 */
public final class TemplateWorkspace {

    /** The user whose entries the copied audit log starts with. */
    public static final String USER = "template.builder";

    private static Path template;

    private TemplateWorkspace() {
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
        Path folder = Files.createTempDirectory("netzbild-template-workspace");
        var session = AnalystSession.unrestricted(USER, "Netzbild", "Vorlage für Tests");
        Workspace.open(WorkspaceSettings.embedded(folder, session)).close();
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
