package org.netzbild.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.netzbild.app.Imports;
import org.netzbild.app.Workspace;
import org.netzbild.model.ImportRecord;
import org.netzbild.model.StoreStatistics;

/**
 * One import workspace ({@link TemplateWorkspace#openForImports}) for all tests of a class, each
 * test starting from the store as copied. A fresh copy per test started a new embedded database
 * each time, whose empty query cache made every statement of an open and an import compile again:
 * two thirds of such a class's CPU.
 *
 * <p>After each test its imports are undone, newest first, by the product's own undo
 * ({@link Imports#undo}); the store must then hold what it held when it was copied (the same counts
 * by entity and link type, no import listed). A test that leaves anything behind, or an undo that
 * leaves a record, fails there instead of misleading the next test. Suits tests that write only
 * through imports; a test that needs an empty folder, a closed store or a second open keeps a
 * workspace of its own.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ImportWorkspacePerClass SHARED = new ImportWorkspacePerClass();
 * }</pre>
 */
public final class ImportWorkspacePerClass implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private Path folder;
    private Workspace workspace;
    private Imports imports;
    private StoreStatistics asCopied;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = FastTempDirs.newFolder("netzbild-import-workspace");
        workspace = TemplateWorkspace.openForImports(folder.resolve("workspace"));
        imports = new Imports(workspace);
        asCopied = workspace.store().statistics();
    }

    /** The class's workspace, open. */
    public Workspace workspace() {
        return workspace;
    }

    /** The import service on {@link #workspace()}. */
    public Imports imports() {
        return imports;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        var newestFirst = imports.list().stream()
                .sorted(Comparator.comparing(ImportRecord::startedAt).reversed()).toList();
        for (ImportRecord left : newestFirst) {
            imports.undo(left.id(), false);
        }
        assertThat(imports.list()).as("imports listed after the test's imports were undone").isEmpty();
        assertThat(workspace.store().statistics()).as("the store after the test's imports were undone")
                .isEqualTo(asCopied);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            workspace.close();
        } finally {
            deleteFolder();
        }
    }

    private void deleteFolder() {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the class's workspace " + folder, e);
        }
    }
}
