package org.netzbild.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.netzbild.app.Accounts;
import org.netzbild.app.I18n;
import org.netzbild.app.UserFacingException;
import org.netzbild.app.Workspace;
import org.netzbild.app.WorkspaceGate;
import org.netzbild.security.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The workspace's accounts: {@code user add|list|disable|passwd}, signed in as an ADMIN (a user may
 * set their own password). On a workspace without accounts, {@code user add --role ADMIN} creates
 * the first account without a sign-in. New passwords come from {@code NETZBILD_NEW_PASSWORD} or are
 * typed twice at a prompt, never from an argument.
 */
@Command(name = "user", mixinStandardHelpOptions = true, description = "${bundle:command.user}",
        subcommands = {UserCommand.Add.class, UserCommand.ListAccounts.class, UserCommand.Disable.class,
                UserCommand.Passwd.class})
final class UserCommand {

    @Command(name = "add", mixinStandardHelpOptions = true, description = "${bundle:command.userAdd}")
    static final class Add extends StoreCommand {

        @Parameters(paramLabel = "NAME", descriptionKey = "param.userName")
        String name;

        @Option(names = "--agency", paramLabel = "AGENCY", required = true, descriptionKey = "option.accountAgency")
        String agency;

        @Option(names = "--role", paramLabel = "ROLE", split = ",", required = true, descriptionKey = "option.role")
        List<String> roles;

        @Override
        int enter(WorkspaceGate gate, Environment environment, PrintWriter out) {
            if (gate.hasAccounts()) {
                return super.enter(gate, environment, out);
            }
            // the first run: nobody can sign in yet, so the first account is an ADMIN made without one
            if (!roles().equals(Set.of(Role.ADMIN))) {
                throw UserFacingException.badArgument("accounts.firstMustBeAdmin");
            }
            char[] password = newPassword(environment, name);
            try {
                gate.createFirstAdmin(name, agency, password);
            } finally {
                Arrays.fill(password, '\0');
            }
            out.println(I18n.text("accounts.added", name, agency, Role.ADMIN));
            return 0;
        }

        @Override
        int run(Workspace workspace, PrintWriter out) {
            char[] password = newPassword(environment(), name);
            try {
                var account = new Accounts(workspace).add(name, agency, roles(), password);
                out.println(I18n.text("accounts.added", account.name(), account.agency(), account.roles()));
            } finally {
                Arrays.fill(password, '\0');
            }
            return 0;
        }

        private Set<Role> roles() {
            var parsed = EnumSet.noneOf(Role.class);
            for (String role : roles) {
                try {
                    parsed.add(Role.named(role));
                } catch (IllegalArgumentException e) {
                    throw UserFacingException.badArgument("accounts.unknownRole", e.getMessage());
                }
            }
            return parsed;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "${bundle:command.userList}")
    static final class ListAccounts extends StoreCommand {

        @Override
        int run(Workspace workspace, PrintWriter out) {
            for (var account : new Accounts(workspace).list()) {
                out.printf("%-20s %-24s %-28s %s%n", account.name(), account.agency(),
                        account.roles().stream().map(Role::name).sorted().toList(),
                        I18n.text(account.enabled() ? "accounts.enabled" : "accounts.disabled"));
            }
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "${bundle:command.userDisable}")
    static final class Disable extends StoreCommand {

        @Parameters(paramLabel = "NAME", descriptionKey = "param.userName")
        String name;

        @Override
        int run(Workspace workspace, PrintWriter out) {
            new Accounts(workspace).disable(name);
            out.println(I18n.text("accounts.disabledNow", name));
            return 0;
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true, description = "${bundle:command.userPasswd}")
    static final class Passwd extends StoreCommand {

        @Parameters(paramLabel = "NAME", descriptionKey = "param.userName")
        String name;

        @Override
        int run(Workspace workspace, PrintWriter out) {
            char[] password = newPassword(environment(), name);
            try {
                new Accounts(workspace).setPassword(name, password);
            } finally {
                Arrays.fill(password, '\0');
            }
            out.println(I18n.text("accounts.passwordSet", name));
            return 0;
        }
    }

    /** {@code NETZBILD_NEW_PASSWORD}, else typed twice; refused when neither or the two differ. */
    static char[] newPassword(Environment environment, String name) {
        if (environment.get("NETZBILD_NEW_PASSWORD") != null) {
            return environment.get("NETZBILD_NEW_PASSWORD").toCharArray();
        }
        char[] first = environment.secret("NETZBILD_NEW_PASSWORD", I18n.text("prompt.newPassword", name));
        if (first == null) {
            throw UserFacingException.badArgument("accounts.passwordMissing", name);
        }
        char[] again = environment.secret("NETZBILD_NEW_PASSWORD", I18n.text("prompt.newPasswordAgain", name));
        if (again == null || !Arrays.equals(first, again)) {
            Arrays.fill(first, '\0');
            throw UserFacingException.badArgument("accounts.passwordsDiffer");
        }
        Arrays.fill(again, '\0');
        return first;
    }
}
