package org.netzbild.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.netzbild.audit.AuditEvent;
import org.netzbild.audit.AuditedIds;
import org.netzbild.audit.Operation;
import org.netzbild.audit.Outcome;
import org.netzbild.backup.BackupDamagedException;
import org.netzbild.backup.BackupFile;
import org.netzbild.backup.BackupHeader;
import org.netzbild.backup.BackupPasswordException;
import org.netzbild.backup.BackupVersionException;
import org.netzbild.schema.Migrations;
import org.netzbild.security.Permission;
import org.netzbild.store.AuditedGraphStore;
import org.netzbild.store.StoreFiles;

/**
 * A whole embedded workspace (store, audit log, charts, settings; the accounts live in the store)
 * into one file and back, for an ADMIN, audited (ADR 0035). An open workspace is backed up while
 * its database is shut for the copy: Neo4j Community has no online backup, and a database closed
 * cleanly is the one state whose files are consistent without its recovery. The workspace's lock
 * stays held meanwhile, so no other process opens it; the session's other work waits or fails with
 * the store's usual message. The application log ({@code logs/}) stays behind: it is this
 * machine's, not the workspace's record.
 */
public final class Backups {

    /** The shortest password a backup is sealed with: as for accounts, whose hashes the backup holds. */
    public static final int MINIMUM_PASSWORD_LENGTH = Accounts.MINIMUM_PASSWORD_LENGTH;

    private final Workspace workspace;

    public Backups(Workspace workspace) {
        this.workspace = workspace;
    }

    /** What a backup wrote. */
    public record Made(Path file, long bytes, int files, boolean sealed) {
    }

    /** What a restore unpacked, from the backup's header. */
    public record Restored(Path folder, Instant created, String createdBy, boolean sealed) {
    }

