package org.netzbild.audit;

/** Whether the audited operation is about to run, ran, or failed after it was logged. */
public enum Outcome {
    /** Logged before a write; a write whose intent cannot be logged does not run. */
    INTENDED,
    /** A read that ran and whose result is released to the caller. */
    DONE,
    /** An operation that failed after its intent was logged. */
    FAILED
}
