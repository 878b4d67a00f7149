package org.netzbild.export;

/** Why a record the user sees is left out of an export to a recipient. */
public enum Refusal {
    /** Without collection, legal basis or grading: may be stored for review, not passed on (§ 22b PolG NRW). */
    UNLABELLED,
    /** AGENCY_ONLY and the recipient is not the contributing agency. */
    AGENCY_ONLY,
    /** NEED_TO_KNOW and the recipient is neither a named user nor the recorder. */
    NEED_TO_KNOW,
    /** H0: for preventing and combating crime only, and the recipient is no such body. */
    H0,
    /** H1: not into judicial proceedings without the provider's permission. */
    H1,
    /** H2: not to be passed on without the provider's permission. */
    H2,
    /** H3: other restrictions, in words, that only the provider can weigh. */
    H3,
    /** A link one of whose ends is left out. */
    END_LEFT_OUT
}
