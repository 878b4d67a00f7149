package org.netzbild.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A merge of two entities (ADR 0031): the entity kept, the one absorbed into it (now a statement
 * about it), who merged them, when and why. Undone by its id ({@link #idOf}).
 */
public record MergeRecord(String id, String keptId, String absorbedId, String user, Instant at, String reason) {

    public MergeRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(keptId, "keptId");
        Objects.requireNonNull(absorbedId, "absorbedId");
    }

    /** A merge's id names both entities, so that the audit log's entry of the merge names it before it is made. */
    public static String idOf(String keptId, String absorbedId) {
        return "merge-" + keptId + "+" + absorbedId;
    }
}
