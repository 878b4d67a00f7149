package org.netzbild.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.netzbild.app.Exports;
import org.netzbild.app.I18n;
import org.netzbild.app.Workspace;
import org.netzbild.export.Diagram;
import org.netzbild.export.Recipient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code netzbild export --chart NAME --format F --recipient WHO OUT}: a saved chart as a file for
 * other tools or as a diagram (PNG, SVG, PDF on an A4 or A3 page; a chart saved without positions is
 * laid out as the desktop lays it out), for a named recipient; the handling of the records decides what goes out, and the
 * export is logged as a disclosure with the recipient and every id (ADR 0032).
 */
@Command(name = "export", mixinStandardHelpOptions = true, description = "${bundle:command.export}")
final class ExportCommand extends StoreCommand {

    @Option(names = "--chart", required = true, descriptionKey = "option.exportChart")
    String chart;

    @Option(names = "--format", required = true, descriptionKey = "option.exportFormat")
    String format;

    @Option(names = "--recipient", required = true, descriptionKey = "option.exportRecipient")
    String recipient;

    @Option(names = "--recipient-agency", defaultValue = "", descriptionKey = "option.exportRecipientAgency")
    String recipientAgency;

    @Option(names = "--recipient-kind", defaultValue = "LAW_ENFORCEMENT", descriptionKey = "option.exportRecipientKind")
    String recipientKind;

    @Option(names = "--recipient-user", defaultValue = "", descriptionKey = "option.exportRecipientUser")
    String recipientUser;

    @Option(names = "--paper", defaultValue = "A4", descriptionKey = "option.exportPaper")
    String paper;

    @Option(names = "--orientation", defaultValue = "LANDSCAPE", descriptionKey = "option.exportOrientation")
    String orientation;

    @Option(names = "--dpi", defaultValue = "300", descriptionKey = "option.exportDpi")
    int dpi;

    @Option(names = "--pages", defaultValue = "1x1", descriptionKey = "option.exportPages")
    String pages;

    @Option(names = "--sources", descriptionKey = "option.exportSources")
    boolean sources;

    @Parameters(paramLabel = "OUT", descriptionKey = "option.exportOut")
    Path out;

    @Override
    int run(Workspace workspace, PrintWriter out) {
        Exports.Format chosen = named(Exports.Format.class, format, "export.unknownFormat");
        Recipient.Kind kind = named(Recipient.Kind.class, recipientKind, "export.recipientKind");
        var who = new Recipient(recipient, recipientAgency, kind, recipientUser);
        if (dpi < 72 || dpi > 600) {
            throw org.netzbild.app.UserFacingException.badArgument("export.badDpi", Integer.toString(dpi), "72 … 600");
        }
        int[] split = split(pages);
        var page = new Diagram.Page(named(Diagram.Paper.class, paper, "export.unknownPaper"),
                named(Diagram.Orientation.class, orientation, "export.unknownOrientation"), dpi, split[0], split[1]);
        var result = new Exports(workspace).export(chart, chosen, who, this.out, Exports.DiagramOptions.DEFAULT.on(page)
                .withSources(sources));
        out.println(I18n.text("export.written", String.join(", ", result.files().stream().map(Path::toString).toList()),
                result.entities(), result.links(), who.describe()));
        result.leftOut().forEach((reason, count) -> out.println("  " + I18n.text("export.leftOut." + reason.name(), count)));
        if (!result.missing().isEmpty()) {
            out.println("  " + I18n.text("export.missing", result.missing().size()));
        }
        if (result.notCarried() > 0) {
            out.println("  " + I18n.text("export.formatNotCarried", result.notCarried()));
        }
        return 0;
    }

    /** {@code 3x2} (or {@code 3×2}) as {@code [3, 2]}: pages across, pages down. */
    static int[] split(String text) {
        var m = java.util.regex.Pattern.compile("\\s*(\\d{1,2})\\s*[x×X*]\\s*(\\d{1,2})\\s*").matcher(text);
        if (m.matches()) {
            int across = Integer.parseInt(m.group(1));
            int down = Integer.parseInt(m.group(2));
            if (across >= 1 && down >= 1 && across <= Diagram.Page.MOST_PAGES && down <= Diagram.Page.MOST_PAGES) {
                return new int[] {across, down};
            }
        }
        throw org.netzbild.app.UserFacingException.badArgument("export.badPages", text,
                Integer.toString(Diagram.Page.MOST_PAGES));
    }

    private static <E extends Enum<E>> E named(Class<E> type, String text, String key) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(text.strip().replace("-", "_"))) {
                return value;
            }
        }
        throw org.netzbild.app.UserFacingException.badArgument(key, text,
                String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
                        .map(v -> v.name().toLowerCase(Locale.ROOT)).toList()));
    }
}
