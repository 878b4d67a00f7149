package org.netzbild.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.netzbild.app.I18n;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top command; {@code ./netzbild help} lists the rest. */
@Command(name = "netzbild", mixinStandardHelpOptions = true, version = "Netzbild 0.1.0",
        description = "${bundle:command.netzbild}",
        subcommands = {DemoCommand.class, InfoCommand.class, SearchCommand.class, ExpandCommand.class, ShowCommand.class,
                PathCommand.class, AnalyseCommand.class, ImportCommand.class, ExportCommand.class, EraseCommand.class, ReviewCommand.class,
                DedupeCommand.class, CompactCommand.class, AuditCommand.class,
                ServeCommand.class, UserCommand.class, BackupCommand.class, RestoreCommand.class,
                CommandLine.HelpCommand.class})
public final class NetzbildCommand implements Runnable {

    @Option(names = "--lang", paramLabel = "de|en", descriptionKey = "option.lang", scope = CommandLine.ScopeType.INHERIT)
    void language(String language) {
        I18n.use(Locale.forLanguageTag(language));
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Environment environment;

    private NetzbildCommand(Environment environment) {
        this.environment = environment;
    }

    /** Where passwords come from: environment variables, else a prompt. */
    Environment environment() {
        return environment;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line with the process's environment and returns its exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return execute(out, err, Environment.ofProcess(), args);
    }

    /**
     * Runs the command line with these environment variables instead of the process's, and no
     * prompt (for tests: a password comes from the map or not at all).
     */
    public static int execute(PrintWriter out, PrintWriter err, java.util.Map<String, String> variables, String... args) {
        return execute(out, err, new Environment(java.util.Map.copyOf(variables), false), args);
    }

    private static int execute(PrintWriter out, PrintWriter err, Environment environment, String... args) {
        preselectLanguage(args);
        CommandLine line = new CommandLine(new NetzbildCommand(environment))
                .setResourceBundle(I18n.bundle())
                .setOut(out)
                .setErr(err);
        return line.execute(args);
    }

    /** The bundle for help texts must be chosen before picocli parses {@code --lang}. */
    private static void preselectLanguage(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--lang=")) {
                I18n.use(Locale.forLanguageTag(args[i].substring("--lang=".length())));
            } else if (args[i].equals("--lang") && i + 1 < args.length) {
                I18n.use(Locale.forLanguageTag(args[i + 1]));
            }
        }
    }
}
