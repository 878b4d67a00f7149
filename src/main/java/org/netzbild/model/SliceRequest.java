package org.netzbild.model;

import java.util.Objects;
import java.util.Set;

/**
 * What an analysis function reads from the store: the visible entities of {@code entityIds} (a
 * chart, a network), or of the whole store when the set is empty, with the visible links among
 * them of {@code linkTypes} (all types when empty).
 *
 * @param function the analysis function that asks, named on the audit entry of the read
 */
public record SliceRequest(String function, Set<String> entityIds, Set<String> linkTypes) {

    public SliceRequest {
        Objects.requireNonNull(function, "function");
        entityIds = Set.copyOf(entityIds);
        linkTypes = Set.copyOf(linkTypes);
    }

    /** Everything the session may see. */
    public static SliceRequest wholeStore(String function) {
        return new SliceRequest(function, Set.of(), Set.of());
    }

    public boolean isWholeStore() {
        return entityIds.isEmpty();
    }
}
