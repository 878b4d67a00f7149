package org.netzbild.chart.paint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.graphstream.ui.graphicGraph.stylesheet.StyleSheet;
import org.junit.jupiter.api.Test;
import org.netzbild.schema.Ontology;

class ChartStyleTest {

    private final ChartStyle style = ChartStyle.standard();

    /** The frame-time benchmark still draws the sheet with GraphStream, for its reference row. */
    @Test
    void theStyleSheetStillParsesAsGraphStreamCss() throws Exception {
        String css;
        try (InputStream in = ChartStyle.class.getResourceAsStream("/org/netzbild/ui/chart/graph.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        new StyleSheet().parseFromString(css);
        // with the rule the benchmark's "crowded style sheet" row appends (GraphStreamFrame.CROWDED_RULE)
        new StyleSheet().parseFromString(css + "\nnode { text-visibility-mode: under-zoom; text-visibility: 0.5; }\n");
    }

    @Test
    void everyEntityTypeHasAColour() {
        assertThat(ChartStyle.typeColours()).containsKeys(
                Ontology.standard().entityTypes().keySet().toArray(String[]::new));
    }

    @Test
    void anEntityTakesTheLookOfItsType() {
        NodeLook business = style.node("Business", false, null);

        assertThat(business.shape()).isEqualTo(NodeShape.BOX);
        assertThat(business.fill()).isEqualTo(Rgba.web(ChartStyle.typeColours().get("Business")));
        assertThat(business.size()).isEqualTo(14);
        assertThat(business.stroke()).isEqualTo(Rgba.WHITE);
        assertThat(business.textBackground()).isNotNull();
        assertThat(business.labelInside()).isFalse();
    }

    @Test
    void theSelectionRingWinsOverTheHighlight() {
        NodeLook highlighted = style.node("Person, highlight", false, null);
        NodeLook selected = style.node("Person, highlight", true, null);

        assertThat(highlighted.stroke()).isEqualTo(Rgba.web("#e74c3c"));
        assertThat(selected.stroke()).isEqualTo(Rgba.web("#f1c40f"));
        assertThat(selected.strokeWidth()).isGreaterThan(highlighted.strokeWidth());
        assertThat(selected.fill()).isEqualTo(style.node("Person", false, null).fill());
    }

    @Test
    void aColourOverrideReplacesOnlyTheFill() {
        NodeLook coloured = style.node("Vehicle", false, "fill-color: #332288;");

        assertThat(coloured.fill()).isEqualTo(Rgba.web("#332288"));
        assertThat(coloured.shape()).isEqualTo(NodeShape.DIAMOND);
    }

    @Test
    void aMoreStubIsADashedBoxAroundItsCentredLabel() {
        NodeLook stub = style.node("more", false, null);

        assertThat(stub.shape()).isEqualTo(NodeShape.ROUNDED_BOX);
        assertThat(stub.fitsLabel()).isTrue();
        assertThat(stub.dashed()).isTrue();
        assertThat(stub.labelInside()).isTrue();
        assertThat(stub.textBackground()).isNull();
    }

    @Test
    void linksTakeTheColourOfTheirTypeAndLookAlikeLinksShareOneLook() {
        LinkLook owns = style.link("OWNS");

        assertThat(owns.colour()).isEqualTo(Rgba.web("#d9822b"));
        assertThat(owns.width()).isEqualTo(1.8);
        assertThat(owns.arrowLength()).isEqualTo(6);
        assertThat(owns.arrowWidth()).isEqualTo(4);
        assertThat(style.link("OWNS")).isSameAs(owns);
        assertThat(style.link("more").dashed()).isTrue();
    }

    /** Issue 18: six link types were the same grey, Directs and Owns both orange, no link dashed. */
    @Test
    void everyLinkTypeOfTheOntologyIsToldApartByColourAndPattern() {
        var types = org.netzbild.schema.Ontology.standard().linkTypes().keySet();
        var looks = new java.util.HashMap<String, String>();
        for (String type : types) {
            LinkLook look = style.link(type);
            String key = look.colour() + " " + look.dashed() + " " + look.dotted();
            assertThat(looks.put(key, type)).as(type + " looks like another type").isNull();
        }
        assertThat(style.link("DIRECTS").colour()).isEqualTo(style.link("OWNS").colour());
        assertThat(style.link("DIRECTS").dashed()).isTrue();
    }

    @Test
    void anUnknownClassFallsBackToTheDefaultLook() {
        assertThat(style.node("Spaceship", false, null).fill()).isEqualTo(Rgba.web("#8c8c8c"));
        assertThat(style.link(null).colour()).isEqualTo(Rgba.web("#9a9a9a"));
    }
}
