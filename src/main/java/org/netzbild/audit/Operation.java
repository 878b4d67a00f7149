package org.netzbild.audit;

/**
 * The kinds of processing an audit event records: the six of § 76 (1) BDSG, SIGN_IN (the check of an
 * account's password) and AUDIT_READ (a data-protection officer reading or exporting the audit log
 * itself, which holds personal data of users and of the people they looked up).
 */
public enum Operation {
    CREATE, CHANGE, QUERY, DISCLOSE, COMBINE, DELETE, SIGN_IN, AUDIT_READ
}
