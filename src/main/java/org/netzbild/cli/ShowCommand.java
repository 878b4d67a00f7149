package org.netzbild.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.netzbild.app.EntityProfile;
import org.netzbild.app.Explorer;
import org.netzbild.app.I18n;
import org.netzbild.app.Workspace;
import org.netzbild.model.Statement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * One entity as the investigator checks it after an import: type and properties, every statement
 * about it with its provenance, its links by type with the entity at the other end. An id the
 * session may not see answers as a missing one (exit code 3).
 */
@Command(name = "show", mixinStandardHelpOptions = true, description = "${bundle:command.show}")
final class ShowCommand extends StoreCommand {

    @Parameters(paramLabel = "ID", descriptionKey = "param.id")
    String id;

    @Option(names = "--limit", defaultValue = "500", descriptionKey = "option.showLimit")
    int limit;

    @Override
    int run(Workspace workspace, PrintWriter out) {
        EntityProfile profile = new Explorer(workspace).profile(id, limit);
        out.println(I18n.text("show.entity", profile.entity().type(), profile.entity().id(), profile.entity().caption()));
        properties(out, profile.entity().properties(), "  ");

        out.println();
        out.println(I18n.text("show.statements", profile.statements().size()));
        for (Statement statement : profile.statements()) {
            boolean own = statement.id().equals(profile.entity().id());
            out.println("  " + (own ? I18n.text("show.ownRecord") : I18n.text("show.statement", statement.id())));
            Printing.provenance(out, statement.provenance(), profile.importOf(statement.id()), "      ");
            if (!own) {
                properties(out, statement.properties(), "      ");
            }
        }

        out.println();
        out.println(I18n.text("show.links", profile.links().size()));
        for (Map.Entry<String, List<EntityProfile.LinkEnd>> type : profile.linksByType().entrySet()) {
            out.println("  " + I18n.text("show.linkType", type.getKey(), type.getValue().size()));
            for (EntityProfile.LinkEnd end : type.getValue()) {
                out.printf("    %s %-28s %-12s %s  (%s)%n", end.outgoing() ? "→" : "←", end.other().id(),
                        end.other().type(), end.other().caption(), end.link().id());
                properties(out, end.link().properties(), "        ");
                Printing.provenance(out, end.link().provenance(), profile.importOf(end.link().id()), "        ");
            }
        }
        if (profile.unshown() > 0) {
            out.println(I18n.text("show.moreLinks", profile.unshown(), limit));
        }
        return 0;
    }

    private static void properties(PrintWriter out, Map<String, Object> properties, String indent) {
        new java.util.TreeMap<>(properties).forEach((key, value) -> out.println(indent + key + ": "
                + (value instanceof List<?> list ? String.join(" | ", list.stream().map(String::valueOf).toList()) : value)));
    }
}
