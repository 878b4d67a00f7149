package org.netzbild.cli;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import org.netzbild.app.Explorer;
import org.netzbild.app.I18n;
import org.netzbild.app.Workspace;
import org.netzbild.model.GraphPath;
import org.netzbild.model.ShortestPaths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The shortest paths between two entities: the first {@code --max-paths} in a fixed order (entity
 * ids along the path, then link ids), and how many there are.
 */
@Command(name = "path", mixinStandardHelpOptions = true, description = "${bundle:command.path}")
final class PathCommand extends StoreCommand {

    @Parameters(index = "0", paramLabel = "FROM", descriptionKey = "param.from")
    String from;

    @Parameters(index = "1", paramLabel = "TO", descriptionKey = "param.to")
    String to;

    @Option(names = "--max-hops", defaultValue = "6", descriptionKey = "option.maxHops")
    int maxHops;

    @Option(names = "--types", split = ",", paramLabel = "LINKTYPE", descriptionKey = "option.types")
    List<String> types = List.of();

    @Option(names = "--max-paths", paramLabel = "N", defaultValue = "" + Explorer.DEFAULT_MAX_PATHS,
            descriptionKey = "option.maxPaths")
    int maxPaths;

    @Override
    int run(Workspace workspace, PrintWriter out) {
        ShortestPaths found = new Explorer(workspace).paths(from, to, maxHops, new LinkedHashSet<>(types), maxPaths);
        if (found.isEmpty()) {
            out.println(I18n.text("path.none", maxHops));
            return 0;
        }
        out.println(Explorer.summary(found));
        for (GraphPath path : found.paths()) {
            var line = new StringBuilder(path.entities().getFirst().caption());
            for (int i = 0; i < path.links().size(); i++) {
                line.append("  -").append(path.links().get(i).type()).append("-  ")
                        .append(path.entities().get(i + 1).caption());
            }
            out.println(line);
        }
        return 0;
    }
}
