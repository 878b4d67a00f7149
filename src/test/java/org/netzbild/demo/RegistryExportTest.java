package org.netzbild.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.app.Imports;
import org.netzbild.app.Workspace;
import org.netzbild.app.WorkspaceSettings;
import org.netzbild.security.AnalystSession;
import org.netzbild.testsupport.TemplateWorkspace;

/**
 * The import benchmark's generated registration office exports: deterministic, importable by their
 * own spec without a problem, N rows making N persons' records and 2N links, and a second agency's
 * export that reports known households again merging with the first (statements, no duplicates).
 */
class RegistryExportTest {

    @TempDir
    Path folder;

    @Test
    void theSameSeedWritesTheSameFile() throws Exception {
        var first = new RegistryExport(7).write(folder.resolve("a"), "m", "oa-essen", "EMA-", 300, 0, 0, 0);
        var second = new RegistryExport(7).write(folder.resolve("b"), "m", "oa-essen", "EMA-", 300, 0, 0, 0);

        assertThat(Files.readAllBytes(first.csv())).isEqualTo(Files.readAllBytes(second.csv()));
        assertThat(Files.readString(first.csv())).startsWith("Kennziffer;Familienname;Vorname;Geburtsdatum;");
    }

    @Test
    void anExportImportsAsPersonsWithTheirAddressAndRelativeAndASecondAgencyMergesWithIt() {
        var export = new RegistryExport(11);
        var base = export.write(folder.resolve("files"), "melde", "oa-essen", "EMA-", 400, 0, 0, 0);
        var again = export.write(folder.resolve("files"), "jobcenter", "jc-essen", "JC-", 200, base.households(),
                0.5, base.households());
        try (var workspace = Workspace.open(WorkspaceSettings.embedded(TemplateWorkspace.copyTo(folder.resolve("store")),
                AnalystSession.unrestricted("t.1", "pp-essen", new org.netzbild.security.Purpose("AZ 1", "Test"))))) {
            var imports = new Imports(workspace);
            var first = imports.run(Imports.spec(base.spec()), List.of(base.csv()), (d, t) -> { }, () -> false);
            var persons = workspace.store().statistics().entitiesByType().get("Person");
            long addresses = workspace.store().statistics().entitiesByType().get("Address");
            var second = imports.run(Imports.spec(again.spec()), List.of(again.csv()), (d, t) -> { }, () -> false);

            // one batch: every resident a person of their own, none merged
            assertThat(first.rows()).isEqualTo(base.rows());
            assertThat(persons).isEqualTo(base.rows());
            assertThat(first.statements()).isZero();
            // RESIDES_AT and FAMILY for every row, IN_MUNICIPALITY for every address (all lie in the Ruhr)
            assertThat(first.links()).isEqualTo(2 * base.rows() + addresses);
            // half of the second file's households were known: their people and addresses got statements
            assertThat(second.statements()).isPositive();
            assertThat(second.newEntities()).isLessThan((int) again.rows() + second.statements());
        }
    }
}
