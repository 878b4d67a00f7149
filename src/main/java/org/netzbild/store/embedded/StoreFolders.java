package org.netzbild.store.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.regex.Pattern;
import org.netzbild.store.StoreFolderException;

/**
 * Which folder of a workspace holds its embedded database. At first {@code graph}; after a bulk
 * load ({@link BulkLoad}) the folder the load built, named in the pointer file {@code graph.current}.
 * Replacing that file by an atomic rename is the one step that switches stores, so a process killed
 * at any moment leaves either the old store or the new, complete one. Folders of a bulk load that
 * never got that far (and the store it replaced) are deleted when the workspace is next opened.
 */
public final class StoreFolders {

    static final String POINTER = "graph.current";
    /** Held by a running bulk load, so that another process opening the workspace leaves its folders alone. */
    static final String LOCK = "graph.bulk.lock";
    /** Written into a bulk load's folder once it is the store. */
    static final String IN_USE = "netzbild-store-in-use";
    private static final String FIRST = "graph";
    /** Folders a bulk load creates: the database and its importer input. Only these are ever deleted. */
    private static final Pattern BULK = Pattern.compile("graph\\.bulk-[0-9a-f]{12}(\\.input)?");

    private StoreFolders() {
    }

    /** The database folder of the workspace, after clearing away what an earlier bulk load left. */
    public static Path graph(Path workspace) {
        Path current = current(workspace);
        if (Files.isDirectory(workspace) && hasLeftovers(workspace, current)) {
            clearLeftovers(workspace);
        }
        return current(workspace);
    }

    /** Whether the workspace folder holds an embedded database (a server's client folder does not). */
    public static boolean holdsStore(Path workspace) {
        try {
            return Files.isDirectory(current(workspace));
        } catch (StoreFolderException switchedInWithoutItsPointer) {
            return true; // a store all the same: opening it names the problem
        }
    }

    /** The database folder the pointer names, without touching anything. */
    static Path current(Path workspace) {
        Path pointer = workspace.resolve(POINTER);
        try {
            if (!Files.exists(pointer)) {
                // a store switched in by a bulk load says so: without its pointer it must not pass for a leftover
                try (var entries = Files.list(workspace)) {
                    var orphan = entries.filter(e -> BULK.matcher(e.getFileName().toString()).matches()
                            && Files.exists(e.resolve(IN_USE))).findFirst();
                    if (orphan.isPresent()) {
                        throw new StoreFolderException(pointer, null, orphan.get().getFileName().toString());
                    }
                } catch (java.nio.file.NoSuchFileException e) {
                    // no workspace yet
                }
                return workspace.resolve(FIRST);
            }
            String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            if (!BULK.matcher(name).matches() || name.endsWith(".input") || !Files.isDirectory(workspace.resolve(name))) {
                throw new StoreFolderException(pointer, name, null);
            }
            return workspace.resolve(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh folder name for a bulk load's database beside the current one. */
    static Path newBulkFolder(Path workspace) {
        String suffix = java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return workspace.resolve("graph.bulk-" + suffix);
    }

    /** Makes {@code folder} the workspace's database: one atomic rename of the pointer file. */
    static void switchTo(Path workspace, Path folder) {
        Path pointer = workspace.resolve(POINTER);
        Path next = workspace.resolve(POINTER + ".next");
        try {
            try (FileChannel channel = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(StandardCharsets.UTF_8.encode(folder.getFileName().toString() + "\n"));
                channel.force(true);
            }
            Files.move(next, pointer, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceDirectory(workspace);
            // after the switch, never before: a folder marked so is a store, not a leftover, even if the pointer is lost
            Files.writeString(folder.resolve(IN_USE), "Netzbild store of " + workspace + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes bulk-load folders other than the current store (a load that never switched, or the
     * store a later load replaced); a failure is left for next time. A folder called {@code graph}
     * beside a pointer is left alone: it may be a backup someone put back.
     */
    static void clearLeftovers(Path workspace) {
        // a bulk load running in another process holds the lock: its folders are not leftovers
        try (FileChannel lockFile = FileChannel.open(workspace.resolve(LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             var lock = tryLock(lockFile)) {
            if (lock == null) {
                return;
            }
            Path current = current(workspace); // read again under the lock: a switch may just have happened
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(workspace)) {
                for (Path entry : entries) {
                    if (BULK.matcher(entry.getFileName().toString()).matches() && !entry.equals(current)
                            && Files.isDirectory(entry)) {
                        deleteTree(entry);
                    }
                }
            }
            Files.deleteIfExists(workspace.resolve(POINTER + ".next"));
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(StoreFolders.class).warn("could not clear {}: {}", workspace, e.toString());
        }
    }

    private static boolean hasLeftovers(Path workspace, Path current) {
        try (var entries = Files.list(workspace)) {
            return entries.anyMatch(e -> !e.equals(current) && BULK.matcher(e.getFileName().toString()).matches());
        } catch (IOException e) {
            return false;
        }
    }

    /** The workspace's bulk-load lock, or {@code null} when another bulk load (in any process) holds it. */
    static java.nio.channels.FileLock tryLock(FileChannel lockFile) throws IOException {
        try {
            return lockFile.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return null;
        }
    }

    static void deleteTree(Path folder) throws IOException {
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void forceDirectory(Path directory) {
        // makes the rename durable; not every file system lets a directory be opened for this
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(StoreFolders.class).debug("no fsync of {}: {}", directory, e.toString());
        }
    }
}
