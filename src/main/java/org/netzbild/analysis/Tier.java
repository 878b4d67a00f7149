package org.netzbild.analysis;

/**
 * How far an analysis function reaches into people's data, lightest first: looking up one record,
 * expanding around it, finding paths between chosen ones, and analysing a whole chart or the whole
 * store. The analysis service asks for a justification before the heavier tiers run and keeps it on
 * the audit entry; every result names its tier ({@code docs/analysis-functions.md}).
 */
public enum Tier {
    LOOKUP, EXPAND, PATH, NETWORK;

    /** Whether a function of this tier runs only with a justification. */
    public boolean needsJustification() {
        return this.compareTo(PATH) >= 0;
    }
}
