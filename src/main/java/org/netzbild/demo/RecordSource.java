package org.netzbild.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.netzbild.model.CollectionMethod;
import org.netzbild.model.Grading;
import org.netzbild.model.Handling;
import org.netzbild.model.Nature;
import org.netzbild.model.Provenance;

/**
 * Stamps generated records with the provenance DOMAIN.md asks for: the reporting agency, its file
 * reference, when and by whom it was recorded (some days after the fact, never after the demo's
 * "today"), a grading, overt collection with the agency's legal basis, mostly open handling and a
 * review date ({@link #reviewDate}).
 */
final class RecordSource {

    /** The demo's "today": nothing is recorded later. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    /** The oldest files the demo's agencies still hold. */
    static final LocalDate FILES_SINCE = LocalDate.of(2019, 1, 1);
    private static final String[] GRADINGS = {"B2", "B2", "B2", "B2", "B2", "B2", "B2", "B2", "B2", "A1", "A1", "A1", "A1",
            "C3", "C3", "C3", "X4", "X4", "A2", "B3"};

    /** The day the demo is generated, or its "today" if that is later: no demo record is overdue before it. */
    private static final LocalDate GENERATED_ON = max(TODAY, LocalDate.now(ZoneOffset.UTC));

    private final SplittableRandom random;

    RecordSource(SplittableRandom random) {
        this.random = random;
    }

    /** A fact of {@code date} reported by {@code agency} under a new file reference. */
    Provenance fact(DemoAgency agency, LocalDate date) {
        return fact(agency, date, agency.reference(random, recordedOn(date).getYear()));
    }

    /** A fact of {@code date} reported by {@code agency} in the file {@code reference}. */
    Provenance fact(DemoAgency agency, LocalDate date, String reference) {
        LocalDate recorded = recordedOn(date);
        var recordedAt = recorded.atTime(7 + random.nextInt(11), random.nextInt(60), random.nextInt(60)).toInstant(ZoneOffset.UTC);
        var provenance = Provenance.of(agency.id(), reference, recordedAt, agency.user(random),
                        Grading.eu(GRADINGS[random.nextInt(GRADINGS.length)]))
                .collected(CollectionMethod.OVERT, agency.legalBasis())
                .reviewedBy(reviewDate(recorded, agency));
        return random.nextInt(100) < 6 ? provenance.handled(Handling.AGENCY_ONLY, null) : provenance;
    }

    /** A fact that was true from {@code from} until {@code to} (open when {@code null}). */
    Provenance span(DemoAgency agency, LocalDate from, LocalDate to) {
        // an old fact (a tenancy since 1998) reaches the agencies' files only in recent years
        LocalDate known = from.isBefore(FILES_SINCE) ? date(FILES_SINCE, TODAY) : from;
        return fact(agency, known.isAfter(TODAY) ? TODAY : known).validBetween(from, to);
    }

    /** An analyst's conclusion rather than a fact. */
    Provenance assessment(DemoAgency agency, LocalDate date) {
        return fact(agency, date).as(Nature.ASSESSMENT);
    }

    /** A day between {@code from} and {@code to}, both included. */
    LocalDate date(LocalDate from, LocalDate to) {
        return from.plusDays(random.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
    }

    /**
     * The review date of a record recorded on {@code recorded}: the agency's period after it, and, for
     * a record whose review fell due before the demo was generated, the agency reviewed it then and
     * kept it, so its next review is one period on, until a date after the generation. Files from
     * 2019 with a three-year period would otherwise be overdue, and an overdue record is out of every
     * normal read (ADR 0022): a demo with a seventh of its records hidden, and links of a later batch
     * refused because the entity they name is no longer visible.
     */
    static LocalDate reviewDate(LocalDate recorded, DemoAgency agency) {
        java.time.Period period = org.netzbild.schema.ReviewPeriods.standard().period(null, agency.kind());
        LocalDate due = recorded.plus(period);
        while (!due.isAfter(GENERATED_ON)) {
            due = due.plus(period);
        }
        return due;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private LocalDate recordedOn(LocalDate fact) {
        LocalDate recorded = fact.plusDays(1 + random.nextInt(60));
        return recorded.isAfter(TODAY) ? TODAY : recorded;
    }
}
