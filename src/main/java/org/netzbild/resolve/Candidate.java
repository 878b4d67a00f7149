package org.netzbild.resolve;

import java.util.Objects;
import org.netzbild.model.PersonFacts;

/**
 * Two person records that may be one person, with the reasons. Its id names both records, the one
 * to keep first ({@link #id()}), so that a decision on it can be given by id on the command line
 * and a rejection can be remembered without keeping the candidate list.
 */
public record Candidate(PersonFacts kept, PersonFacts other, PairScore score) {

    /** Between the two ids of a candidate's id. */
    public static final String SEPARATOR = "+";

    public Candidate {
        Objects.requireNonNull(kept, "kept");
        Objects.requireNonNull(other, "other");
        Objects.requireNonNull(score, "score");
    }

    public String id() {
        return idOf(kept.id(), other.id());
    }

    public static String idOf(String keptId, String otherId) {
        return keptId + SEPARATOR + otherId;
    }

    /** The pair as a rejection remembers it: the two ids in order, whichever is kept. */
    public static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + SEPARATOR + b : b + SEPARATOR + a;
    }
}
