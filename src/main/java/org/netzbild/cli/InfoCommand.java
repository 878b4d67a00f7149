package org.netzbild.cli;

import java.io.PrintWriter;
import org.netzbild.app.Explorer;
import org.netzbild.app.I18n;
import org.netzbild.app.Workspace;
import org.netzbild.model.StoreStatistics;
import picocli.CommandLine.Command;

/** Counts by entity and link type, and the schema version. */
@Command(name = "info", mixinStandardHelpOptions = true, description = "${bundle:command.info}")
final class InfoCommand extends StoreCommand {

    @Override
    int run(Workspace workspace, PrintWriter out) {
        StoreStatistics statistics = new Explorer(workspace).statistics();
        out.println(I18n.text("info.store", workspace.description()));
        out.println(I18n.text("info.schema", statistics.schemaVersion()));
        out.println(I18n.text("info.entities", statistics.entityCount()));
        statistics.entitiesByType().forEach((type, count) -> out.printf(I18n.locale(), "  %-14s %,12d%n", type, count));
        out.println(I18n.text("info.links", statistics.linkCount()));
        statistics.linksByType().forEach((type, count) -> out.printf(I18n.locale(), "  %-14s %,12d%n", type, count));
        return 0;
    }
}
