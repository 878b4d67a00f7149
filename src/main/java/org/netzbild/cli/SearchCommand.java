package org.netzbild.cli;

import java.io.PrintWriter;
import org.netzbild.app.Explorer;
import org.netzbild.app.I18n;
import org.netzbild.app.Workspace;
import org.netzbild.model.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Full-text and fuzzy search over names, aliases, plates, numbers and addresses. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "${bundle:command.search}")
final class SearchCommand extends StoreCommand {

    @Parameters(paramLabel = "TEXT", arity = "1..*", descriptionKey = "param.text")
    String[] words;

    @Option(names = "--limit", defaultValue = "20", descriptionKey = "option.limit")
    int limit;

    @Override
    int run(Workspace workspace, PrintWriter out) {
        var hits = new Explorer(workspace).search(String.join(" ", words), limit);
        if (hits.isEmpty()) {
            out.println(I18n.text("search.none"));
        }
        for (SearchHit hit : hits) {
            Printing.entity(out, hit.entity(), hit.agencies());
            if (!hit.reason().isEmpty()) {
                out.println("    " + org.netzbild.app.Explorer.foundBecause(hit));
            }
        }
        return 0;
    }
}
