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
 * review date some years on.
 */
final class RecordSource {

    /** The demo's "today": nothing is recorded later. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    /** The oldest files the demo's agencies still hold. */
    static final LocalDate FILES_SINCE = LocalDate.of(2019, 1, 1);
    private static final String[] GRADINGS = {"B2", "B2", "B2", "B2", "B2", "B2", "B2", "B2", "B2", "A1", "A1", "A1", "A1",
            "C3", "C3", "C3", "X4", "X4", "A2", "B3"};

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
                .reviewedBy(recorded.plus(org.netzbild.schema.ReviewPeriods.standard().period(null, agency.kind())));
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

    private LocalDate recordedOn(LocalDate fact) {
        LocalDate recorded = fact.plusDays(1 + random.nextInt(60));
        return recorded.isAfter(TODAY) ? TODAY : recorded;
    }
}
