package org.netzbild.testsupport;

import java.nio.file.Path;
import org.netzbild.store.embedded.BoltServer;

/** Entry point of the child JVM that serves Bolt for the contract tests: prints READY, stops when stdin closes. */
public final class BoltServerMain {

    private BoltServerMain() {
    }

    public static void main(String[] args) throws Exception {
        try (BoltServer server = BoltServer.start(Path.of(args[0]), Integer.parseInt(args[1]))) {
            System.out.println("READY " + server.uri());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our stdin (or die)
            }
        }
    }
}
