package org.netzbild.bench;

import java.awt.Color;
import java.io.File;
import java.util.function.ToLongBiFunction;
import org.gephi.graph.api.DirectedGraph;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.gephi.io.exporter.api.ExportController;
import org.gephi.io.exporter.preview.PDFExporter;
import org.gephi.io.exporter.spi.Exporter;
import org.gephi.preview.api.PreviewController;
import org.gephi.preview.api.PreviewProperty;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

/**
 * The Gephi toolkit's SVG and PDF export (its preview's renderers, then its exporter) of a chart
 * with given positions, for {@link DiagramExportBenchmark}. Loaded in a class loader of its own with
 * the toolkit's jar alone, because the toolkit bundles older PDFBox and Batik classes than ours: so
 * it refers to the JDK and the toolkit only, and is called through {@link ToLongBiFunction}.
 */
public final class GephiPreviewExport implements ToLongBiFunction<File, Boolean> {

    private final float[] x;
    private final float[] y;
    private final int[] source;
    private final int[] target;
    private final String[] labels;
    private final int[] colours;

    public GephiPreviewExport(float[] x, float[] y, int[] source, int[] target, String[] labels, int[] colours) {
        this.x = x;
        this.y = y;
        this.source = source;
        this.target = target;
        this.labels = labels;
        this.colours = colours;
    }

    /** Builds the chart in a new project (not timed), then exports it to {@code file} by its extension; returns the export's nanoseconds. */
    @Override
    public long applyAsLong(File file, Boolean showLabels) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(getClass().getClassLoader());
        try {
            ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
            projects.newProject();
            Workspace workspace = projects.getCurrentWorkspace();
            GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
            DirectedGraph graph = model.getDirectedGraph();
            Node[] nodes = new Node[x.length];
            for (int i = 0; i < nodes.length; i++) {
                nodes[i] = model.factory().newNode("e" + i);
                nodes[i].setX(x[i]);
                nodes[i].setY(y[i]);
                nodes[i].setSize(7);
                nodes[i].setLabel(labels[i]);
                nodes[i].setColor(new Color(colours[i]));
                graph.addNode(nodes[i]);
            }
            for (int k = 0; k < source.length; k++) {
                graph.addEdge(model.factory().newEdge(nodes[source[k]], nodes[target[k]], true));
            }
            var preview = Lookup.getDefault().lookup(PreviewController.class).getModel(workspace);
            preview.getProperties().putValue(PreviewProperty.SHOW_NODE_LABELS, showLabels);
            preview.getProperties().putValue(PreviewProperty.EDGE_CURVED, Boolean.FALSE);
            ExportController exports = Lookup.getDefault().lookup(ExportController.class);
            String name = file.getName();
            Exporter exporter = exports.getExporter(name.substring(name.lastIndexOf('.') + 1));
            exporter.setWorkspace(workspace);
            if (exporter instanceof PDFExporter pdf) {
                pdf.setLandscape(true);
            }
            long start = System.nanoTime();
            exports.exportFile(file, exporter);
            long took = System.nanoTime() - start;
            projects.closeCurrentProject();
            return took;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
