package org.netzbild.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import org.gephi.graph.api.Column;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.openide.util.Lookup;

/**
 * A second independent reader: the Gephi toolkit (test scope) opens the GraphML and both GEXF
 * exports with every node and edge, the labels, positions, colours and attributes.
 */
class GephiReadsExportsTest {

    @TempDir
    Path folder;

    private final Disclosure disclosure = new SmallChart().to(SmallChart.ESSEN);

    @ParameterizedTest
    @ValueSource(strings = {"graphml", "gexf", "gexf13"})
    void gephiOpensTheExport(String format) throws Exception {
        Path file = folder.resolve("fall." + (format.startsWith("gexf") ? "gexf" : format));
        switch (format) {
            case "graphml" -> GraphmlExport.write(disclosure, SmallChart.notes(), file);
            case "gexf" -> GexfExport.write(disclosure, SmallChart.notes(), file, GexfExport.Version.V1_2);
            default -> GexfExport.write(disclosure, SmallChart.notes(), file, GexfExport.Version.V1_3);
        }

        GraphModel model = open(file.toFile());

        var graph = model.getDirectedGraph();
        assertThat(graph.getNodeCount()).isEqualTo(3);
        assertThat(graph.getEdgeCount()).isEqualTo(2);
        Node bar = graph.getNode("b-bar");
        // Gephi moves and scales a graph it opens to its own size; the positions keep their proportions
        Node anna = graph.getNode("p-anna");
        Node home = graph.getNode("a-home");
        assertThat((bar.x() - anna.x()) / (home.x() - anna.x())).isCloseTo(120.5f / -80f, org.assertj.core.data.Offset.offset(0.01f));
        assertThat((bar.y() - anna.y()) / (home.y() - anna.y())).isCloseTo(-40f / 60f, org.assertj.core.data.Offset.offset(0.01f));
        assertThat(Math.round(bar.r() * 255)).isEqualTo(0xd9);
        assertThat(value(model, bar, "type")).isEqualTo("Business");
        assertThat(value(model, bar, "prov.sourceAgency")).isEqualTo("gwa-essen");
        assertThat(String.valueOf(value(model, graph.getNode("p-anna"), "name"))).isEqualTo("Anna Berg");
        if (!format.equals("graphml")) {
            assertThat(graph.getNode("p-anna").getLabel()).isEqualTo("Anna Berg");
        }
    }

    private static GraphModel open(File file) throws Exception {
        ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
        projects.newProject();
        Workspace workspace = projects.getCurrentWorkspace();
        ImportController imports = Lookup.getDefault().lookup(ImportController.class);
        Container container = imports.importFile(file);
        assertThat(container).as("Gephi takes the file").isNotNull();
        imports.process(container, new DefaultProcessor(), workspace);
        return Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
    }

    private static Object value(GraphModel model, Node node, String title) {
        for (Column column : model.getNodeTable()) {
            if (column.getTitle().equalsIgnoreCase(title) || column.getId().equalsIgnoreCase(title)) {
                return node.getAttribute(column);
            }
        }
        throw new AssertionError("no column " + title + " in " + model.getNodeTable());
    }
}
