package org.netzbild.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.app.I18n;
import org.netzbild.testsupport.TemplateWorkspace;

/**
 * {@code backup} and {@code restore} as an admin's script runs them: a closed workspace backed up
 * sealed, a wrong password and a non-ADMIN refused with their messages and exit codes (and the
 * refused restore's folder removed), the restore by an ADMIN, and {@code audit verify} after it.
 */
class BackupCommandLineTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void english() {
        I18n.use(I18n.ENGLISH);
    }

    @AfterEach
    void german() {
        I18n.use(I18n.GERMAN);
    }

    private int run(String backupPassword, String account, String... args) {
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--as", account, "--case", "-", "--purpose", "Datensicherung"));
        return NetzbildCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                Map.of("NETZBILD_ACCOUNT_PASSWORD", TemplateWorkspace.PASSWORD, "NETZBILD_BACKUP_PASSWORD", backupPassword),
                all.toArray(String[]::new));
    }

    @Test
    void anAdminBacksUpAndRestoresAndAWrongPasswordAndAnAnalystAreRefused() {
        Path workspace = TemplateWorkspace.copyTo(folder.resolve("akte"));
        Path file = folder.resolve("akte.nbbackup");
        Path restored = folder.resolve("wieder");

        assertThat(run("lange Passphrase 2026", TemplateWorkspace.ADMIN, "backup", "--out", file.toString(), "--encrypt",
                "--store", workspace.toString())).isZero();
        assertThat(out.toString()).contains("Backed up to " + file).contains("encrypted with a password");

        assertThat(run("falsch", TemplateWorkspace.ADMIN, "restore", file.toString(), "--store", restored.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("The password does not open the backup").contains("Nothing was restored");
        assertThat(restored).doesNotExist();

        assertThat(run("lange Passphrase 2026", TemplateWorkspace.ANALYST, "restore", file.toString(),
                "--store", restored.toString())).isEqualTo(4);
        assertThat(err.toString()).contains("was removed again: only an ADMIN");
        assertThat(restored).doesNotExist();

        assertThat(run("lange Passphrase 2026", TemplateWorkspace.ADMIN, "restore", file.toString(),
                "--store", restored.toString())).isZero();
        assertThat(out.toString()).contains("is restored");
        assertThat(NetzbildCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), Map.of(),
                "audit", "verify", "--store", restored.toString())).isZero();
    }
}
