package org.netzbild.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Where the tests' temporary folders go: the machine's shared-memory file system ({@code /dev/shm})
 * when it is there with room to spare, the system's temporary folder otherwise. Every test that
 * opens a store writes a Neo4j database and forces its transaction log to disk at each commit; on
 * a disk the kernel's block-device threads and the waits for them cost the suite CPU and time
 * (measured: four store-heavy classes 102 s → 94 s, a quarter less idle waiting). A test's store
 * lives only as long as the test, and what the tests check about a process that is killed (the
 * kill harness) holds alike in memory and on disk: a killed process's writes are in the kernel's
 * page cache either way. No product code uses this; a workspace of the program goes where its user
 * puts it.
 *
 * <p>Every {@code @TempDir} of the suite comes from here ({@code junit-platform.properties}), and
 * the shared workspaces ({@link TemplateWorkspace}, {@link ImportWorkspacePerClass}) use
 * {@link #newFolder}. {@code -Dnetzbild.test.tmp=/some/folder} names the place instead.
 */
public final class FastTempDirs implements TempDirFactory {

    /** Room the suite's two test JVMs need at most, with margin (stores of a few MiB, Neo4j's preallocated logs). */
    private static final long ROOM = 4L << 30;
    private static final Path ROOT = root();

    @Override
    public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext extension) throws IOException {
        return newFolder("junit");
    }

    /** A new empty folder in the fast place; the caller deletes it. */
    public static Path newFolder(String prefix) throws IOException {
        return ROOT == null ? Files.createTempDirectory(prefix) : Files.createTempDirectory(ROOT, prefix);
    }

    private static Path root() {
        String chosen = System.getProperty("netzbild.test.tmp");
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen);
        }
        Path memory = Path.of("/dev/shm");
        try {
            if (Files.isDirectory(memory) && Files.isWritable(memory)
                    && Files.getFileStore(memory).getUsableSpace() >= ROOM) {
                return memory;
            }
        } catch (IOException e) {
            // no such file system here: the system's temporary folder
        }
        return null;
    }
}
