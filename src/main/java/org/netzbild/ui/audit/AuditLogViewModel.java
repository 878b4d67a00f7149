package org.netzbild.ui.audit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.netzbild.app.AuditCheck;
import org.netzbild.app.AuditTrail;
import org.netzbild.app.I18n;
import org.netzbild.app.Workspace;
import org.netzbild.app.AuditLine;
import org.netzbild.app.AuditQuery;
import org.netzbild.ui.tasks.BackgroundTasks;

/**
 * State and actions of the audit log window: the filters as the officer types them, the entries
 * that match, how many there are, and whether the log's hash chain holds. Every reading runs as a
 * background task through {@link AuditTrail}, which logs it; results come back on the FX thread.
 */
public final class AuditLogViewModel {

    private final Workspace workspace;
    private final BackgroundTasks tasks;
    private final ZoneId zone;
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty caseReference = new SimpleStringProperty("");
    private final StringProperty purposeText = new SimpleStringProperty("");
    private final StringProperty recordId = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<String> operation = new SimpleObjectProperty<>();
    private final ObjectProperty<String> outcome = new SimpleObjectProperty<>();
    private final ObservableList<AuditLine> entries = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty chainState = new SimpleStringProperty("");
    private final BooleanProperty chainIntact = new SimpleBooleanProperty(true);
    private final BooleanProperty reading = new SimpleBooleanProperty(false);
    /** Counts finished readings, so a test (or anyone) can wait for the next one without a clock. */
    private final ObjectProperty<Integer> readings = new SimpleObjectProperty<>(0);

    public AuditLogViewModel(Workspace workspace, BackgroundTasks tasks, ZoneId zone) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.zone = zone;
    }

    /** Reads the entries that pass the filters (at most {@link AuditTrail#SHOWN}); the reading is logged. */
    public void search() {
        AuditQuery query = query();
        reading.set(true);
        tasks.run(I18n.text("auditWindow.reading"), (progress, cancelled) ->
                new AuditTrail(workspace).find(query, zone, AuditTrail.SHOWN), findings -> {
                    entries.setAll(findings.entries());
                    summary.set(I18n.text("audit.shown", findings.entries().size(), findings.matched())
                            + (findings.unreadable() == 0 ? "" : " " + I18n.text("auditWindow.unreadable", findings.unreadable())));
                    show(findings.verification());
                    finished();
                }, message -> {
                    summary.set(message);
                    finished();
                });
    }

    /** Writes the entries that pass the filters to {@code csv}; the export is logged. */
    public void export(Path csv) {
        AuditQuery query = query();
        reading.set(true);
        tasks.run(I18n.text("auditWindow.reading"), (progress, cancelled) ->
                new AuditTrail(workspace).export(query, csv, zone), exported -> {
                    summary.set(I18n.text("audit.exported", exported.entries(), exported.file()));
                    show(exported.verification());
                    finished();
                }, message -> {
                    summary.set(message);
                    finished();
                });
    }

    AuditQuery query() {
        return new AuditQuery(user.get(), caseReference.get(), purposeText.get(), from.get(), to.get(),
                operation.get(), outcome.get(), recordId.get());
    }

    private void show(AuditCheck.Report verification) {
        chainIntact.set(verification.intact());
        String state = verification.intact()
                ? I18n.text("audit.intact", verification.entries(), workspace.auditFile())
                : verification.firstBadSeq() < 0
                ? I18n.text("audit.broken.unnumbered", workspace.auditFile(), verification.firstBadLine(), verification.problem())
                : I18n.text("audit.broken", workspace.auditFile(), verification.firstBadLine(), verification.firstBadSeq(),
                verification.problem());
        chainState.set(verification.prunedUpTo() == 0 ? state
                : state + " " + I18n.text("auditWindow.prunedUpTo", verification.prunedUpTo()));
    }

    private void finished() {
        reading.set(false);
        readings.set(readings.get() + 1);
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty caseReferenceProperty() {
        return caseReference;
    }

    public StringProperty purposeTextProperty() {
        return purposeText;
    }

    public StringProperty recordIdProperty() {
        return recordId;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<String> operationProperty() {
        return operation;
    }

    public ObjectProperty<String> outcomeProperty() {
        return outcome;
    }

    public ObservableList<AuditLine> entries() {
        return entries;
    }

    /** How many entries are shown of how many match, or why the reading failed. */
    public StringProperty summaryProperty() {
        return summary;
    }

    /** The hash chain's state in words: intact with its number of entries, or the first altered entry. */
    public StringProperty chainStateProperty() {
        return chainState;
    }

    public BooleanProperty chainIntactProperty() {
        return chainIntact;
    }

    public BooleanProperty readingProperty() {
        return reading;
    }

    /** How many readings (searches, exports) have finished, successfully or not. */
    public ObjectProperty<Integer> readingsProperty() {
        return readings;
    }
}
