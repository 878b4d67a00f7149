package org.netzbild.model;

import java.util.Objects;
import java.util.Set;

/**
 * Find entities by what a person types: names in any spelling, aliases, plates, phone numbers,
 * IBANs, addresses. The text is data, never query syntax.
 *
 * @param types entity types to search; empty means all
 */
public record SearchRequest(String text, Set<String> types, int limit) {

    public SearchRequest {
        Objects.requireNonNull(text, "text");
        types = types == null ? Set.of() : Set.copyOf(types);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, not " + limit);
        }
    }

    public static SearchRequest of(String text) {
        return new SearchRequest(text, Set.of(), 50);
    }
}
