package org.netzbild.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.netzbild.app.ErrorMessages;
import org.netzbild.app.I18n;
import org.netzbild.app.TeamServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Serves a workspace over Bolt on 127.0.0.1 until interrupted (Ctrl+C). */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "${bundle:command.serve}")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", descriptionKey = "option.store")
    Path store;

    @Option(names = "--port", defaultValue = "7687", descriptionKey = "option.port")
    int port;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException, IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = StoreOptions.workspaceFolder(store);
        TeamServer server;
        try {
            if (!StoreOptions.isWorkspace(folder)) {
                // serving a mistyped folder would create a new, empty and unmigrated database there
                throw org.netzbild.app.UserFacingException.badArgument("error.noWorkspace", folder.toAbsolutePath());
            }
            server = TeamServer.start(folder, port);
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println(ErrorMessages.describe(e));
            return ErrorMessages.exitCode(e);
        }
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        out.println(I18n.text("serve.ready", server.uri(), folder));
        spec.commandLine().getErr().println(I18n.text("serve.warning"));
        out.flush();
        stopped.await();
        return 0;
    }
}
