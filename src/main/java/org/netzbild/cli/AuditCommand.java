package org.netzbild.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.netzbild.app.AuditCheck;
import org.netzbild.app.Workspace;
import org.netzbild.app.I18n;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The audit log: {@code audit verify} walks its hash chain, or the server's trail's ({@code --uri}). */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "${bundle:command.audit}", subcommands = AuditCommand.Verify.class)
final class AuditCommand {

    /**
     * Walks the hash chain of the workspace's audit file; with {@code --uri}, that of the server's
     * trail, which holds every client's entries (signed in as a DATA_PROTECTION user, with a purpose).
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
            return report(AuditCheck.verify(target), target.toString(), out);
        }

        @Override
        int run(Workspace workspace, PrintWriter out) {
            return report(AuditCheck.verifyServer(workspace), storeOptions.uri.toString(), out);
        }

        private static int report(AuditCheck.Report result, String where, PrintWriter out) {
            if (result.intact()) {
                out.println(I18n.text("audit.intact", result.entries(), where));
                return 0;
            }
            // an entry too damaged to read has no number to name
            out.println(result.firstBadSeq() < 0
                    ? I18n.text("audit.broken.unnumbered", where, result.firstBadLine(), result.problem())
                    : I18n.text("audit.broken", where, result.firstBadLine(), result.firstBadSeq(), result.problem()));
            return 6;
        }
    }
}
