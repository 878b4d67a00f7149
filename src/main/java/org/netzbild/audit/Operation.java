package org.netzbild.audit;

/**
 * The kinds of processing an audit event records: the six of § 76 (1) BDSG, SIGN_IN (the check of an
 * account's password) and AUDIT_READ (a data-protection officer reading or exporting the audit log
 * itself, which holds personal data of users and of the people they looked up) and EXPORT (records passed
 * on in a file to a named recipient: the disclosure by transmission of § 76 (1), kept apart from
 * DISCLOSE, the reading on screen, so that the data-protection officer finds every file that left; ADR 0032).
 */
public enum Operation {
    CREATE, CHANGE, QUERY, DISCLOSE, COMBINE, DELETE, SIGN_IN, AUDIT_READ, EXPORT
}
