package org.netzbild.testsupport;

import org.netzbild.Main;

/**
 * The product's command line in a child JVM, as {@code ./netzbild} starts it: the product's own
 * logging configuration (log file in the workspace, warnings without stack traces on stderr)
 * instead of the tests', so that what the child prints is what a user sees in the terminal.
 */
public final class CommandLineChildMain {

    private CommandLineChildMain() {
    }

    public static void main(String[] args) {
        // before the first logger is made; ChildJvm names the tests' configuration on the command line
        System.setProperty("logback.configurationFile", "logback.xml");
        Main.main(args);
    }
}
