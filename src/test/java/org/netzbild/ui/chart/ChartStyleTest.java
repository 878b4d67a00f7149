package org.netzbild.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.graphstream.ui.graphicGraph.stylesheet.StyleSheet;
import org.junit.jupiter.api.Test;
import org.netzbild.schema.Ontology;

/** GraphStream ignores a broken style sheet with only a log line; this test makes it fail loudly. */
class ChartStyleTest {

    @Test
    void theStyleSheetParses() throws Exception {
        String css;
        try (InputStream in = NetworkChart.class.getResourceAsStream("graph.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        new StyleSheet().parseFromString(css);
        new StyleSheet().parseFromString(css + "\nnode { text-visibility-mode: under-zoom; text-visibility: 0.5; }\n");
    }

    @Test
    void everyEntityTypeHasAColour() {
        assertThat(NetworkChart.typeColours()).containsKeys(
                Ontology.standard().entityTypes().keySet().toArray(String[]::new));
    }
}
