package org.netzbild.cli;

import java.io.Console;
import java.util.Map;

/**
 * Where the command line takes what must not be an argument: passwords, from environment
 * variables or typed at a prompt. The variables come in as a map (the process's environment in
 * production, the tests' own in tests), so no test ever sets a real variable.
 */
record Environment(Map<String, String> variables, boolean prompts) {

    static Environment ofProcess() {
        return new Environment(System.getenv(), true);
    }

    String get(String name) {
        return variables.get(name);
    }

    /**
     * A secret from {@code variable}, else typed at a terminal (without echo); null when neither.
     * Since JDK 22 there is a Console without a terminal too; reading from a pipe would hang a script.
     */
    char[] secret(String variable, String prompt) {
        String value = variables.get(variable);
        if (value != null) {
            return value.toCharArray();
        }
        Console console = prompts ? System.console() : null;
        return console == null || !console.isTerminal() ? null : console.readPassword("%s", prompt);
    }
}
