package org.netzbild.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import org.netzbild.audit.AuditEvent;
import org.netzbild.audit.AuditedIds;
import org.netzbild.audit.Operation;
import org.netzbild.audit.Outcome;
import org.netzbild.store.AuditedGraphStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.netzbild.chart.ChartDocument;
import org.netzbild.chart.ChartFiles;
import org.netzbild.chart.ChartState;
import org.netzbild.model.Entity;

/**
 * Named charts of a workspace: saved as documents of ids and positions in
 * {@code <workspace>/charts}, and read back through the store with the reader's visibility. An
 * entity that has since been deleted or is no longer visible to the reader is reported, not
 * fatal.
 */
public final class Charts {

    /** A reopened chart; {@code missing} names the ids that could not be read again. */
    public record Reopened(String name, ChartState state, Map<String, double[]> positions, String colouring,
                           List<String> missing, org.netzbild.chart.TimelineView timeline) {
    }

    private final Workspace workspace;
    private final ChartFiles files;

    public Charts(Workspace workspace) {
        this.workspace = workspace;
        this.files = new ChartFiles(workspace.settings().folder().resolve(ChartFiles.FOLDER));
    }

    public List<String> names() {
        try {
            return files.names();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean isValidName(String name) {
        return ChartFiles.isValidName(name);
    }

    public void save(String name, ChartState state, Map<String, double[]> positions, String colouring) {
        save(name, state, positions, colouring, null);
    }

    /** Saves the chart with how its timeline was left ({@code timeline} null: not shown). */
    public void save(String name, ChartState state, Map<String, double[]> positions, String colouring,
                     org.netzbild.chart.TimelineView timeline) {
        if (!ChartFiles.isValidName(name)) {
            throw new UserFacingException("chart.badName", name);
        }
        var document = new ChartDocument(ChartDocument.FORMAT, name, Instant.now(), workspace.session().user(),
                List.copyOf(state.entities().keySet()), positions, state.hidden(), state.pinned(), state.more(),
                state.filter(), colouring, timeline);
        // a chart file keeps which records an analyst put together: stored processing, on the log like a write
        var intent = new AuditEvent(Instant.now(), AuditedGraphStore.actorOf(workspace.session()), Operation.CREATE,
                "saveChart", "name=" + name, AuditedIds.of(document.entityIds()), Outcome.INTENDED);
        workspace.audit().append(intent);
        try {
            files.save(document);
        } catch (IOException e) {
            workspace.audit().append(intent.failed());
            throw new UserFacingException("chart.saveFailed", name, e.getMessage());
        }
        workspace.audit().append(intent.done(intent.ids()));
    }

    public Reopened open(String name) {
        ChartDocument document;
        try {
            document = files.open(name);
        } catch (NoSuchFileException e) {
            throw new UserFacingException("chart.notFound", name);
        } catch (IOException e) {
            throw new UserFacingException("chart.unreadable", name, e.getMessage());
        }
        List<Entity> found = workspace.store().entities(document.entityIds());
        Set<String> foundIds = found.stream().map(Entity::id).collect(Collectors.toSet());
        var ordered = new LinkedHashMap<String, Entity>();
        Map<String, Entity> byId = found.stream().collect(Collectors.toMap(Entity::id, e -> e));
        document.entityIds().stream().filter(byId::containsKey).forEach(id -> ordered.put(id, byId.get(id)));
        var missing = new ArrayList<String>();
        document.entityIds().stream().filter(id -> !foundIds.contains(id)).forEach(missing::add);
        var state = ChartState.EMPTY
                .with(ordered.values(), workspace.store().linksAmong(foundIds))
                .hiding(intersect(document.hidden(), foundIds))
                .pinning(intersect(document.pinned(), foundIds), true)
                .filtered(document.filter() == null ? org.netzbild.chart.ChartFilter.NONE : document.filter());
        for (var more : document.more().entrySet()) {
            if (foundIds.contains(more.getKey())) {
                state = state.withMore(more.getKey(), more.getValue());
            }
        }
        var positions = new LinkedHashMap<String, double[]>();
        document.positions().forEach((id, xy) -> {
            if (foundIds.contains(id)) {
                positions.put(id, xy);
            }
        });
        return new Reopened(name, state, positions, document.colouring(), missing, document.timeline());
    }

    private static Set<String> intersect(Set<String> a, Set<String> b) {
        return a.stream().filter(b::contains).collect(Collectors.toSet());
    }
}
