package org.netzbild.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.netzbild.app.AuditCheck;
import org.netzbild.app.ErrorMessages;
import org.netzbild.app.I18n;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The audit log: {@code audit verify} walks its hash chain. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "${bundle:command.audit}", subcommands = AuditCommand.Verify.class)
final class AuditCommand {

    @Command(name = "verify", mixinStandardHelpOptions = true, description = "${bundle:command.auditVerify}")
    static final class Verify implements Callable<Integer> {

        @Option(names = "--store", paramLabel = "DIR", descriptionKey = "option.store")
        Path store;

        @Option(names = "--file", paramLabel = "FILE", descriptionKey = "option.auditFile")
        Path file;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Path folder = StoreOptions.workspaceFolder(store);
            Path target = file != null ? file : folder.resolve("audit").resolve("audit.log");
            try {
                AuditCheck.Report result = AuditCheck.verify(target);
                if (result.intact()) {
                    out.println(I18n.text("audit.intact", result.entries(), target));
                    return 0;
                }
                // an entry too damaged to read has no number to name
                out.println(result.firstBadSeq() < 0
                        ? I18n.text("audit.broken.unnumbered", target, result.firstBadLine(), result.problem())
                        : I18n.text("audit.broken", target, result.firstBadLine(), result.firstBadSeq(), result.problem()));
                return 6;
            } catch (RuntimeException e) {
                spec.commandLine().getErr().println(ErrorMessages.describe(e));
                return ErrorMessages.exitCode(e);
            }
        }
    }
}
