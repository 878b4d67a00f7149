package org.netzbild.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.netzbild.app.ErrorMessages;
import org.netzbild.app.Workspace;
import org.netzbild.app.WorkspaceGate;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that opens the workspace, signs in ({@code --as}, the account password), states its
 * purpose ({@code --case}, {@code --purpose}), does its work, and turns errors into a message and
 * an exit code. A failure is told before the workspace is closed: closing a database whose volume
 * is full can take its bounded while, and the user must not wait for it in the dark.
 */
abstract class StoreCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Environment environment = environment();
        try {
            Integer done = withoutStore(out);
            if (done != null) {
                return done;
            }
            var address = createsWorkspace() ? storeOptions.address(environment) : storeOptions.existing(environment);
            if (address.transportWarning() != null) {
                err.println(address.transportWarning());
                err.flush();
            }
            int code;
            try (WorkspaceGate gate = WorkspaceGate.open(address)) {
                code = enter(gate, environment, out);
            }
            return afterClose(code, err);
        } catch (RuntimeException e) {
            return afterClose(failed(e, err), err);
        }
    }

    /** What a command does once the workspace is closed again (a refused restore removes its folder). */
    int afterClose(int code, PrintWriter err) {
        return code;
    }

    /** Runs the command's work on an open workspace, tells a failure, then closes the workspace. */
    final int runThenClose(Workspace workspace, PrintWriter out) {
        PrintWriter err = spec.commandLine().getErr();
        int code;
        try {
            code = run(workspace, out);
        } catch (RuntimeException e) {
            code = failed(e, err);
        } finally {
            out.flush();
        }
        try {
            workspace.close();
        } catch (RuntimeException e) {
            int closing = failed(e, err);
            code = code == 0 ? closing : code;
        }
        return code;
    }

    static int failed(RuntimeException e, PrintWriter err) {
        err.println(ErrorMessages.describe(e));
        err.flush();
        return ErrorMessages.exitCode(e);
    }

    /** Signs in and runs; a command that works before anyone can sign in (first run, demo) overrides this. */
    int enter(WorkspaceGate gate, Environment environment, PrintWriter out) {
        String user = storeOptions.account(environment);
        char[] password = storeOptions.accountPassword(environment, user);
        WorkspaceGate.SignedIn signedIn;
        try {
            signedIn = gate.signIn(user, password);
        } finally {
            Arrays.fill(password, '\0');
            storeOptions.forgetAccountPassword();
        }
        return runThenClose(gate.enter(signedIn, storeOptions.purpose()), out);
    }

    abstract int run(Workspace workspace, PrintWriter out);

    /** Work a command may do without opening the store (a file of the workspace); its exit code, or null to open the store. */
    Integer withoutStore(PrintWriter out) {
        return null;
    }

    /** Only a command that fills a new workspace may create one; the others refuse a folder that is none (a typo). */
    boolean createsWorkspace() {
        return false;
    }

    Environment environment() {
        return ((NetzbildCommand) spec.root().userObject()).environment();
    }
}
