package org.netzbild.model;

/** One search result with the full-text score (higher is better). */
public record SearchHit(Entity entity, double score) {
}
