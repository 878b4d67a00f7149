package org.netzbild.model;

import java.util.List;

/**
 * One search result with its score (higher is better), the agencies that state something about the
 * entity, as far as the session may see (the record's own agency first), and for a person found by
 * the duplicate matcher's name keys alone the reason: the text searched, the spelling it is most
 * alike and how alike, e.g. {@code Mohamed Hasan ~ Muhammad El Hassan: 0.95} (ADR 0037; values, no
 * words); empty for a hit of the full-text index.
 * Hits of the full-text index come first with its score; persons found by name keys alone follow,
 * by how alike the names are, that similarity as their score.
 */
public record SearchHit(Entity entity, double score, List<String> agencies, String reason) {

    public SearchHit {
        agencies = List.copyOf(agencies);
        reason = reason == null ? "" : reason;
    }

    /** A hit of the full-text index, with no name comparison. */
    public SearchHit(Entity entity, double score, List<String> agencies) {
        this(entity, score, agencies, "");
    }

    /** A hit only its own record speaks of. */
    public SearchHit(Entity entity, double score) {
        this(entity, score, List.of(entity.provenance().sourceAgency()));
    }
}
