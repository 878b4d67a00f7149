package org.netzbild.audit;

import java.util.Objects;

/**
 * Who processed and why, as § 76 BDSG asks: the user, the agency they work for (an agency id),
 * the case reference and the reason they stated. Empty texts where there is none yet (a sign-in
 * that was refused has no verified agency; the store's own upkeep has no case).
 */
public record Actor(String user, String agency, String caseReference, String purpose) {

    public Actor {
        Objects.requireNonNull(user, "user");
        agency = agency == null ? "" : agency;
        caseReference = caseReference == null ? "" : caseReference;
        purpose = purpose == null ? "" : purpose;
    }

    /** The program itself (recovering its own log), not a person. */
    public static Actor program(String why) {
        return new Actor("netzbild", "", "", why);
    }
}
