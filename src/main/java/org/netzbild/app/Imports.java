package org.netzbild.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.netzbild.ingest.Importer;
import org.netzbild.ingest.MappingSpec;
import org.netzbild.ingest.MappingSpecs;
import org.netzbild.model.ImportRecord;
import org.netzbild.schema.Ontology;

/** Imports into a workspace by mapping spec, checks without writing, lists and undoes imports. */
public final class Imports {

    private final Workspace workspace;

    public Imports(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Reads and checks a mapping spec against the ontology. */
    public static MappingSpec spec(Path file) {
        return MappingSpecs.load(file, Ontology.standard());
    }

    /** A spec from the wizard's editor. */
    public static MappingSpec spec(String name, String text) {
        return MappingSpecs.parse(name, text, Ontology.standard());
    }

    /** The first rows of a file as parsed and as mapped, for the wizard; writes nothing. */
    public Importer.Preview preview(MappingSpec spec, Path file, int rows) {
        return importer().preview(spec, file, rows);
    }

    /** Validates the files against the spec and writes nothing; returns the number of data rows. */
    public long check(MappingSpec spec, List<Path> files) {
        return importer().check(spec, files);
    }

    /** Imports the files as one import: all of it lands, or nothing. */
    public Importer.Summary run(MappingSpec spec, List<Path> files, Importer.Progress progress, BooleanSupplier cancelled) {
        String label = (spec.name() == null ? "" : spec.name() + ": ")
                + String.join(", ", files.stream().map(f -> f.getFileName().toString()).toList());
        return importer().run(spec, files, label, progress, cancelled);
    }

    public List<ImportRecord> list() {
        return workspace.store().imports();
    }

    /** Undoes an import as a whole; returns the number of records removed. */
    public long undo(String importId, boolean evenIfOthersDependOnIt) {
        return workspace.store().undoImport(importId, evenIfOthersDependOnIt);
    }

    private Importer importer() {
        return new Importer(workspace.store(), Ontology.standard(), workspace.session().user());
    }
}
