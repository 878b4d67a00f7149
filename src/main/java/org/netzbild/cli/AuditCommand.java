package org.netzbild.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.netzbild.app.AuditCheck;
import org.netzbild.app.AuditTrail;
import org.netzbild.app.I18n;
import org.netzbild.app.Workspace;
import org.netzbild.app.AuditLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The audit log: {@code audit verify} walks its hash chain (no sign-in: it reads no entry's content
 * out; with {@code --uri} the server's trail, signed in); {@code audit show}, {@code audit export} and {@code audit prune} are for a signed-in
 * DATA_PROTECTION account and are themselves audited.
 */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "${bundle:command.audit}",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Show.class, AuditCommand.Export.class,
                AuditCommand.Prune.class})
final class AuditCommand {

    /** Exit code of a log whose chain is broken (README's table). */
    static final int ALTERED = 6;

    /**
     * Walks the hash chain of the workspace's audit file (no sign-in: it reads no entry's content
     * out); with {@code --uri}, that of the server's trail, which holds every client's entries
     * (signed in as a DATA_PROTECTION user, with a purpose; ADR 0023).
     */
    @Command(name = "verify", mixinStandardHelpOptions = true, description = "${bundle:command.auditVerify}")
    static final class Verify extends StoreCommand {

        @Option(names = "--file", paramLabel = "FILE", descriptionKey = "option.auditFile")
        Path file;

        @Override
        Integer withoutStore(PrintWriter out) {
            if (storeOptions.uri != null) {
                return null;
            }
            Path target = file != null ? file : storeOptions.folder().resolve("audit").resolve("audit.log");
            AuditCheck.Report result = AuditCheck.verify(target);
            out.println(describe(result, target));
            return result.intact() ? 0 : ALTERED;
        }

        @Override
        int run(Workspace workspace, PrintWriter out) {
            AuditCheck.Report result = AuditCheck.verifyServer(workspace);
            out.println(describe(result, storeOptions.uri));
            return result.intact() ? 0 : ALTERED;
        }
    }

    /** Prints the entries that pass the filters as a table, oldest first, with the chain's state. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "${bundle:command.auditShow}")
    static final class Show extends StoreCommand {

        @Mixin
        AuditFilterOptions filters;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "200", descriptionKey = "option.auditLimit")
        int limit;

        @Override
        int run(Workspace workspace, PrintWriter out) {
            var findings = new AuditTrail(workspace).find(filters.query(), ZoneId.systemDefault(), Math.max(1, limit));
            var time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
            out.printf("%7s  %-19s  %-18s  %-14s  %-18s  %-11s  %-16s  %-8s  %s%n", "Nr.", I18n.text("audit.column.time"),
                    I18n.text("audit.column.user"), I18n.text("audit.column.agency"), I18n.text("audit.column.case"),
                    I18n.text("audit.column.operation"), I18n.text("audit.column.action"),
                    I18n.text("audit.column.outcome"), I18n.text("audit.column.criteria"));
            for (AuditLine e : findings.entries()) {
                out.printf("%7d  %-19s  %-18s  %-14s  %-18s  %-11s  %-16s  %-8s  %s%s%n", e.seq(), time.format(e.time()),
                        e.user(), e.agency(), e.caseReference(), e.operation(), e.action(), e.outcome(), e.criteria(),
                        e.count() == 0 ? "" : " [" + e.count() + " ids]");
            }
            out.println(I18n.text("audit.shown", findings.entries().size(), findings.matched()));
            out.println(describe(findings.verification(), workspace.auditFile()));
            return findings.verification().intact() ? 0 : ALTERED;
        }
    }

    /** Writes the entries that pass the filters to a CSV file for German Excel (see {@code AuditCsv}). */
    @Command(name = "export", mixinStandardHelpOptions = true, description = "${bundle:command.auditExport}")
    static final class Export extends StoreCommand {

        @Mixin
        AuditFilterOptions filters;

        @Option(names = "--out", paramLabel = "FILE.csv", required = true, descriptionKey = "option.auditOut")
        Path csv;

        @Override
        int run(Workspace workspace, PrintWriter out) {
            var exported = new AuditTrail(workspace).export(filters.query(), csv, ZoneId.systemDefault());
            out.println(I18n.text("audit.exported", exported.entries(), exported.file()));
            out.println(describe(exported.verification(), workspace.auditFile()));
            return exported.verification().intact() ? 0 : ALTERED;
        }
    }

    /** Removes the entries the retention no longer keeps (§ 76 (4) BDSG), leaving an anchor (ADR 0021). */
    @Command(name = "prune", mixinStandardHelpOptions = true, description = "${bundle:command.auditPrune}")
    static final class Prune extends StoreCommand {

        @Override
        int run(Workspace workspace, PrintWriter out) {
            var trail = new AuditTrail(workspace);
            var pruned = trail.prune(LocalDate.now(), ZoneId.systemDefault());
            out.println(pruned.entries() == 0
                    ? I18n.text("audit.prunedNothing", trail.retention().years())
                    : I18n.text("audit.pruned", pruned.entries(), pruned.prunedUpTo(), trail.retention().years()));
            return 0;
        }
    }

    static String describe(AuditCheck.Report result, Object file) {
        if (result.intact()) {
            return I18n.text("audit.intact", result.entries(), file);
        }
        // an entry too damaged to read has no number to name
        return result.firstBadSeq() < 0
                ? I18n.text("audit.broken.unnumbered", file, result.firstBadLine(), result.problem())
                : I18n.text("audit.broken", file, result.firstBadLine(), result.firstBadSeq(), result.problem());
    }
}