    /**
     * Writes the workspace into {@code file}, sealed with {@code password} unless it is null or
     * empty. The audit log records the intent before and the outcome after; the backup holds the
     * log up to the intent, so a restored workspace shows when it was backed up and by whom.
     */
    public Made backup(Path file, char[] password) {
        workspace.require(Permission.BACKUP, Operation.DISCLOSE, "backupWorkspace");
        if (!workspace.settings().isEmbedded()) {
            throw UserFacingException.badArgument("backup.needsEmbedded");
        }
        Path folder = workspace.settings().folder();
        Path target = file.toAbsolutePath().normalize();
        if (target.startsWith(folder)) {
            throw UserFacingException.badArgument("backup.insideWorkspace", target, folder);
        }
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw UserFacingException.badArgument("backup.noFolder", target.getParent());
        }
        boolean sealed = password != null && password.length > 0;
        if (sealed && password.length < MINIMUM_PASSWORD_LENGTH) {
            throw UserFacingException.badArgument("backup.passwordTooShort", MINIMUM_PASSWORD_LENGTH);
        }
        var session = workspace.session();
        var intended = new AuditEvent(Instant.now(), AuditedGraphStore.actorOf(session), Operation.DISCLOSE,
                "backupWorkspace", "to " + target + (sealed ? ", sealed with a password" : ", not sealed"),
                AuditedIds.none(), Outcome.INTENDED);
        workspace.audit().append(intended);
        var header = new BackupHeader(BackupHeader.FORMAT, Migrations.latestVersion(), Instant.now(), session.user(),
                folder.getFileName() == null ? "" : folder.getFileName().toString(), sealed);
        int[] files = new int[1];
        try {
            workspace.reopenAfter(() -> {
                try {
                    List<BackupFile.Entry> entries = entries(folder);
                    files[0] = entries.size();
                    BackupFile.write(target, header, sealed ? password : null, entries);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (RuntimeException e) {
            workspace.audit().append(intended.failed());
            if (e instanceof UncheckedIOException io) {
                throw new UserFacingException("backup.writeFailed", target, io.getCause().getMessage());
            }
            throw e;
        }
        long bytes = size(target);
        workspace.audit().append(new AuditEvent(Instant.now(), AuditedGraphStore.actorOf(session), Operation.DISCLOSE,
                "backupWorkspace", "to " + target + ", " + files[0] + " files, " + bytes + " bytes"
                + (sealed ? ", sealed with a password" : ", not sealed"), AuditedIds.none(), Outcome.DONE));
        return new Made(target, bytes, files[0], sealed);
    }

    /**
     * Unpacks {@code file} into {@code target}, which must not exist or be empty; nothing is left
     * there when it fails. The restored workspace is opened afterwards like any other, and the
     * restore goes on its audit log by {@link #recordRestore} in the name of one of its ADMINs.
     */
    public static Restored restore(Path file, char[] password, Path target) {
        Path folder = target.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw UserFacingException.badArgument("backup.noFile", file);
        }
        if (Files.exists(folder) && !isEmptyFolder(folder)) {
            throw UserFacingException.badArgument("backup.targetNotEmpty", folder);
        }
        boolean created = !Files.exists(folder);
        try {
            Files.createDirectories(folder);
            BackupHeader header = BackupFile.unpack(file, password, folder, Migrations.latestVersion());
            return new Restored(folder, header.created(), header.createdBy(), header.sealed());
        } catch (IOException | RuntimeException e) {
            clear(folder, created);
            throw translated(e, file);
        }
    }

    /** Whether {@code file} is sealed with a password: the header alone, read before asking for one. */
    public static boolean isSealed(Path file) {
        try {
            return BackupFile.header(file).sealed();
        } catch (IOException e) {
            throw translated(e, file);
        }
    }

    /**
     * Puts the restore on the restored workspace's audit log, for one of its ADMINs; anyone else is
     * refused (logged), and the caller removes the restored folder again.
     */
    public static void recordRestore(Workspace restored, Path file, Restored what) {
        restored.require(Permission.BACKUP, Operation.CREATE, "restoreWorkspace");
        restored.audit().append(new AuditEvent(Instant.now(), AuditedGraphStore.actorOf(restored.session()),
                Operation.CREATE, "restoreWorkspace", "from " + file.toAbsolutePath() + ", made "
                + what.created() + " by " + what.createdBy(), AuditedIds.none(), Outcome.DONE));
    }

    /** Removes a restored folder again (after a refusal); only what a restore put there. */
    public static void discard(Restored restored) {
        clear(restored.folder(), true);
    }

    /** The workspace's files, as the backup names them; while no process has the store open. */
    private static List<BackupFile.Entry> entries(Path folder) throws IOException {
        var entries = new ArrayList<BackupFile.Entry>();
        var store = StoreFiles.of(folder);
        try (Stream<Path> top = Files.list(folder)) {
            for (Path entry : top.sorted().toList()) {
                String name = entry.getFileName().toString();
                boolean otherStore = StoreFiles.isStoreEntry(name) && !store.contains(entry);
                if (name.equals("logs") || name.startsWith(".") || otherStore) {
                    continue;
                }
                addTree(folder, entry, entries);
            }
        }
        return entries;
    }

    private static void addTree(Path folder, Path start, List<BackupFile.Entry> entries) throws IOException {
        Path audit = WorkspaceSettings.auditFile(folder);
        try (Stream<Path> files = Files.walk(start)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                // the audit log's lock and reserve are this process's; a restore lays out its own
                if (file.getParent().equals(audit.getParent()) && (name.endsWith(".lock") || name.endsWith(".reserve"))) {
                    continue;
                }
                String relative = folder.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                entries.add(new BackupFile.Entry(relative, file, file.equals(audit)));
            }
        }
    }

    private static RuntimeException translated(Exception e, Path file) {
        return switch (e) {
            case BackupPasswordException p -> UserFacingException.badArgument(
                    p.given() ? "backup.wrongPassword" : "backup.passwordNeeded", file);
            case BackupVersionException v -> UserFacingException.badArgument("backup.newerRelease", file, v.found(),
                    v.known());
            case BackupDamagedException d -> UserFacingException.badArgument("backup.damaged", file, d.getMessage());
            case IOException io -> new UserFacingException("backup.readFailed", file, io.toString());
            case RuntimeException r -> r;
            default -> new IllegalStateException(e);
        };
    }

    private static boolean isEmptyFolder(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void clear(Path folder, boolean removeFolder) {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                if (removeFolder || !path.equals(folder)) {
                    Files.deleteIfExists(path);
                }
            }
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(Backups.class).warn("could not clear {}: {}", folder, e.toString());
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
