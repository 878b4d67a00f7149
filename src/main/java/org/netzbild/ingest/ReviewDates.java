package org.netzbild.ingest;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Consumer;
import org.netzbild.model.Provenance;
import org.netzbild.schema.Agencies;
import org.netzbild.schema.CooperationAgency;
import org.netzbild.schema.PropertyType;
import org.netzbild.schema.ReviewPeriods;

/**
 * The review date every imported record gets (§ 75 BDSG, ADR 0022): a row's own date where the
 * spec names a {@code reviewBy} column and the cell holds one, else the day of the import plus the
 * spec's {@code reviewPeriod}, else plus the workspace's period for the record's type and agency kind.
 * One provenance per type is made once, so that the records of an import share it (the store
 * flattens a provenance once for all records that share it).
 */
final class ReviewDates {

    private final Provenance base;
    private final MappingSpec.ProvenanceSpec spec;
    private final ReviewPeriods periods;
    private final Period filePeriod;
    private final org.netzbild.model.AgencyKind kind;
    private final Map<String, Provenance> byType = new java.util.concurrent.ConcurrentHashMap<>();

    ReviewDates(Provenance base, MappingSpec.ProvenanceSpec spec, ReviewPeriods periods) {
        this.base = base;
        this.spec = spec;
        this.periods = periods;
        // MappingSpecs.check has refused a period that does not parse
        this.filePeriod = spec == null || spec.reviewPeriod() == null ? null : Period.parse(spec.reviewPeriod().strip());
        this.kind = Agencies.standard().byId(base.sourceAgency()).map(CooperationAgency::kind).orElse(null);
    }

    /** The file's provenance for a record of {@code type} ({@code null}: links and self-describing formats). */
    Provenance of(String type) {
        return byType.computeIfAbsent(String.valueOf(type), t -> base.reviewedBy(filePeriod != null
                ? LocalDate.ofInstant(base.recordedAt(), ZoneOffset.UTC).plus(filePeriod)
                : periods.reviewBy(type, kind, base.recordedAt())));
    }

    Provenance of(String type, LocalDate rowReviewBy) {
        return rowReviewBy == null ? of(type) : of(type).reviewedBy(rowReviewBy);
    }

    /** A link's provenance (the file's, with the time it held) with the row's review date where it has one. */
    Provenance of(Provenance held, LocalDate rowReviewBy) {
        return rowReviewBy == null ? held : held.reviewedBy(rowReviewBy);
    }

    /**
     * The row's own review date, if the spec names a column for it and the cell is not empty. A date
     * that does not parse, or that lies before tomorrow (the record would be due the day it arrives),
     * is a problem of the row's line, column and the field {@code reviewBy}.
     */
    LocalDate ofRow(SourceRow row, ValueParser values, Consumer<ImportProblem> problems) {
        if (spec == null || spec.reviewBy() == null) {
            return null;
        }
        String column = spec.reviewBy().column() != null ? spec.reviewBy().column() : String.join("+", spec.reviewBy().columns());
        String text = spec.reviewBy().value() != null ? spec.reviewBy().value() : row.text(column).strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            var date = (LocalDate) values.parse(text, PropertyType.DATE);
            if (!date.isAfter(LocalDate.now(ZoneOffset.UTC))) {
                throw new ValueException("problem.reviewByPast", text);
            }
            return date;
        } catch (ValueException e) {
            problems.accept(e.at(row.file(), row.line(), column, "reviewBy"));
            return null;
        }
    }
}
