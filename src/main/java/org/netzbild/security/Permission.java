package org.netzbild.security;

/** What a role allows; operations name the permission they need, the session's roles grant it. */
public enum Permission {
    /** Search, expand, inspect, paths, statistics, reopening charts: reading case data. */
    READ_CASE_DATA,
    /** Analysis functions and exports of what the session may read. */
    ANALYSE,
    /** Creating, changing and deleting records by hand. */
    WRITE,
    /** Importing agency files and undoing imports. */
    IMPORT,
    /** Creating, listing, disabling accounts and setting their passwords. */
    MANAGE_ACCOUNTS,
    /** Backing the whole workspace up into one file and restoring it (ADR 0035). */
    BACKUP,
    /** Reading the audit log. */
    READ_AUDIT,
    /** Working the review queue (§ 75 BDSG): listing overdue records, keeping, restricting, erasing them. */
    REVIEW
}
