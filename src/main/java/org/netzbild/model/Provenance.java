package org.netzbild.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a node or link came from, as DOMAIN.md requires on every record: the contributing
 * agency and its document reference, who recorded it and when (the "known since" time axis),
 * how it was collected and on which legal basis, its grading, whether it is fact or
 * assessment, how it may be passed on, when it was true in the world ({@code validFrom} /
 * {@code validTo}, the second time axis) and when it must be reviewed for deletion.
 *
 * @param handlingCode Europol handling code {@code H0}–{@code H3} or {@code null}
 * @param handlingNote the restriction in words where {@code handlingCode} is {@code H3}
 * @param needToKnow who besides the recorder may see a {@link Handling#NEED_TO_KNOW} record;
 *        {@link NeedToKnow#NONE} for every other handling
 */
public record Provenance(
        String sourceAgency,
        String sourceRef,
        Instant recordedAt,
        String recordedBy,
        CollectionMethod collection,
        String legalBasis,
        Grading grading,
        Nature nature,
        Handling handling,
        String handlingCode,
        String handlingNote,
        LocalDate validFrom,
        LocalDate validTo,
        LocalDate reviewBy,
        NeedToKnow needToKnow) {

    public Provenance {
        Objects.requireNonNull(sourceAgency, "sourceAgency");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(nature, "nature");
        Objects.requireNonNull(handling, "handling");
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("validTo " + validTo + " lies before validFrom " + validFrom);
        }
        needToKnow = needToKnow == null ? NeedToKnow.NONE : needToKnow;
        if (handling != Handling.NEED_TO_KNOW && !needToKnow.isEmpty()) {
            throw new IllegalArgumentException("only a NEED_TO_KNOW record names who may see it, not a " + handling + " one");
        }
    }

    /** A record that names no need-to-know users or cases. */
    public Provenance(String sourceAgency, String sourceRef, Instant recordedAt, String recordedBy,
                      CollectionMethod collection, String legalBasis, Grading grading, Nature nature, Handling handling,
                      String handlingCode, String handlingNote, LocalDate validFrom, LocalDate validTo, LocalDate reviewBy) {
        this(sourceAgency, sourceRef, recordedAt, recordedBy, collection, legalBasis, grading, nature, handling,
                handlingCode, handlingNote, validFrom, validTo, reviewBy, NeedToKnow.NONE);
    }

    /** A minimal overt fact from {@code agency}, graded as given; the rest can be set with the withers. */
    public static Provenance of(String agency, String sourceRef, Instant recordedAt, String recordedBy, Grading grading) {
        return new Provenance(agency, sourceRef, recordedAt, recordedBy, CollectionMethod.OVERT, null, grading,
                Nature.FACT, Handling.OPEN, null, null, null, null, null);
    }

    public Provenance validBetween(LocalDate from, LocalDate to) {
        return new Provenance(sourceAgency, sourceRef, recordedAt, recordedBy, collection, legalBasis, grading,
                nature, handling, handlingCode, handlingNote, from, to, reviewBy, needToKnow);
    }

    public Provenance reviewedBy(LocalDate date) {
        return new Provenance(sourceAgency, sourceRef, recordedAt, recordedBy, collection, legalBasis, grading,
                nature, handling, handlingCode, handlingNote, validFrom, validTo, date, needToKnow);
    }

    public Provenance as(Nature newNature) {
        return new Provenance(sourceAgency, sourceRef, recordedAt, recordedBy, collection, legalBasis, grading,
                newNature, handling, handlingCode, handlingNote, validFrom, validTo, reviewBy, needToKnow);
    }

    public Provenance handled(Handling newHandling, String code) {
        return handled(newHandling, code, handlingNote);
    }

    /** With a Europol handling code; {@code note} states the restriction in words (needed for H3). */
    public Provenance handled(Handling newHandling, String code, String note) {
        return new Provenance(sourceAgency, sourceRef, recordedAt, recordedBy, collection, legalBasis, grading,
                nature, newHandling, code, note, validFrom, validTo, reviewBy,
                newHandling == Handling.NEED_TO_KNOW ? needToKnow : NeedToKnow.NONE);
    }

    /** Restricted to the recorder and these users and cases. */
    public Provenance needToKnow(NeedToKnow who) {
        return new Provenance(sourceAgency, sourceRef, recordedAt, recordedBy, collection, legalBasis, grading,
                nature, Handling.NEED_TO_KNOW, handlingCode, handlingNote, validFrom, validTo, reviewBy, who);
    }

    public Provenance collected(CollectionMethod how, String basis) {
        return new Provenance(sourceAgency, sourceRef, recordedAt, recordedBy, how, basis, grading,
                nature, handling, handlingCode, handlingNote, validFrom, validTo, reviewBy, needToKnow);
    }

    /**
     * Whether the record carries the labels the police laws require before it may be analysed or
     * passed on: collection with its legal basis in words, collecting authority and grading.
     * Unlabelled data may be stored for review only.
     */
    public boolean isLabelled() {
        return collection != null && legalBasis != null && !legalBasis.isBlank() && grading != null
                && !sourceAgency.isBlank();
    }
}
