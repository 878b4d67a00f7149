package org.netzbild.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.netzbild.app.ErrorMessages;
import org.netzbild.app.Workspace;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that opens the workspace, does its work, and turns errors into a message and an exit
 * code. The message is printed before the workspace is closed: closing a database whose volume is
 * full can take its bounded while, and the user must not wait for it in the dark.
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
        Workspace workspace;
        try {
            workspace = Workspace.open(createsWorkspace() ? storeOptions.settings() : storeOptions.existing());
        } catch (RuntimeException e) {
            return failed(e, err);
        }
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

    private static int failed(RuntimeException e, PrintWriter err) {
        err.println(ErrorMessages.describe(e));
        err.flush();
        return ErrorMessages.exitCode(e);
    }

    abstract int run(Workspace workspace, PrintWriter out);

    /** Only a command that fills a new workspace may create one; the others refuse a folder that is none (a typo). */
    boolean createsWorkspace() {
        return false;
    }
}
