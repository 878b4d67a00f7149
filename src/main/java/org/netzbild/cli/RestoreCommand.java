package org.netzbild.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import org.netzbild.app.Backups;
import org.netzbild.app.I18n;
import org.netzbild.app.UserFacingException;
import org.netzbild.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * A backup into a new workspace folder ({@code --store}, empty or not there yet): unpacked, then
 * opened and signed into as one of the restored workspace's ADMINs (its accounts came with it),
 * who is put on its audit log as having restored it. Anyone else is refused and the folder removed.
 * A sealed backup's password comes from {@code NETZBILD_BACKUP_PASSWORD} or a prompt.
 */
@Command(name = "restore", mixinStandardHelpOptions = true, description = "${bundle:command.restore}")
final class RestoreCommand extends StoreCommand {

    @Parameters(paramLabel = "FILE", descriptionKey = "param.backupFile")
    Path file;

    private Backups.Restored restored;
    private boolean recorded;

    @Override
    Integer withoutStore(PrintWriter out) {
        char[] password = Backups.isSealed(file) ? password() : null;
        try {
            restored = Backups.restore(file, password, storeOptions.folder());
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
        out.println(I18n.text("backup.unpacked", file, restored.folder(), restored.created(), restored.createdBy()));
        return null;
    }

    @Override
    int run(Workspace workspace, PrintWriter out) {
        Backups.recordRestore(workspace, file, restored);
        recorded = true;
        out.println(I18n.text("backup.restored", restored.folder()));
        return 0;
    }

    @Override
    int afterClose(int code, PrintWriter err) {
        if (restored != null && !recorded) {
            // nobody the restored workspace knows as its ADMIN vouched for it: it does not stay
            Backups.discard(restored);
            err.println(I18n.text("backup.restoreUndone", restored.folder()));
        }
        return code;
    }

    private char[] password() {
        char[] password = environment().secret(BackupCommand.PASSWORD_VARIABLE, I18n.text("backup.prompt", file));
        if (password == null || password.length == 0) {
            throw UserFacingException.badArgument("backup.passwordNeeded", file);
        }
        return password;
    }
}
