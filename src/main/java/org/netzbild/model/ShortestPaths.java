package org.netzbild.model;

import java.util.List;

/**
 * The answer to a {@link PathRequest}: the first shortest paths in a fixed order, and how many
 * shortest paths there are. The order is by the entity ids along the path, then by the link ids,
 * so the same store answers the same question with the same paths whichever way it walked; the
 * analyst is told how many were left out instead of meeting an arbitrary cut.
 *
 * @param paths         at most the request's {@code maxPaths} and at most {@link #COUNT_LIMIT}, all
 *                      of the same (shortest) length
 * @param found         how many shortest paths there are, counted up to {@link #COUNT_LIMIT}
 * @param moreThanFound whether counting stopped at {@link #COUNT_LIMIT} with more paths left;
 *                      beyond that limit the paths shown are the first in order among those counted
 */
public record ShortestPaths(List<GraphPath> paths, int found, boolean moreThanFound) {

    /** How many shortest paths the port counts before it says "more than". */
    public static final int COUNT_LIMIT = 1000;

    public static final ShortestPaths NONE = new ShortestPaths(List.of(), 0, false);

    public ShortestPaths {
        paths = List.copyOf(paths);
        if (found < paths.size()) {
            throw new IllegalArgumentException(paths.size() + " paths shown of " + found + " found");
        }
    }

    public boolean isEmpty() {
        return paths.isEmpty();
    }

    /** Whether every shortest path is among {@link #paths}. */
    public boolean allShown() {
        return !moreThanFound && found == paths.size();
    }

    /** The length of the paths, 0 when there are none (or from an entity to itself). */
    public int length() {
        return paths.isEmpty() ? 0 : paths.getFirst().length();
    }
}
