package org.netzbild.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.netzbild.app.I18n;
import org.netzbild.app.Imports;
import org.netzbild.app.ProblemsFile;
import org.netzbild.ingest.Importer;
import org.netzbild.app.UserFacingException;
import org.netzbild.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import --mapping SPEC FILE...} imports (all or nothing), {@code --check} only validates,
 * {@code --undo ID} takes an import back as a whole, {@code --list} shows the imports. Problems
 * are printed one per line as {@code file:line:column:field: reason}, sorted, at most
 * {@link org.netzbild.ingest.ImportRefusedException#SHOWN_PER_KIND} of a kind with a count of the rest;
 * {@code --problems-file FILE} writes every one as CSV. The exit code is 2 then.
 */
@Command(name = "import", mixinStandardHelpOptions = true, description = "${bundle:command.import}")
final class ImportCommand extends StoreCommand {

    @Option(names = "--mapping", paramLabel = "SPEC", descriptionKey = "option.mapping")
    Path mapping;

    @Option(names = "--check", descriptionKey = "option.check")
    boolean check;

    @Option(names = "--undo", paramLabel = "ID", descriptionKey = "option.undo")
    String undo;

    @Option(names = "--force", descriptionKey = "option.force")
    boolean force;

    @Option(names = "--bulk", descriptionKey = "option.bulk")
    boolean bulk;

    @Option(names = "--list", descriptionKey = "option.list")
    boolean list;

    @Option(names = "--problems-file", paramLabel = "FILE", descriptionKey = "option.problemsFile")
    Path problemsFile;

    @Option(names = "--reject-file", paramLabel = "FILE", descriptionKey = "option.rejectFile")
    Path rejectFile;

    @Parameters(paramLabel = "FILE", arity = "0..*", descriptionKey = "param.files")
    List<Path> files = List.of();

    @Override
    int run(Workspace workspace, PrintWriter out) {
        var imports = new Imports(workspace);
        if (list) {
            var all = imports.list();
            if (all.isEmpty()) {
                out.println(I18n.text("import.none"));
            }
            var time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
            all.forEach(i -> out.println(I18n.text("import.listed", i.id(), time.format(i.startedAt()), i.status(),
                    i.agency(), i.records(), i.label(), i.refusedRows())));
            return 0;
        }
        if (undo != null) {
            long removed = imports.undo(undo, force);
            out.println(I18n.text("import.undone", undo, removed));
            return 0;
        }
        if (mapping == null) {
            throw UserFacingException.badArgument("import.needsMapping");
        }
        try {
            var spec = Imports.spec(mapping);
            if (files.isEmpty()) {
                if (!spec.multiFile()) {
                    throw UserFacingException.badArgument("import.needsMapping");
                }
                // a multi-file spec names its files: found beside it
                files = Imports.filesBeside(spec, mapping);
            }
            return check ? checkOnly(imports, spec, out) : importFiles(imports, spec, out);
        } catch (org.netzbild.ingest.ImportRefusedException refused) {
            if (problemsFile != null) {
                PrintWriter err = this.spec.commandLine().getErr();
                try {
                    ProblemsFile.write(problemsFile, refused.problems());
                    err.println(refused.found() > refused.problems().size()
                            ? I18n.text("import.problemsWrittenCapped", refused.problems().size(), refused.found(), problemsFile)
                            : I18n.text("import.problemsWritten", refused.problems().size(), problemsFile));
                } catch (UserFacingException notWritten) {
                    // the problems themselves still reach the terminal below
                    err.println(org.netzbild.app.ErrorMessages.describe(notWritten));
                }
            }
            throw refused;
        }
    }

    private int checkOnly(Imports imports, org.netzbild.ingest.MappingSpec spec, PrintWriter out) {
        long rows = imports.check(spec, files);
        noProblems();
        out.println(I18n.text("import.checked", rows));
        return 0;
    }

    /** A problems file from an earlier run must not stand for this one: without problems it holds only its header. */
    private void noProblems() {
        if (problemsFile != null) {
            ProblemsFile.write(problemsFile, List.of());
        }
    }

    private int importFiles(Imports imports, org.netzbild.ingest.MappingSpec spec, PrintWriter out) {
        PrintWriter err = this.spec.commandLine().getErr();
        boolean[] progressed = {false};
        Importer.Progress progress = (done, total) -> {
            progressed[0] = true;
            err.print(total < 0 ? I18n.text("import.progressRows", done) : I18n.text("import.progress", done, total));
            err.flush();
        };
        Importer.Summary summary;
        try {
            if (rejectFile != null) {
                if (bulk) {
                    throw UserFacingException.badArgument("import.rejectNotWithBulk");
                }
                summary = imports.runLeavingOut(spec, files, rejectFile, progress, () -> false);
            } else if (bulk) {
                summary = imports.runBulk(spec, files, progress, step -> err.println(I18n.text(step.messageKey)), () -> false);
            } else {
                if (largeInput() && imports.bulkPossible()) {
                    err.println(I18n.text("import.bulkHint"));
                }
                summary = imports.run(spec, files, progress, () -> false);
            }
        } catch (RuntimeException e) {
            if (progressed[0]) {
                err.println(); // ends the progress line, so that the message starts on a line of its own
            }
            throw e;
        }
        err.println();
        noProblems();
        out.println(I18n.text("import.done", summary.importId(), summary.rows(), summary.newEntities(),
                summary.statements(), summary.alreadyKnown(), summary.links()));
        summary.skipped().forEach((schema, lines) -> out.println(I18n.text("import.skipped", schema, lines)));
        if (summary.changedLinks() > 0) {
            out.println(I18n.text("import.linksChanged", summary.changedLinks(), String.join(", ", summary.changedLinkIds())));
        }
        if (!bulk && !summary.newEntityIds().isEmpty()) {
            // the same matcher as 'dedupe': a new person that resembles a stored one waits for a decision
            int candidates = imports.possibleDuplicates(summary).size();
            if (candidates > 0) {
                out.println(I18n.text("import.candidates", candidates));
            }
        }
        if (rejectFile != null) {
            out.println(summary.refusedRows() == 0 ? I18n.text("import.noneRejected")
                    : I18n.text("import.rejected", summary.refusedRows(), rejectFile));
        }
        return 0;
    }

    /** More than some 50 MB of input: a bulk import would save minutes. */
    private boolean largeInput() {
        long bytes = 0;
        for (Path file : files) {
            try {
                bytes += java.nio.file.Files.size(file);
            } catch (java.io.IOException e) {
                return false;
            }
        }
        return bytes > 50L << 20;
    }
}
