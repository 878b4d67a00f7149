package org.netzbild.app;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.netzbild.audit.AuditEvent;
import org.netzbild.audit.AuditedIds;
import org.netzbild.audit.Operation;
import org.netzbild.audit.Outcome;
import org.netzbild.ingest.Importer;
import org.netzbild.ingest.MappingSpec;
import org.netzbild.ingest.MappingSpecs;
import org.netzbild.model.ImportRecord;
import org.netzbild.schema.Ontology;
import org.netzbild.store.BulkLoader;

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

    /** The files a multi-file spec names, found in the spec's folder (for an import given the spec alone). */
    public static List<Path> filesBeside(MappingSpec spec, Path specFile) {
        return org.netzbild.ingest.FileTables.besideSpec(spec, specFile);
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
        return importer().run(spec, files, label(spec, files), progress, cancelled);
    }

    /**
     * An opt-in partial import: the rows with a problem of their own are written, unchanged and with
     * the reason in the user's language, to {@code rejectFile} (a folder when there are several
     * files), the others imported as one import that records how many rows it left out.
     */
    public Importer.Summary runLeavingOut(MappingSpec spec, List<Path> files, Path rejectFile, Importer.Progress progress,
                                          BooleanSupplier cancelled) {
        var rejects = new Importer.Rejects(rejectFile, I18n.text("import.rejectReason"), I18n.locale());
        return importer().run(spec, files, label(spec, files), progress, cancelled, rejects);
    }

    /** The steps of a bulk import after the rows are read, as message keys, for the progress display. */
    public enum BulkStep {
        IMPORTING("import.bulk.importing"), INDEXING("import.bulk.indexing"), SWITCHING("import.bulk.switching");

        public final String messageKey;

        BulkStep(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    /**
     * Whether {@link #runBulk} may be used: the store is embedded and holds nothing but reference
     * data. (An upkeep question, answered yes or no.)
     */
    public boolean bulkPossible() {
        return workspace.holdsOnlyReferenceData();
    }

    /**
     * Imports into an empty embedded store through Neo4j's offline importer (ADR 0011): the same
     * check, records and merging as {@link #run}, written as the importer's input and loaded into a
     * new database that replaces the store in one step once it is complete, migrated and indexed.
     * All of it lands, or nothing: a killed process leaves the empty store. The import is listed,
     * audited and undoable like any other.
     */
    public Importer.Summary runBulk(MappingSpec spec, List<Path> files, Importer.Progress progress,
                                    java.util.function.Consumer<BulkStep> steps, BooleanSupplier cancelled) {
        if (!bulkPossible()) {
            throw UserFacingException.badArgument("import.bulkNeedsEmptyStore");
        }
        workspace.require(org.netzbild.security.Permission.IMPORT, Operation.CREATE, "bulkImport");
        var session = workspace.session();
        var ids = new AuditedIds.Builder();
        Instant started = Instant.now();
        try (var load = BulkLoader.open(workspace.settings().folder(), Ontology.standard(), ids::add)) {
            load.reference(workspace.referenceData().asBatch());
            load.accounts(workspace.accountsForBulkLoad());
            var summary = importer().runInto(new Importer.BulkTarget() {
                @Override
                public List<org.netzbild.model.Entity> entities(java.util.Collection<String> entityIds) {
                    return load.entities(entityIds);
                }

                @Override
                public void write(org.netzbild.model.WriteBatch batch) {
                    load.write(batch);
                }
            }, spec, files, progress, cancelled);
            long records = (long) summary.newEntities() + summary.statements() + summary.links();
            String label = label(spec, files);
            var intent = new AuditEvent(Instant.now(), org.netzbild.store.AuditedGraphStore.actorOf(session), Operation.CREATE, "bulkImport",
                    "import " + summary.importId() + " (" + label + ")", ids.build(), Outcome.INTENDED);
            workspace.audit().append(intent);
            boolean[] switched = {false};
            try {
                steps.accept(BulkStep.IMPORTING);
                load.importRecords(new ImportRecord(summary.importId(), label, importer().agency(spec), session.user(),
                        started, ImportRecord.Status.COMPLETE, records));
                steps.accept(BulkStep.INDEXING);
                load.buildIndexes();
                steps.accept(BulkStep.SWITCHING);
                workspace.reopenAfter(() -> {
                    load.commit();
                    switched[0] = true;
                    workspace.audit().append(intent.done(intent.ids()));
                });
            } catch (RuntimeException e) {
                if (switched[0]) {
                    throw e; // the import stands (and is logged DONE); only reopening the store failed
                }
                try {
                    workspace.audit().append(intent.failed());
                } catch (RuntimeException auditFailure) {
                    e.addSuppressed(auditFailure);
                }
                throw e;
            }
            return summary;
        }
    }

    private static String label(MappingSpec spec, List<Path> files) {
        return (spec.name() == null ? "" : spec.name() + ": ")
                + String.join(", ", files.stream().map(f -> f.getFileName().toString()).toList());
    }

    /**
     * The duplicate candidates among an import's new persons and the stored ones (the same matcher as
     * {@link Duplicates#candidates}, ADR 0031): nothing is merged, the pairs wait for a decision.
     */
    public List<org.netzbild.resolve.Candidate> possibleDuplicates(Importer.Summary summary) {
        return new Duplicates(workspace).candidatesFor(summary.newEntityIds());
    }

    public List<ImportRecord> list() {
        return workspace.store().imports();
    }

    /** Undoes an import as a whole; returns the number of records removed. */
    public long undo(String importId, boolean evenIfOthersDependOnIt) {
        return workspace.store().undoImport(importId, evenIfOthersDependOnIt);
    }

    private Importer importer() {
        return new Importer(workspace.store(), Ontology.standard(), workspace.session().user(),
                workspace.settings().reviewPeriods());
    }
}
