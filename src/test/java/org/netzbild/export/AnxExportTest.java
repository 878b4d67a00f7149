package org.netzbild.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.model.Entity;
import org.netzbild.model.Grading;
import org.netzbild.model.Provenance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The ANX export against the structure Analyst's Notebook expects ({@link AnxStructure}) and what it must carry. */
class AnxExportTest {

    @TempDir
    Path folder;

    private final SmallChart chart = new SmallChart();

    @Test
    void theSmallChartIsTheStructureAnalystsNotebookExpectsWithEveryRecordTheRecipientMayReceive() throws Exception {
        Document anx = write(chart.to(SmallChart.ESSEN));

        Map<String, Element> entities = AnxStructure.elements(anx, "Entity").stream()
                .collect(Collectors.toMap(e -> e.getAttribute("Identity"), e -> e));
        assertThat(entities).as("the father is PP Dortmund's alone").containsOnlyKeys("p-anna", "b-bar", "a-home");
        var links = AnxStructure.elements(anx, "Link");
        assertThat(links).as("the father's link goes with him").hasSize(2);
        Element owns = links.getFirst();
        assertThat(owns.getAttribute("End1Id")).isEqualTo(entities.get("p-anna").getAttribute("EntityId"));
        assertThat(owns.getAttribute("End2Id")).isEqualTo(entities.get("b-bar").getAttribute("EntityId"));
        Element barEnd = (Element) entities.get("b-bar").getParentNode();
        assertThat(barEnd.getAttribute("X") + "/" + barEnd.getAttribute("Y")).as("positions, in Analyst's Notebook's units")
                .isEqualTo(Math.round(120.5 * AnxExport.SCALE) + "/" + Math.round(-40 * AnxExport.SCALE));
    }

    @Test
    void propertiesAndProvenanceAreTypedAttributesAndTheEuGradingIsAnalystsNotebooksTwoGrades() throws Exception {
        Document anx = write(chart.to(SmallChart.ESSEN));

        Element anna = item(anx, "Anna Berg");
        Map<String, String> attributes = attributes(anna);
        assertThat(attributes).containsEntry("birthDate", "1984-05-17T00:00:00").containsEntry("names", "Anna Berg; Anna Berk")
                .containsEntry("netzbild.id", "p-anna").containsEntry("prov.sourceAgency", "pp-essen")
                .containsEntry("prov.legalBasis", "§ 9 PolG NRW").containsEntry("prov.reviewBy", "2031-03-01T00:00:00");
        assertThat(classType(anx, "birthDate")).isEqualTo("AttTime");
        assertThat(classType(anx, "share")).isEqualTo("AttNumber");
        assertThat(anna.getAttribute("GradeOneIndex") + anna.getAttribute("GradeTwoIndex")).as("B2").isEqualTo("11");
        assertThat(anna.getAttribute("SourceReference")).isEqualTo("AZ-pp-essen");
        Element owns = item(anx, "OWNS");
        assertThat(owns.getAttribute("DateTime")).as("true from").isEqualTo("2020-01-01T00:00:00.000");
        assertThat(attributes(owns)).containsEntry("share", "50.0");
        assertThat(attributes(item(anx, "RESIDES_AT"))).containsEntry("prov.handlingCode", "H0");
        var summary = AnxStructure.elements(anx, "Field").stream()
                .collect(Collectors.toMap(f -> f.getAttribute("Type"), f -> f.getAttribute("Field")));
        assertThat(summary).containsEntry("SummaryFieldCategory", "OPEN H0").containsEntry("SummaryFieldSubject", "AZ 21/2026")
                .containsEntry("SummaryFieldAuthor", "analystin.a");
        assertThat(summary.get("SummaryFieldComments")).contains("1 Datensatz nur für die beitragende Behörde");
    }

    @Test
    void aGradingUnderAnotherSchemeIsKeptAsAttributesOnly() throws Exception {
        var graded = new Entity("p-x", "Person", Map.of("name", "Xaver"), Provenance.of("pp-essen", "AZ 1",
                SmallChart.AT, "k", new Grading("NATO", "F", "6")).collected(org.netzbild.model.CollectionMethod.OVERT, "§ 9"));

        Document anx = write(Disclosure.of("x", SmallChart.ESSEN, SmallChart.AT, "a", "AZ", List.of(graded), List.of(),
                Map.of()));

        Element item = item(anx, "Xaver");
        assertThat(item.hasAttribute("GradeOneIndex")).isFalse();
        assertThat(attributes(item)).containsEntry("prov.gradingScheme", "NATO").containsEntry("prov.gradingSource", "F");
    }

