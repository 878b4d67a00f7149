package org.netzbild.cli;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import org.netzbild.app.Explorer;
import org.netzbild.app.I18n;
import org.netzbild.app.Workspace;
import org.netzbild.model.Neighbourhood;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The neighbourhood of one entity. */
@Command(name = "expand", mixinStandardHelpOptions = true, description = "${bundle:command.expand}")
final class ExpandCommand extends StoreCommand {

    @Parameters(paramLabel = "ID", descriptionKey = "param.id")
    String id;

    @Option(names = "--hops", defaultValue = "1", descriptionKey = "option.hops")
    int hops;

    @Option(names = "--types", split = ",", paramLabel = "LINKTYPE", descriptionKey = "option.types")
    List<String> types = List.of();

    @Option(names = "--limit", defaultValue = "500", descriptionKey = "option.limit")
    int limit;

    @Override
    int run(Workspace workspace, PrintWriter out) {
        Neighbourhood n = new Explorer(workspace).expand(id, hops, new LinkedHashSet<>(types), limit);
        out.println(I18n.text("expand.summary", n.entities().size(), n.links().size()));
        n.entities().forEach(e -> Printing.entity(out, e));
        n.links().forEach(l -> Printing.link(out, l));
        if (n.truncated()) {
            out.println(I18n.text("expand.truncated", limit));
        }
        return 0;
    }
}
