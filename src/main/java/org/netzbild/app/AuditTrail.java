package org.netzbild.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.netzbild.audit.AuditCsv;
import org.netzbild.audit.AuditEvent;
import org.netzbild.audit.AuditFilter;
import org.netzbild.audit.AuditLogReader;
import org.netzbild.audit.AuditedIds;
import org.netzbild.audit.FileAuditLog;
import org.netzbild.audit.Operation;
import org.netzbild.audit.Outcome;
import org.netzbild.security.Permission;
import org.netzbild.store.AuditedGraphStore;

/**
 * The audit log as a data-protection officer uses it (role DATA_PROTECTION): find entries by user,
 * case, purpose, time, operation, outcome and record id, export them to CSV, and prune what the
 * retention no longer allows to keep. Reading the log is itself processing of personal data and is
 * logged like every other read ({@link Operation#AUDIT_READ}, the filter as criteria), before the
 * result is released. The desktop's audit window and {@code netzbild audit show|export|prune} both
 * come here. In remote mode this is the log of this client's folder.
 */
public final class AuditTrail {

    /** At most this many entries are handed to a table; the count of all that match is given beside. */
    public static final int SHOWN = 5_000;

    /**
     * What a search of the log found, and whether the log's hash chain holds.
     *
     * @param matched    how many entries match in all (more than shown when cut at the limit)
     * @param unreadable lines that could not be read as entries (a damaged log)
     */
    public record Findings(List<AuditLine> entries, long matched, long unreadable, AuditCheck.Report verification) {
    }

    /** What a prune deleted: how many entries, up to which number (0 when none). */
    public record Pruned(long entries, long prunedUpTo) {
    }

    /** What an export wrote, and whether the log's hash chain holds. */
    public record Exported(Path file, long entries, AuditCheck.Report verification) {
    }

    private final Workspace workspace;

    public AuditTrail(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * The first {@code limit} entries that answer {@code query} (days in {@code zone}), oldest first;
     * refused without READ_AUDIT.
     */
    public Findings find(AuditQuery query, ZoneId zone, int limit) {
        workspace.require(Permission.READ_AUDIT, Operation.AUDIT_READ, "auditRead");
        AuditFilter filter = query.filter(zone);
        AuditCheck.Report verification = AuditCheck.verify(workspace.auditFile());
        var found = AuditLogReader.read(workspace.auditFile(), filter, limit);
        logRead("auditRead", filter.describe() + ", " + found.matched() + " entries", filter);
        return new Findings(found.entries().stream().map(AuditLine::of).toList(), found.matched(), found.unreadable(),
                verification);
    }

    /**
     * Writes every entry that answers {@code query} (days and times in {@code zone}) to {@code csv} ({@link AuditCsv}: UTF-8 with BOM,
     * semicolons, formula-safe cells). The file appears only after the export is on the log.
     */
    public Exported export(AuditQuery query, Path csv, ZoneId zone) {
        workspace.require(Permission.READ_AUDIT, Operation.AUDIT_READ, "auditExport");
        AuditFilter filter = query.filter(zone);
        AuditCheck.Report verification = AuditCheck.verify(workspace.auditFile());
        Path target = csv.toAbsolutePath().normalize();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        long written;
        try {
            written = writeCsv(filter, partial, zone);
            logRead("auditExport", filter.describe() + ", " + written + " entries to " + target, filter);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            removeUnfinished(partial);
            throw new UserFacingException("error.exportFile", target, e.getMessage());
        } catch (RuntimeException e) {
            removeUnfinished(partial);
            throw e;
        }
        return new Exported(target, written, verification);
    }

    /**
     * Removes the entries the workspace's {@link AuditRetention} no longer keeps, leaving an anchor
     * so that {@code audit verify} still proves the rest (ADR 0021). Refused without READ_AUDIT, and
     * refused for a log whose chain is broken.
     */
    public Pruned prune(LocalDate today, ZoneId zone) {
        workspace.require(Permission.READ_AUDIT, Operation.DELETE, "pruneAudit");
        if (!(workspace.audit() instanceof FileAuditLog log)) {
            throw new IllegalStateException("the workspace's audit log is no file: " + workspace.audit());
        }
        Instant keepsFrom = workspace.settings().auditRetention().keepsFrom(today, zone);
        var pruned = log.prune(keepsFrom, AuditedGraphStore.actorOf(workspace.session()));
        return new Pruned(pruned.entries(), pruned.prunedUpTo());
    }

    /** The retention the workspace configures. */
    public AuditRetention retention() {
        return workspace.settings().auditRetention();
    }

    private long writeCsv(AuditFilter filter, Path file, ZoneId zone) throws IOException {
        long[] written = {0};
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            var csv = new AuditCsv(out, zone);
            csv.header();
            AuditLogReader.forEach(workspace.auditFile(), filter, entry -> {
                try {
                    csv.entry(entry);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                written[0]++;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return written[0];
    }

    /** The read of the log on the log, with the record asked about as its id, before anything is released. */
    private void logRead(String action, String criteria, AuditFilter filter) {
        workspace.audit().append(new AuditEvent(Instant.now(), AuditedGraphStore.actorOf(workspace.session()),
                Operation.AUDIT_READ, action, criteria,
                filter.recordId() == null ? AuditedIds.none() : AuditedIds.of(List.of(filter.recordId())), Outcome.DONE));
    }

    private static void removeUnfinished(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the unfinished export " + file, e);
        }
    }
}