    @Test
    void aPropertyWithNumbersOnOneRecordAndTextOnAnotherIsText() throws Exception {
        var one = new Entity("v-1", "Vehicle", Map.of("plate", "E-AB 123", "seats", 5L), SmallChart.labelled("pp-essen"));
        var two = new Entity("v-2", "Vehicle", Map.of("plate", "DO-X 1", "seats", "fünf"), SmallChart.labelled("pp-essen"));

        Document anx = write(Disclosure.of("x", SmallChart.ESSEN, SmallChart.AT, "a", "AZ", List.of(one, two), List.of(),
                Map.of()));

        assertThat(classType(anx, "seats")).isEqualTo("AttText");
    }

    @Test
    void hostileTextStaysTextAndWhatXmlCannotCarryIsDropped() throws Exception {
        String name = "<Chart>&amp; \"x\" ]]> '\u0007\u0000=cmd|' /C calc'!A0";
        var hostile = new Entity("p-h", "Person", Map.of("name", name), SmallChart.labelled("pp-essen"));

        Document anx = write(Disclosure.of("x", SmallChart.ESSEN, SmallChart.AT, "a", "AZ", List.of(hostile), List.of(),
                Map.of()));

        assertThat(AnxStructure.elements(anx, "ChartItem")).singleElement()
                .extracting(e -> e.getAttribute("Label")).isEqualTo(name.replace("\u0007", "").replace("\u0000", ""));
    }

    @Test
    void aChartWithNothingTheRecipientMayReceiveIsStillAChart() throws Exception {
        Document anx = write(Disclosure.of("x", SmallChart.ESSEN, Instant.EPOCH, "a", "AZ", List.of(chart.father),
                List.of(), Map.of()));

        assertThat(AnxStructure.elements(anx, "ChartItem")).isEmpty();
    }

    @Test
    void theCheckRefusesALinkToAnEntityTheFileDoesNotHoldAndCollectionsOutOfOrder() throws Exception {
        Path file = folder.resolve("chart.anx");
        AnxExport.write(chart.to(SmallChart.ESSEN), SmallChart.notes(), AnxExport.Words.CODES, file);
        String written = java.nio.file.Files.readString(file);

        java.nio.file.Files.writeString(file, written.replace("End2Id=\"3\"", "End2Id=\"9\""));
        assertThatThrownBy(() -> AnxStructure.check(file)).hasMessageContaining("9");
        int types = written.indexOf("  <EntityTypeCollection>");
        int end = written.indexOf("</EntityTypeCollection>") + "</EntityTypeCollection>\n".length();
        String moved = written.substring(0, types) + written.substring(end);
        moved = moved.replace("  <ChartItemCollection>", written.substring(types, end) + "  <ChartItemCollection>");
        java.nio.file.Files.writeString(file, moved);
        assertThatThrownBy(() -> AnxStructure.check(file)).hasMessageContaining("EntityTypeCollection");
    }

    private Document write(Disclosure disclosure) throws Exception {
        Path file = folder.resolve("chart.anx");
        AnxExport.write(disclosure, SmallChart.notes(), AnxExport.Words.CODES, file);
        return AnxStructure.check(file);
    }

    private static Element item(Document anx, String label) {
        return AnxStructure.elements(anx, "ChartItem").stream().filter(e -> e.getAttribute("Label").equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no chart item " + label));
    }

    private static Map<String, String> attributes(Element item) {
        var values = new java.util.LinkedHashMap<String, String>();
        var list = item.getElementsByTagName("Attribute");
        for (int i = 0; i < list.getLength(); i++) {
            var a = (Element) list.item(i);
            values.put(a.getAttribute("AttributeClass"), a.getAttribute("Value"));
        }
        return values;
    }

    private static String classType(Document anx, String name) {
        return AnxStructure.elements(anx, "AttributeClass").stream().filter(c -> c.getAttribute("Name").equals(name))
                .findFirst().orElseThrow().getAttribute("Type");
    }
}
