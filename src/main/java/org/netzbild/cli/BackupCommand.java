package org.netzbild.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import org.netzbild.app.Backups;
import org.netzbild.app.I18n;
import org.netzbild.app.UserFacingException;
import org.netzbild.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The whole workspace into one file, for an ADMIN (ADR 0035); {@code --encrypt} seals it with a
 * password from {@code NETZBILD_BACKUP_PASSWORD} or typed twice at a prompt, never an argument.
 */
@Command(name = "backup", mixinStandardHelpOptions = true, description = "${bundle:command.backup}")
final class BackupCommand extends StoreCommand {

    static final String PASSWORD_VARIABLE = "NETZBILD_BACKUP_PASSWORD";

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "option.backupOut")
    Path file;

    @Option(names = "--encrypt", descriptionKey = "option.backupEncrypt")
    boolean encrypt;

    @Override
    int run(Workspace workspace, PrintWriter out) {
        char[] password = encrypt ? newPassword(environment()) : null;
        try {
            var made = new Backups(workspace).backup(file, password);
            out.println(I18n.text(made.sealed() ? "backup.doneSealed" : "backup.done", made.file(), made.files(),
                    made.bytes() / 1_048_576.0));
            return 0;
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    private static char[] newPassword(Environment environment) {
        if (environment.get(PASSWORD_VARIABLE) != null) {
            return environment.get(PASSWORD_VARIABLE).toCharArray();
        }
        char[] first = environment.secret(PASSWORD_VARIABLE, I18n.text("backup.promptNew"));
        if (first == null || first.length == 0) {
            throw UserFacingException.badArgument("backup.passwordMissing", PASSWORD_VARIABLE);
        }
        char[] again = environment.secret(PASSWORD_VARIABLE, I18n.text("backup.promptAgain"));
        if (again == null || !Arrays.equals(first, again)) {
            Arrays.fill(first, '\0');
            throw UserFacingException.badArgument("accounts.passwordsDiffer");
        }
        Arrays.fill(again, '\0');
        return first;
    }
}
