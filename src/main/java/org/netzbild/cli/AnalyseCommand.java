package org.netzbild.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.netzbild.analysis.KeyPlayers;
import org.netzbild.analysis.NetworkFinder;
import org.netzbild.analysis.SharedAttributes;
import org.netzbild.app.Analyses;
import org.netzbild.app.Explorer;
import org.netzbild.app.I18n;
import org.netzbild.app.Labels;
import org.netzbild.app.UserFacingException;
import org.netzbild.app.Workspace;
import org.netzbild.model.Entity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The analysis functions on the command line ({@code docs/analysis-functions.md}): {@code analyse
 * networks} (the supra-local finder), {@code analyse shared} (shared attributes across agencies) and
 * {@code analyse players} (key players and groups), {@code analyse brokers} (brokers between
 * jurisdictions) and {@code analyse connections} (paths between two chosen entities, the connecting
 * network of more), as a table or as JSON. All need {@code --justification}, which the audit entry
 * keeps.
 */
@Command(name = "analyse", aliases = "analyze", mixinStandardHelpOptions = true, description = "${bundle:command.analyse}",
        subcommands = {AnalyseCommand.Networks.class, AnalyseCommand.Shared.class, AnalyseCommand.Players.class,
                AnalyseCommand.BrokersCommand.class, AnalyseCommand.ConnectionsCommand.class})
final class AnalyseCommand {

    static ObjectMapper json() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** Networks whose members are tied to several municipalities, police authorities and agencies, ranked. */
    @Command(name = "networks", mixinStandardHelpOptions = true, description = "${bundle:command.analyseNetworks}")
    static final class Networks extends StoreCommand {

        @Mixin
        Common common;

        @Option(names = "--types", split = ",", paramLabel = "LINKTYPE", descriptionKey = "option.analysisTypes")
        List<String> types = List.of();

        @Option(names = "--kinship", descriptionKey = "option.kinship")
        boolean kinship;

        @Option(names = "--min-municipalities", paramLabel = "K", defaultValue = "2", descriptionKey = "option.minMunicipalities")
        int minMunicipalities;

        @Option(names = "--min-police-authorities", paramLabel = "K", defaultValue = "1", descriptionKey = "option.minPoliceAuthorities")
        int minPoliceAuthorities;

        @Option(names = "--min-agencies", paramLabel = "K", defaultValue = "2", descriptionKey = "option.minAgencies")
        int minAgencies;

        @Option(names = "--min-agency-kinds", paramLabel = "K", defaultValue = "2", descriptionKey = "option.minAgencyKinds")
        int minAgencyKinds;

        @Option(names = "--hub-limit", paramLabel = "N", defaultValue = "40", descriptionKey = "option.hubLimit")
        int hubLimit;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "20", descriptionKey = "option.networkLimit")
        int limit;


