package org.netzbild.audit;

/** The kinds of processing an audit event records; SIGN_IN is the check of an account's password. */
public enum Operation {
    CREATE, CHANGE, QUERY, DISCLOSE, COMBINE, DELETE, SIGN_IN
}
