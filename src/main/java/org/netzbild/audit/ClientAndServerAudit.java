package org.netzbild.audit;

/**
 * The audit of a client in remote mode: every entry goes to the client's own log first and then
 * to the server's trail, the one chain in which a data-protection officer finds what every client
 * did ({@code audit verify --uri}). An entry counts as written only when both have it: when the
 * server's trail cannot take it (the server is gone, its volume full), the operation does not
 * happen or its result is withheld, and the client's log keeps the entry and the failure that
 * follows it, which the server could not record (ADR 0023).
 */
public final class ClientAndServerAudit implements AuditSink {

    private final AuditSink client;
    private final AuditSink server;

    public ClientAndServerAudit(AuditSink client, AuditSink server) {
        this.client = client;
        this.server = server;
    }

    @Override
    public void append(AuditEvent event) {
        client.append(event);
        server.append(event);
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            client.close();
        }
    }
}
