package org.netzbild.audit;

/** The kinds of processing an audit event records. */
public enum Operation {
    CREATE, CHANGE, QUERY, DISCLOSE, COMBINE, DELETE
}
