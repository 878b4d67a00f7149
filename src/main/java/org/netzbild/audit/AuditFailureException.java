package org.netzbild.audit;

/** The audit log could not be written; the operation it was to record did not happen. */
public class AuditFailureException extends RuntimeException {

    public AuditFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
