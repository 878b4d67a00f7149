package org.netzbild.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.export.Disclosure;
import org.netzbild.export.FtmExport;
import org.netzbild.export.GexfExport;
import org.netzbild.export.GraphmlExport;
import org.netzbild.export.Recipient;
import org.netzbild.export.SmallChart;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;
import org.netzbild.model.Provenance;
import org.netzbild.schema.Ontology;

/**
 * Exports read back by the project's own importers give the same entities, links and provenance:
 * GraphML and GEXF all of it; FollowTheMoney what FtM has properties for (docs/export.md names what it has not).
 */
class ExportRoundTripTest {

    private static final Ontology ONTOLOGY = Ontology.standard();
    /** The spec's provenance, which must not replace what the file states per record. */
    private static final Provenance SPEC = SmallChart.labelled("lka-nrw");

    @TempDir
    Path folder;

    private final SmallChart chart = new SmallChart();
    private final Disclosure all = chart.to(new Recipient("PP Dortmund", "pp-dortmund", Recipient.Kind.LAW_ENFORCEMENT, ""));

    @Test
    void graphmlGivesBackEveryEntityLinkPropertyAndProvenance() throws IOException {
        Path file = folder.resolve("fall.graphml");
        GraphmlExport.write(all, SmallChart.notes(), file);
        var read = new Read();

        new GraphmlReader(ONTOLOGY, SPEC, MappingSpec.Source.DEFAULT).read(file, read::add, read.problems::add);

        assertThat(read.problems).isEmpty();
        assertSame(read, all.entities(), all.links(), "graphml", Set.of());
    }

    @Test
    void gexfOfBothVersionsGivesBackEveryEntityLinkPropertyAndProvenance() throws IOException {
        for (var version : GexfExport.Version.values()) {
            Path file = folder.resolve("fall-" + version + ".gexf");
            GexfExport.write(all, SmallChart.notes(), file, version);
            var read = new Read();

            new GraphmlReader(ONTOLOGY, SPEC, new MappingSpec.Source("gexf", null, null, null, null, null, null))
                    .read(file, read::add, read.problems::add);

            assertThat(read.problems).as(version.name()).isEmpty();
            assertSame(read, all.entities(), all.links(), "gexf", Set.of());
        }
    }

    @Test
    void followTheMoneyGivesBackWhatFtmCarriesWithTheProvenance() throws IOException {
        Path file = folder.resolve("fall.ijson");
        int notCarried = FtmExport.write(all, ONTOLOGY, file);
        var read = new Read();
        var reader = new FtmReader(ONTOLOGY, SPEC);

        reader.read(file, read::add, read.problems::add);

        assertThat(read.problems).isEmpty();
        assertThat(notCarried).as("RESIDES_AT has no FtM schema").isEqualTo(1);
        assertThat(FtmExport.carried(all, ONTOLOGY)).as("what the audit log names")
                .containsExactly("p-anna", "b-bar", "a-home", "p-father", "l-owns", "l-parent");
        assertSame(read, all.entities(), List.of(chart.owns, chart.parent), "ftm", Set.of("trade", "houseNumber"));
    }

    @Test
    void aRecordFromASourceNobodyKnowsIsRefusedWithItsLine() throws IOException {
        var stranger = new org.netzbild.model.Entity("p-x", "Person", java.util.Map.of("name", "Niemand"),
                SmallChart.labelled("Erfundene Stelle"));
        Path file = folder.resolve("fremd.graphml");
        GraphmlExport.write(new Disclosure("x", SmallChart.ESSEN, SmallChart.AT, "a", "b", List.of(stranger), List.of(),
                java.util.Map.of("p-x", new double[] {0, 0}), java.util.Map.of()), SmallChart.notes(), file);
        var read = new Read();

        new GraphmlReader(ONTOLOGY, SPEC, MappingSpec.Source.DEFAULT).read(file, read::add, read.problems::add);

        assertThat(read.entities).isEmpty();
        assertThat(read.problems).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("problem.unknownAgency");
            assertThat(p.line()).isPositive();
        });
    }

    @Test
    void aGraphmlDecimalHasItsPointWhateverTheCsvDefaultSays() {
        var read = new Read();

        new GraphmlReader(ONTOLOGY, SPEC, MappingSpec.Source.DEFAULT).read(Path.of("src/test/resources/import/analyse.graphml"),
                read::add, read.problems::add);

        assertThat(read.links).filteredOn(l -> l.type().equals("OWNS")).extracting(l -> l.get("share")).containsExactly(0.5);
    }

    private void assertSame(Read read, List<Entity> entities, List<Link> links, String format, Set<String> lost) {
        var expected = new LinkedHashMap<String, Entity>();
        var ids = new LinkedHashMap<String, String>();
        for (Entity e : entities) {
            String id = RecordIds.of(e.type(), SPEC.sourceAgency(), format, e.id());
            ids.put(e.id(), id);
            var properties = new LinkedHashMap<>(e.properties());
            properties.keySet().removeAll(lost);
            expected.put(id, new Entity(id, e.type(), properties, e.provenance()));
        }
        assertThat(read.entities).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(read.links).hasSameSizeAs(links);
        for (Link l : links) {
            var back = read.links.stream().filter(x -> x.fromId().equals(ids.get(l.fromId())) && x.toId().equals(ids.get(l.toId())))
                    .findFirst().orElseThrow();
            assertThat(back.type()).isEqualTo(l.type());
            assertThat(back.properties()).isEqualTo(l.properties());
            assertThat(back.provenance()).isEqualTo(l.provenance());
        }
    }

    private static final class Read {
        final Map<String, Entity> entities = new LinkedHashMap<>();
        final List<Link> links = new ArrayList<>();
        final List<ImportProblem> problems = new ArrayList<>();

        void add(RowMapper.Mapped mapped) {
            entities.putAll(mapped.entities());
            links.addAll(mapped.links());
        }
    }
}
