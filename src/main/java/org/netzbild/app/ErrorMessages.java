package org.netzbild.app;

import org.netzbild.audit.AuditFailureException;
import org.netzbild.audit.AuditLogInUseException;
import org.netzbild.schema.InvalidRecordException;
import org.netzbild.store.DuplicateIdException;
import org.netzbild.store.NotFoundException;
import org.netzbild.store.StoreException;
import org.netzbild.store.StoreUnavailableException;

/** Turns the domain's exceptions into a sentence for the user, in their language; the edge shows it. */
public final class ErrorMessages {

    private ErrorMessages() {
    }

    public static String describe(Throwable error) {
        return switch (error) {
            case UserFacingException e -> I18n.text(e.key(), e.arguments());
            case SignInRefusedException e -> switch (e.reason()) {
                case WRONG_CREDENTIALS -> I18n.text("error.signIn.wrong", e.user());
                case DISABLED -> I18n.text("error.signIn.disabled", e.user());
                case NO_ACCOUNTS -> I18n.text("error.signIn.noAccounts");
            };
            case org.netzbild.security.NotPermittedException e -> I18n.text("error.notPermitted", e.user(),
                    I18n.text("permission." + e.permission().name()));
            case org.netzbild.ingest.ImportRefusedException e -> I18n.text("error.importRefused", e.found(),
                    String.join("\n", e.digest(org.netzbild.ingest.ImportRefusedException.SHOWN_PER_KIND).stream()
                            .map(p -> p.describe(I18n.locale())).toList()));
            case org.netzbild.ingest.ImportCancelledException e -> I18n.text("error.importCancelled");
            case org.netzbild.ingest.ImportInterruptedException e -> I18n.text("error.importInterrupted", e.importId(),
                    describe(e.getCause()), org.netzbild.store.ImportLease.STANDARD.toMinutes());
            case org.netzbild.store.ImportInUseException e -> I18n.text("error.importInUse", e.importId(),
                    String.join(", ", e.dependents().stream()
                            .map(d -> d.isEmpty() ? I18n.text("error.importInUse.byHand") : d).toList()));
            case org.netzbild.store.ImportRunningException e -> I18n.text("error.importRunning", e.importId(),
                    since(e.lastSeen()), org.netzbild.store.ImportLease.STANDARD.toMinutes());
            case org.netzbild.store.ImportGoneException e -> I18n.text("error.importGone", e.importId());
            case NotFoundException e -> I18n.text("error.notFound", e.id());
            case AuditLogInUseException e -> I18n.text("error.auditInUse", e.file(),
                    e.holder().pid() < 0 ? "?" : Long.toString(e.holder().pid()), since(e.holder().since()));
            case DuplicateIdException e -> I18n.text("error.duplicate", e.getMessage());
            case org.netzbild.store.StoreFullException e -> I18n.text("error.storeFull", e.folder());
            case org.netzbild.store.StoreShutdownException e -> I18n.text("error.shutdownTimedOut", e.folder(), e.seconds());
            case org.netzbild.store.ServerUnreachableException e -> I18n.text("error.serverUnreachable", e.server());
            case org.netzbild.store.ServerProtocolException e -> I18n.text("error.serverProtocol", e.server());
            case org.netzbild.store.ServerNotTrustedException e -> I18n.text("error.serverNotTrusted", e.server());
            case org.netzbild.store.UnencryptedServerException e -> I18n.text("error.unencryptedServer", e.server());
            case org.netzbild.store.ServerCertificateException e -> I18n.text("serve.badCertificate", e.file(), e.reason());
            case StoreUnavailableException e -> I18n.text("error.unavailable", e.getMessage());
            case org.netzbild.store.StoreAccessDeniedException e -> I18n.text("error.accessDenied", e.server(), e.user());
            case InvalidRecordException e -> I18n.text("error.invalid", String.join("; ", e.violations().stream()
                    .map(v -> v.recordId() + ": " + v.field() + ": " + v.reason(I18n.locale())).toList()));
            case org.netzbild.audit.AuditLogAlteredException e -> I18n.text("error.auditAltered", e.file(),
                    e.verification().firstBadLine(), I18n.text("audit.problem." + e.verification().problem().name()));
            case org.netzbild.audit.NoRoomForAuditLogException e -> I18n.text("error.auditFull", e.file());
            case org.netzbild.audit.AuditLogReadOnlyException e -> I18n.text("error.auditReadOnly", e.file());
            case AuditFailureException e -> I18n.text("error.audit", e.getMessage());
            case org.netzbild.store.StoreFolderException e -> e.orphan() != null
                    ? I18n.text("error.pointerMissing", e.pointer(), e.orphan())
                    : I18n.text("error.pointerBroken", e.pointer(), e.named());
            case org.netzbild.store.OfflineImporterException e ->
                    I18n.text("error.offlineImporter", e.importerSaid(), e.log());
            case StoreException e -> I18n.text("error.store", e.getMessage());
            case IllegalArgumentException e -> I18n.text("error.argument", e.getMessage());
            default -> I18n.text("error.unexpected", error.getClass().getSimpleName() + ": " + error.getMessage());
        };
    }

    private static String since(java.time.Instant since) {
        return since == null ? "?" : java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM)
                .withLocale(I18n.locale()).withZone(java.time.ZoneId.systemDefault()).format(since);
    }

    /** The command-line exit code for an error: 2 bad input (also a refused import, a missing purpose), 3 not found,
     * 4 store unavailable, the sign-in refused (server or account), an operation the roles do not permit, or the workspace
     * in use by another process, 5 audit, 6 an altered audit log that is not pruned, 7 an import others build on, 1 otherwise. */
    public static int exitCode(Throwable error) {
        return switch (error) {
            case UserFacingException e when e.isBadArgument() -> 2;
            case org.netzbild.ingest.ImportRefusedException e -> 2;
            case org.netzbild.ingest.ImportInterruptedException e -> exitCode(e.getCause());
            case org.netzbild.store.UnencryptedServerException e -> 2;
            case org.netzbild.store.ServerCertificateException e -> 2;
            case org.netzbild.store.ImportInUseException e -> 7;
            case org.netzbild.store.ImportRunningException e -> 7;
            case NotFoundException e -> 3;
            case StoreUnavailableException e -> 4;
            case org.netzbild.store.StoreAccessDeniedException e -> 4;
            case SignInRefusedException e -> 4;
            case org.netzbild.security.NotPermittedException e -> 4;
            case AuditLogInUseException e -> 4;
            case AuditFailureException e -> 5;
            case org.netzbild.audit.AuditLogAlteredException e -> 6;
            case IllegalArgumentException e -> 2;
            default -> 1;
        };
    }
}
