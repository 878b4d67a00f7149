package org.netzbild.model;

import java.util.List;

/**
 * One search result with its score (higher is better), the agencies that state something about the
 * entity, as far as the session may see (the record's own agency first), and why it was found: the
 * search field it was found in ({@code field}, a property of the ontology) and the reason. For a
 * person found by a name (by the full-text index or by the duplicate matcher's name keys alone), the
 * reason is the text searched, the spelling it is most alike and how alike, e.g.
 * {@code Mohamed Hasan ~ Muhammad El Hassan: 0.95} (ADR 0037; values, no words); for a hit in another
 * field, the value found there ({@code RE-AB 123} in {@code plate}). Both are empty where the port
 * cannot tell (a hit found through another agency's statement alone).
 * Hits of the full-text index come first, by its score; persons found by name keys alone follow,
 * by how alike the names are, that similarity as their score.
 */
public record SearchHit(Entity entity, double score, List<String> agencies, String reason, String field) {

    public SearchHit {
        agencies = List.copyOf(agencies);
        reason = reason == null ? "" : reason;
        field = field == null ? "" : field;
    }

    /** A hit with a reason, found by a name. */
    public SearchHit(Entity entity, double score, List<String> agencies, String reason) {
        this(entity, score, agencies, reason, reason == null || reason.isEmpty() ? "" : "name");
    }

    /** A hit of the full-text index, with no reason. */
    public SearchHit(Entity entity, double score, List<String> agencies) {
        this(entity, score, agencies, "", "");
    }

    /** A hit only its own record speaks of. */
    public SearchHit(Entity entity, double score) {
        this(entity, score, List.of(entity.provenance().sourceAgency()));
    }

    /** Whether the reason compares spellings of a person's name ({@code text ~ spelling: similarity}). */
    public boolean bySpelling() {
        return "Person".equals(entity.type()) && (field.equals("name") || field.equals("names") || field.equals("aliases"));
    }
}
