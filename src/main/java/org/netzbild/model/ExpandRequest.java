package org.netzbild.model;

import java.util.Objects;
import java.util.Set;

/**
 * Expand the neighbourhood of one entity.
 *
 * @param linkTypes link types to follow; empty means all
 * @param hops      1 or more; the port may cap it
 * @param limit     the most neighbours returned; a hub beyond it answers with {@code truncated}
 * @param exclude   entities already on the chart: not returned again, so a hub's neighbours can be
 *                  paged in ("+N more")
 */
public record ExpandRequest(String entityId, Set<String> linkTypes, int hops, int limit, Set<String> exclude) {

    public static final int MAX_HOPS = 4;

    public ExpandRequest {
        Objects.requireNonNull(entityId, "entityId");
        linkTypes = linkTypes == null ? Set.of() : Set.copyOf(linkTypes);
        exclude = exclude == null ? Set.of() : Set.copyOf(exclude);
        if (hops < 1 || hops > MAX_HOPS) {
            throw new IllegalArgumentException("hops must be between 1 and " + MAX_HOPS + ", not " + hops);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, not " + limit);
        }
    }

    public ExpandRequest(String entityId, Set<String> linkTypes, int hops, int limit) {
        this(entityId, linkTypes, hops, limit, Set.of());
    }

    public static ExpandRequest of(String entityId, int hops) {
        return new ExpandRequest(entityId, Set.of(), hops, 500);
    }
}
