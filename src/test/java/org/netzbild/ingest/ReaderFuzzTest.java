package org.netzbild.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.netzbild.model.Grading;
import org.netzbild.model.Provenance;
import org.netzbild.schema.Ontology;

/**
 * Fuzz targets for the import readers: whatever bytes arrive, a reader either delivers rows or
 * reports problems; it never throws anything else, hangs or runs out of memory. The normal build
 * runs the stored inputs in {@code src/test/resources/org/netzbild/ingest/ReaderFuzzTestInputs};
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=ReaderFuzzTest#csv} fuzzes for real and adds what it finds there.
 */
class ReaderFuzzTest {

    private static final Ontology ONTOLOGY = Ontology.standard();
    private static final Provenance PROVENANCE = Provenance.of("Hauptzollamt Duisburg", "fuzz", Instant.EPOCH, "fuzz",
            Grading.eu("B2"));

    @FuzzTest(maxDuration = "60s")
    void csv(byte[] input) throws IOException {
        var spec = MappingSpecs.load(Path.of("src/test/resources/import/zoll-personen.yaml"), ONTOLOGY);
        var mapper = new RowMapper(spec, ONTOLOGY, "fuzz", Instant.EPOCH);
        onFile(input, ".csv", file -> {
            try (var table = CsvTable.open(file, spec.source())) {
                table.forEach(row -> mapper.map(row, problem -> assertThat(problem.file()).isNotNull()),
                        problem -> assertThat(problem.reason()).isNotBlank());
            } catch (ImportRefusedException refused) {
                assertThat(refused.problems()).isNotEmpty();
            }
        });
    }

    @FuzzTest(maxDuration = "60s")
    void followTheMoney(byte[] input) throws IOException {
        onFile(input, ".ijson", file -> new FtmReader(ONTOLOGY, PROVENANCE).read(file,
                mapped -> assertThat(mapped.row()).isNotNull(), problem -> assertThat(problem.reason()).isNotBlank()));
    }

    @FuzzTest(maxDuration = "60s")
    void graphml(byte[] input) throws IOException {
        onFile(input, ".graphml", file -> new GraphmlReader(ONTOLOGY, PROVENANCE, MappingSpec.Source.DEFAULT).read(file,
                mapped -> assertThat(mapped.row()).isNotNull(), problem -> assertThat(problem.reason()).isNotBlank()));
    }

    @FuzzTest(maxDuration = "60s")
    void gexf(byte[] input) throws IOException {
        onFile(input, ".gexf", file -> new GraphmlReader(ONTOLOGY, PROVENANCE,
                new MappingSpec.Source("gexf", null, null, null, null, null, null)).read(file,
                mapped -> assertThat(mapped.row()).isNotNull(), problem -> assertThat(problem.reason()).isNotBlank()));
    }

    @FuzzTest(maxDuration = "60s")
    void mappingSpec(byte[] input) throws IOException {
        onFile(input, ".yaml", file -> {
            try {
                MappingSpecs.load(file, ONTOLOGY);
            } catch (ImportRefusedException refused) {
                assertThat(refused.problems()).isNotEmpty();
            }
        });
    }

    /** The readers take files: write the input to a temporary one, read it, delete it. */
    private static void onFile(byte[] input, String suffix, java.util.function.Consumer<Path> read) throws IOException {
        Path file = Files.createTempFile("fuzz", suffix);
        try {
            Files.write(file, input);
            read.accept(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
