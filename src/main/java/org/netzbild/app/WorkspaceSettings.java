package org.netzbild.app;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import org.netzbild.security.AnalystSession;
import org.netzbild.store.StoreLocation;

/**
 * What opening a workspace needs: the local folder (audit log, log files, charts; for the
 * embedded store also the database), where the graph lives, and who works for what purpose.
 */
public record WorkspaceSettings(Path folder, StoreLocation location, AnalystSession session) {

    public WorkspaceSettings {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(session, "session");
    }

    /** The default: an embedded database in {@code folder}. */
    public static WorkspaceSettings embedded(Path folder, AnalystSession session) {
        // absolute and normalised once here, so messages name one path and a relative --store works
        Path at = folder.toAbsolutePath().normalize();
        return new WorkspaceSettings(at, new StoreLocation.Embedded(at), session);
    }

    /** A server or cluster; the audit log stays in the local {@code folder}. */
    public static WorkspaceSettings remote(Path folder, URI uri, String user, char[] password, String database,
                                           AnalystSession session) {
        return new WorkspaceSettings(folder, new StoreLocation.Remote(uri, user, password, database), session);
    }

    /**
     * The folder used when none is given: {@code NETZBILD_WORKSPACE}, else the one chosen at the first
     * run ({@link UserPreferences#workspace}), else {@link #suggestedFolder}.
     */
    public static Path defaultFolder() {
        String configured = System.getenv("NETZBILD_WORKSPACE");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return UserPreferences.workspace().orElseGet(WorkspaceSettings::suggestedFolder);
    }

    /** {@code ~/.netzbild/workspace}: what the first run suggests, and the default before one was chosen. */
    public static Path suggestedFolder() {
        return Path.of(System.getProperty("user.home"), ".netzbild", "workspace");
    }

    /**
     * Whether the desktop starts for the first time on this account: no workspace named by the
     * environment or chosen before, and none in the suggested folder; the first run then asks where
     * the workspace goes and whether it gets the demo data.
     */
    public static boolean isFirstRun() {
        String configured = System.getenv("NETZBILD_WORKSPACE");
        return (configured == null || configured.isBlank()) && UserPreferences.workspace().isEmpty()
                && !java.nio.file.Files.exists(auditFile(suggestedFolder()));
    }

    /** Whether a folder is a workspace with its own embedded store (not a server's client folder, not empty). */
    public static boolean holdsEmbeddedStore(Path folder) {
        return org.netzbild.store.StoreFiles.holdsStore(folder);
    }

    public boolean isEmbedded() {
        return location instanceof StoreLocation.Embedded;
    }

    /**
     * How long records may be kept before they are due for review (ADR 0022): the shipped periods
     * ({@code graph-schema/review-periods.properties}) with the keys of the workspace's own
     * {@code review-periods.properties} over them. Read when asked, so that a changed file applies
     * to the next record written.
     */
    public org.netzbild.schema.ReviewPeriods reviewPeriods() {
        return org.netzbild.schema.ReviewPeriods.standardWith(folder.resolve("review-periods.properties"));
    }

    public Path auditFile() {
        return auditFile(folder);
    }

    /**
     * How long the audit log keeps entries: {@code audit.retentionYears} in the folder's
     * {@value AuditRetention#FILE}, else one year after the year of an entry (§ 76 (4) BDSG).
     */
    public AuditRetention auditRetention() {
        return AuditRetention.of(folder);
    }

    /** Where a workspace folder keeps its audit log. */
    public static Path auditFile(Path folder) {
        return folder.resolve("audit").resolve("audit.log");
    }
}
