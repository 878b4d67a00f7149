package org.netzbild.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.model.Entity;
import org.netzbild.model.WriteBatch;
import org.netzbild.resolve.Candidate;
import org.netzbild.resolve.PairScore;
import org.netzbild.store.WriteMode;
import org.netzbild.testsupport.Records;
import org.netzbild.testsupport.TemplateWorkspace;

/**
 * An import uses the same matcher as the candidate list (issue 20, ADR 0031): a customs office's
 * record that agrees with a police record in its identity key (name and birth date exactly) becomes
 * a statement about it, as before; one that only resembles a stored person (Jens Krause, Jens Kraus,
 * same birth date) is written as a person of its own and waits as a candidate, never merged silently.
 */
class ImportProposesCandidatesTest {

    private static final Path SPEC = Path.of("src/test/resources/import/zoll-personen.yaml");

    @TempDir
    Path folder;
    @TempDir
    Path files;
    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = TemplateWorkspace.openForImports(folder);
        workspace.store().write(new WriteBatch(List.of(
                person("pp-1", "Dirk Hoffmann", LocalDate.of(1971, 3, 14)),
                person("pp-2", "Jens Kraus", LocalDate.of(1983, 11, 7))), List.of()), WriteMode.CREATE);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aRecordThatOnlyResemblesAStoredPersonBecomesACandidateNotAMerge() throws IOException {
        Path file = files.resolve("zoll.csv");
        Files.writeString(file, "\uFEFFName,Vorname,Geburtsdatum,Geburtsort,Schreibweisen,Aliasnamen\n"
                + "Hoffmann,Dirk,14.03.1971,Essen-Steele,,\n"
                + "Krause,Jens,07.11.1983,Duisburg,,\n", StandardCharsets.UTF_8);

        var imports = new Imports(workspace);
        var summary = imports.run(Imports.spec(SPEC), List.of(file), (d, t) -> { }, () -> false);

        // the exact identity key: a statement about the police record (what the issue allows)
        assertThat(summary.statements()).isEqualTo(1);
        assertThat(workspace.store().statements("pp-1")).isNotEmpty();
        // the resemblance: a person of its own beside the police record
        assertThat(summary.newEntities()).isEqualTo(1);
        String krause = summary.newEntityIds().getFirst();
        assertThat(workspace.store().entity("pp-2")).isPresent();
        assertThat(workspace.store().entity(krause)).isPresent();

        List<Candidate> candidates = imports.possibleDuplicates(summary);

        assertThat(candidates).hasSize(1);
        Candidate candidate = candidates.getFirst();
        assertThat(List.of(candidate.kept().id(), candidate.other().id())).containsExactlyInAnyOrder("pp-2", krause);
        assertThat(candidate.score().field(PairScore.Topic.NAME).verdict()).isEqualTo(PairScore.Verdict.PARTLY);
        assertThat(candidate.score().field(PairScore.Topic.BIRTH_DATE).verdict()).isEqualTo(PairScore.Verdict.AGREES);
        // the same pair is in the candidate list everyone reviews
        assertThat(new Duplicates(workspace).candidates()).extracting(Candidate::id).contains(candidate.id());
    }

    private static Entity person(String id, String name, LocalDate born) {
        return new Entity(id, "Person", Records.props("name", name, "birthDate", born), Records.from("fa-bottrop"));
    }
}
