package org.netzbild.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.netzbild.app.ErrorMessages;
import org.netzbild.app.Workspace;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that opens the workspace, does its work, and turns errors into a message and an exit code. */
abstract class StoreCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Workspace workspace = Workspace.open(createsWorkspace() ? storeOptions.settings() : storeOptions.existing())) {
            return run(workspace, out);
        } catch (RuntimeException e) {
            err.println(ErrorMessages.describe(e));
            err.flush();
            return ErrorMessages.exitCode(e);
        }
    }

    abstract int run(Workspace workspace, PrintWriter out);

    /** Only a command that fills a new workspace may create one; the others refuse a folder that is none (a typo). */
    boolean createsWorkspace() {
        return false;
    }
}
