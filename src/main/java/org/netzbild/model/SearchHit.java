package org.netzbild.model;

import java.util.List;

/**
 * One search result with the full-text score (higher is better) and the agencies that state
 * something about the entity, as far as the session may see: the record's own agency first.
 */
public record SearchHit(Entity entity, double score, List<String> agencies) {

    public SearchHit {
        agencies = List.copyOf(agencies);
    }

    /** A hit only its own record speaks of. */
    public SearchHit(Entity entity, double score) {
        this(entity, score, List.of(entity.provenance().sourceAgency()));
    }
}