        @Override
        int run(Workspace workspace, PrintWriter out) {
            var defaults = NetworkFinder.Settings.defaults();
            if (hubLimit < 2 || limit < 1) {
                throw UserFacingException.badArgument("error.limit");
            }
            var settings = new NetworkFinder.Settings(types.isEmpty() ? defaults.linkTypes() : new LinkedHashSet<>(types), kinship,
                    minMunicipalities, minPoliceAuthorities, minAgencies, minAgencyKinds, hubLimit, defaults.largestNetwork(),
                    defaults.seed());
            NetworkFinder.Result result = new Analyses(workspace).networks(settings, limit, common.justification);
            if (common.asJson) {
                out.println(Json.write(json(), result));
                return 0;
            }
            out.println(I18n.text("analysis.networks.summary", result.networks().size(), result.groupsExamined()));
            for (NetworkFinder.Network w : result.networks()) {
                out.println(I18n.text("analysis.networks.row", w.rank(), w.score(), w.members().size(), w.jointIncidents().size(),
                        String.join(", ", w.municipalities()), String.join(", ", w.policeAuthorities()),
                        w.agencies().size(), String.join(", ", w.agencyKinds()), w.evidence().weakestCode(),
                        w.evidence().singleSourced(), w.evidence().links()));
                out.println("    " + String.join(" ", w.members()));
            }
            if (!result.hubs().isEmpty()) {
                out.println(I18n.text("analysis.hubs", result.hubs().size(), settings.hubLimit(),
                        String.join(", ", result.hubs().stream().limit(10).map(h -> h.id() + " (" + h.links() + ")").toList())));
            }
            return 0;
        }
    }

    /** Addresses, phones, accounts, vehicles and businesses that holders recorded by different agencies share. */
    @Command(name = "shared", mixinStandardHelpOptions = true, description = "${bundle:command.analyseShared}")
    static final class Shared extends StoreCommand {

        @Mixin
        Common common;

        @Option(names = "--min-agencies", paramLabel = "K", defaultValue = "2", descriptionKey = "option.minAgencies")
        int minAgencies;

        @Option(names = "--hub-limit", paramLabel = "N", defaultValue = "40", descriptionKey = "option.hubLimit")
        int hubLimit;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "50", descriptionKey = "option.overlapLimit")
        int limit;


        @Override
        int run(Workspace workspace, PrintWriter out) {
            SharedAttributes.Result result = new Analyses(workspace).sharedAttributes(minAgencies, hubLimit, limit, common.justification);
            if (common.asJson) {
                out.println(Json.write(json(), result));
                return 0;
            }
            out.println(I18n.text("analysis.shared.summary", result.overlaps().size()));
            for (SharedAttributes.Overlap o : result.overlaps()) {
                out.println(I18n.text("analysis.shared.row", o.rank(), Labels.entityType(o.type()), o.id(), o.holders().size(),
                        o.agencies().size(), String.join(", ", o.agencyKinds())));
                o.byAgency().forEach((agency, held) -> out.println("    " + Labels.agency(agency) + ": " + String.join(" ", held)));
            }
            if (!result.hubs().isEmpty()) {
                out.println(I18n.text("analysis.hubs", result.hubs().size(), hubLimit,
                        String.join(", ", result.hubs().stream().limit(10).map(h -> h.id() + " (" + h.links() + ")").toList())));
            }
            return 0;
        }
    }

    /** Degree, betweenness, PageRank, closeness and community of the chosen entities. */
    @Command(name = "players", mixinStandardHelpOptions = true, description = "${bundle:command.analysePlayers}")
    static final class Players extends StoreCommand {

        @Option(names = "--ids", split = ",", paramLabel = "ID", descriptionKey = "option.analysisIds")
        List<String> ids = List.of();

        @Option(names = "--around", paramLabel = "ID", descriptionKey = "option.around")
        String around;

        @Option(names = "--hops", paramLabel = "N", defaultValue = "2", descriptionKey = "option.hops")
        int hops;

        @Mixin
        Common common;

        @Option(names = "--kinship", descriptionKey = "option.kinship")
        boolean kinship;

        @Option(names = "--types", split = ",", paramLabel = "LINKTYPE", descriptionKey = "option.analysisTypes")
        List<String> types = List.of();

        @Option(names = "--limit", paramLabel = "N", defaultValue = "20", descriptionKey = "option.playerLimit")
        int limit;


        @Override
        int run(Workspace workspace, PrintWriter out) {
            var chosen = chosen(workspace, ids, around, hops);
            KeyPlayers.Result result = new Analyses(workspace).keyPlayers(chosen, new LinkedHashSet<>(types), kinship, 1L,
                    common.justification);
            if (common.asJson) {
                out.println(Json.write(json(), result));
                return 0;
            }
            out.println(I18n.text("analysis.players.summary", result.players().size(), result.communities(), result.modularity()));
            out.printf("%-16s %-14s %6s %12s %12s %12s %9s%n", "id", I18n.text("analysis.column.type"),
                    I18n.text("analysis.column.degree"), I18n.text("analysis.column.betweenness"),
                    I18n.text("analysis.column.pageRank"), I18n.text("analysis.column.closeness"),
                    I18n.text("analysis.column.community"));
            result.players().stream().limit(Math.max(1, limit)).forEach(p -> out.printf("%-16s %-14s %6d %12.6f %12.6f %12.6f %9d%n",
                    p.id(), Labels.entityType(p.type()), p.degree(), p.betweenness(), p.pageRank(), p.closeness(), p.community()));
            return 0;
        }
    }

    /** Who lies on the shortest paths between entities on either side of a municipality, police-authority or agency border. */
    @Command(name = "brokers", mixinStandardHelpOptions = true, description = "${bundle:command.analyseBrokers}")
    static final class BrokersCommand extends StoreCommand {

        @Option(names = "--ids", split = ",", paramLabel = "ID", descriptionKey = "option.analysisIds")
        List<String> ids = List.of();

        @Option(names = "--around", paramLabel = "ID", descriptionKey = "option.around")
        String around;

        @Option(names = "--hops", paramLabel = "N", defaultValue = "3", descriptionKey = "option.hops")
        int hops;

        @Option(names = "--border", paramLabel = "BORDER", defaultValue = "MUNICIPALITY", descriptionKey = "option.border")
        org.netzbild.analysis.Brokers.Border border;

        @Mixin
        Common common;

        @Option(names = "--kinship", descriptionKey = "option.kinship")
        boolean kinship;

        @Option(names = "--types", split = ",", paramLabel = "LINKTYPE", descriptionKey = "option.analysisTypes")
        List<String> types = List.of();

        @Option(names = "--limit", paramLabel = "N", defaultValue = "20", descriptionKey = "option.playerLimit")
        int limit;

        @Override
        int run(Workspace workspace, PrintWriter out) {
            var chosen = chosen(workspace, ids, around, hops);
            var result = new Analyses(workspace).brokers(chosen, new LinkedHashSet<>(types), kinship, border,
                    common.justification);
            if (common.asJson) {
                out.println(Json.write(json(), result));
                return 0;
            }
            out.println(I18n.text("analysis.brokers.summary", result.brokers().size(), result.placed(), result.connectedPairs(),
                    I18n.text("analysis.border." + border.name())));
            out.printf("%-16s %-14s %12s  %s%n", "id", I18n.text("analysis.column.type"), I18n.text("analysis.column.brokerScore"),
                    I18n.text("analysis.column.joins"));
            result.brokers().stream().limit(Math.max(1, limit)).forEach(b -> out.printf(java.util.Locale.ROOT, "%-16s %-14s %12.3f  %s%s%n",
                    b.id(), Labels.entityType(b.type()), b.score(), String.join(", ", b.joins()),
                    b.joinsInAll() > b.joins().size() ? " (+" + (b.joinsInAll() - b.joins().size()) + ")" : ""));
            return 0;
        }
    }

    /** The k shortest paths between two chosen entities, or the network that connects three or more. */
    @Command(name = "connections", mixinStandardHelpOptions = true, description = "${bundle:command.analyseConnections}")
    static final class ConnectionsCommand extends StoreCommand {

        @Option(names = "--ids", split = ",", paramLabel = "ID", required = true, descriptionKey = "option.connectionIds")
        List<String> ids = List.of();

        @Option(names = "--k", paramLabel = "K", defaultValue = "5", descriptionKey = "option.pathCount")
        int k;

        @Option(names = "--max-hops", paramLabel = "N", defaultValue = "6", descriptionKey = "option.connectionHops")
        int maxHops;

        @Mixin
        Common common;

        @Option(names = "--kinship", descriptionKey = "option.kinship")
        boolean kinship;

        @Option(names = "--types", split = ",", paramLabel = "LINKTYPE", descriptionKey = "option.analysisTypes")
        List<String> types = List.of();

        @Override
        int run(Workspace workspace, PrintWriter out) {
            var result = new Analyses(workspace).connections(ids, new LinkedHashSet<>(types), kinship, k, maxHops,
                    common.justification);
            if (common.asJson) {
                out.println(Json.write(json(), result));
                return 0;
            }
            var connections = result.connections();
            if (connections.isEmpty()) {
                out.println(I18n.text("analysis.connections.none", maxHops));
            } else if (result.chosen().size() == 2) {
                out.println(I18n.text("analysis.connections.paths", connections.size(), maxHops));
            } else {
                out.println(I18n.text("analysis.connections.network", connections.getFirst().entities().size(),
                        connections.getFirst().steps()));
            }
            int number = 1;
            for (var c : connections) {
                out.println(I18n.text("analysis.connections.row", number++, c.steps(), String.join(" - ", c.entities()),
                        c.evidence().weakestCode(), c.evidence().singleSourced(), c.evidence().links()));
                out.println("    " + String.join(", ", c.links()));
            }
            if (!result.unreached().isEmpty()) {
                out.println(I18n.text("analysis.connections.unreached", String.join(", ", result.unreached())));
            }
            if (result.more()) {
                out.println(I18n.text("analysis.connections.more"));
            }
            if (result.capped()) {
                out.println(I18n.text("analysis.connections.capped"));
            }
            return 0;
        }
    }

    /** The entities named by {@code --ids}, and those within {@code hops} of {@code --around} (at most 2,000). */
    static LinkedHashSet<String> chosen(Workspace workspace, List<String> ids, String around, int hops) {
        var chosen = new LinkedHashSet<>(ids);
        if (around != null) {
            new Explorer(workspace).expand(around, hops, Set.of(), 2_000).entities().stream().map(Entity::id)
                    .forEach(chosen::add);
        }
        return chosen;
    }

    /** The options every analysis takes: why it runs (kept on the audit log) and whether to print JSON. */
    static final class Common {

        @Option(names = "--justification", paramLabel = "TEXT", descriptionKey = "option.justification")
        String justification;

        @Option(names = "--json", descriptionKey = "option.json")
        boolean asJson;
    }

    /** JSON text, or a message in the user's language when writing fails. */
    static final class Json {
        static String write(ObjectMapper mapper, Object value) {
            try {
                return mapper.writeValueAsString(value);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("cannot write the result as JSON", e);
            }
        }
    }
}
