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

/**
 * Serves a workspace over Bolt until interrupted (Ctrl+C): the workspace's accounts log in, every
 * write is audited, on 127.0.0.1 unless {@code --listen} names another address, which then needs
 * {@code --certificate} and {@code --key} (ADR 0020).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "${bundle:command.serve}")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", descriptionKey = "option.store")
    Path store;

    @Option(names = "--port", defaultValue = "7687", descriptionKey = "option.port")
    int port;

    @Option(names = "--listen", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", descriptionKey = "option.listen")
    String listen;

    @Option(names = "--certificate", paramLabel = "FILE", descriptionKey = "option.certificate")
    Path certificate;

    @Option(names = "--key", paramLabel = "FILE", descriptionKey = "option.key")
    Path key;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException, IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path folder = StoreOptions.workspaceFolder(store);
        TeamServer server;
        try {
            if (!StoreOptions.isWorkspace(folder)) {
                // serving a mistyped folder would create a new, empty and unmigrated database there
                throw org.netzbild.app.UserFacingException.badArgument("error.noWorkspace", folder.toAbsolutePath());
            }
            server = TeamServer.start(folder, new TeamServer.Settings(listen, port, certificate, key));
        } catch (RuntimeException e) {
            err.println(ErrorMessages.describe(e));
            return ErrorMessages.exitCode(e);
        }
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        out.println(I18n.text("serve.ready", server.uri(), folder));
        for (String account : server.accountsWithoutLogin()) {
            err.println(I18n.text("serve.noLogin", account, folder));
        }
        out.flush();
        err.flush();
        stopped.await();
        return 0;
    }
}
