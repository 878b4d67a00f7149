package org.netzbild.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An independent reader: Debian's python3-networkx ({@code /usr/bin/python3}, installed by
 * {@code .ci/run}) reads the GraphML and the GEXF 1.2draft export with every node, edge and attribute.
 */
class NetworkxReadsExportsTest {

    private static final Path SCRIPT = Path.of("src/test/resources/org/netzbild/export/read_with_networkx.py");

    @TempDir
    Path folder;

    private final Disclosure disclosure = new SmallChart().to(SmallChart.ESSEN);

    @Test
    void networkxReadsTheGraphmlWithTypedAttributesAndProvenance() throws Exception {
        Path file = folder.resolve("fall.graphml");
        GraphmlExport.write(disclosure, SmallChart.notes(), file);

        JsonNode read = networkx("graphml", file);

        assertThat(read.path("nodes").asInt()).isEqualTo(3);
        assertThat(read.path("edges").asInt()).isEqualTo(2);
        JsonNode bar = read.path("node").path("b-bar");
        assertThat(bar.path("type").asText()).isEqualTo("Business");
        assertThat(bar.path("name").asText()).isEqualTo("=HYPERLINK(\"http://x\";\"Shisha\")");
        assertThat(bar.path("x").asDouble()).isEqualTo(120.5);
        assertThat(bar.path("r").asInt()).isEqualTo(0xd9);
        assertThat(bar.path("prov.sourceAgency").asText()).isEqualTo("gwa-essen");
        assertThat(read.path("edge").findValuesAsText("type")).containsExactlyInAnyOrder("OWNS", "RESIDES_AT");
        assertThat(read.path("edge").findValues("share").getFirst().asDouble()).isEqualTo(50.0);
        assertThat(read.path("edge").findValuesAsText("prov.handlingCode")).containsExactly("H0");
    }

    @Test
    void networkxReadsTheGexfWithLabelsPositionsColoursAndAttributes() throws Exception {
        Path file = folder.resolve("fall.gexf");
        GexfExport.write(disclosure, SmallChart.notes(), file, GexfExport.Version.V1_2);

        JsonNode read = networkx("gexf", file);

        assertThat(read.path("nodes").asInt()).isEqualTo(3);
        assertThat(read.path("edges").asInt()).isEqualTo(2);
        assertThat(read.path("directed").asBoolean()).isTrue();
        JsonNode anna = read.path("node").path("p-anna");
        assertThat(anna.path("label").asText()).isEqualTo("Anna Berg");
        assertThat(anna.path("type").asText()).isEqualTo("Person");
        assertThat(anna.path("birthDate").asText()).isEqualTo("1984-05-17");
        assertThat(anna.path("prov.gradingSource").asText()).isEqualTo("B");
        assertThat(anna.path("viz").path("color").path("r").asInt()).isEqualTo(0x2f);
        JsonNode bar = read.path("node").path("b-bar");
        assertThat(bar.path("viz").path("position").path("x").asDouble()).isEqualTo(120.5);
        assertThat(read.path("edge").findValuesAsText("label")).containsExactlyInAnyOrder("OWNS", "RESIDES_AT");
    }

    private static JsonNode networkx(String kind, Path file) throws IOException, InterruptedException {
        org.netzbild.testsupport.Networkx.ensureInstalled();
        var process = new ProcessBuilder("/usr/bin/python3", SCRIPT.toString(), kind, file.toString())
                .redirectErrorStream(false).start();
        byte[] out = process.getInputStream().readAllBytes();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("networkx: " + err).isZero();
        return new ObjectMapper().readTree(out);
    }
}
