package org.netzbild.testsupport;

import java.nio.file.Path;
import org.netzbild.store.embedded.BoltServer;

/**
 * Entry point of the child JVM that serves Bolt for the contract tests: prints READY, stops when
 * stdin closes. It stops as a crash would ({@link Runtime#halt}): the database is thrown away with
 * the test's folder, and a graceful stop would only wait out Netty's quiet period (5 s for each of
 * Bolt's two event loop groups) before the test could go on.
 */
public final class BoltServerMain {

    private BoltServerMain() {
    }

    public static void main(String[] args) throws Exception {
        // no keep-alive hint: the fault matrix holds requests at its proxy until it strikes, and with the
        // hint's 10 s read timeout a client would give a held request up (and retry) while the test
        // still sets up its second client; the stalled connection is BoltStoreContractTest's case
        BoltServer server = BoltServer.start(Path.of(args[0]), Integer.parseInt(args[1]), false);
        System.out.println("READY " + server.uri());
        System.out.flush();
        while (System.in.read() >= 0) {
            // wait for the parent to close our stdin (or die)
        }
        Runtime.getRuntime().halt(0);
    }
}
