package org.netzbild.audit;

/** Whether the audited operation is about to run, ran, failed after it was logged, or was refused. */
public enum Outcome {
    /** Logged before a write; a write whose intent cannot be logged does not run. */
    INTENDED,
    /** A read that ran and whose result is released to the caller; a write that stands. */
    DONE,
    /** An operation that failed after its intent was logged. */
    FAILED,
    /** Not carried out: a wrong password, a disabled account, a missing role or purpose. */
    REFUSED
}
