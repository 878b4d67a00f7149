package org.netzbild.model;

import java.util.Objects;
import java.util.Set;

/**
 * Shortest paths between two entities.
 *
 * @param linkTypes link types a path may use; empty means all (kinship can so be left out)
 * @param maxPaths  the most paths of the shortest length returned
 */
public record PathRequest(String fromId, String toId, int maxHops, Set<String> linkTypes, int maxPaths) {

    public static final int MAX_HOPS = 10;

    public PathRequest {
        Objects.requireNonNull(fromId, "fromId");
        Objects.requireNonNull(toId, "toId");
        linkTypes = linkTypes == null ? Set.of() : Set.copyOf(linkTypes);
        if (maxHops < 1 || maxHops > MAX_HOPS) {
            throw new IllegalArgumentException("max hops must be between 1 and " + MAX_HOPS + ", not " + maxHops);
        }
        if (maxPaths < 1) {
            throw new IllegalArgumentException("maxPaths must be positive, not " + maxPaths);
        }
    }

    public static PathRequest of(String fromId, String toId, int maxHops) {
        return new PathRequest(fromId, toId, maxHops, Set.of(), 10);
    }
}
