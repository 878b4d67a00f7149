package org.netzbild.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A merge of two entities (ADR 0031): the entity kept, the one absorbed into it (now a statement
 * about it), who merged them, when and why. Undone by its id ({@link #idOf}). The captions (the
 * names a reader knows the two records by, {@link Entity#caption()}) are read with the merge, never
 * kept in its record: an erased person leaves no name behind in the bookkeeping.
 */
public record MergeRecord(String id, String keptId, String absorbedId, String user, Instant at, String reason,
                          String keptCaption, String absorbedCaption) {

    public MergeRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(keptId, "keptId");
        Objects.requireNonNull(absorbedId, "absorbedId");
        keptCaption = keptCaption == null ? keptId : keptCaption;
        absorbedCaption = absorbedCaption == null ? absorbedId : absorbedCaption;
    }

    /** The kept record as a reader names it: its caption and, where that is not its id, the id. */
    public String kept() {
        return named(keptCaption, keptId);
    }

    /** The absorbed record as a reader names it: its caption and, where that is not its id, the id. */
    public String absorbed() {
        return named(absorbedCaption, absorbedId);
    }

    private static String named(String caption, String id) {
        return caption.equals(id) ? id : caption + " (" + id + ")";
    }

    /** A merge's id names both entities, so that the audit log's entry of the merge names it before it is made. */
    public static String idOf(String keptId, String absorbedId) {
        return "merge-" + keptId + "+" + absorbedId;
    }
}
