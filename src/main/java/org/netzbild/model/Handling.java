package org.netzbild.model;

/** Who may receive a record beyond the contributing agency. */
public enum Handling {
    /** Open to all cooperation partners. */
    OPEN,
    /** Only the contributing agency. */
    AGENCY_ONLY,
    /** Only named users. */
    NEED_TO_KNOW
}
