package org.netzbild.audit;

/**
 * Where audit events go. {@link #append} returns only once the event is durable; when it throws,
 * the caller must not carry out (or release the result of) the operation.
 */
public interface AuditSink extends AutoCloseable {

    void append(AuditEvent event) throws AuditFailureException;

    @Override
    void close();
}
