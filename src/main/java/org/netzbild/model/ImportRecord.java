package org.netzbild.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One import as the store keeps it: every entity, link and statement it wrote carries its id, so
 * that it can be undone as a whole and, if the process died while it ran, rolled back on the
 * next open.
 *
 * @param label    what the user imported, e.g. the file names and the mapping's name
 * @param records  how many records it wrote (known once it is complete)
 * @param refusedRows how many rows of its files an opt-in partial import left out (written to a reject file)
 */
public record ImportRecord(String id, String label, String agency, String user, Instant startedAt, Status status,
                           long records, long refusedRows) {

    public ImportRecord(String id, String label, String agency, String user, Instant startedAt, Status status,
                        long records) {
        this(id, label, agency, user, startedAt, status, records, 0);
    }

    /** Where an import stands: writing, complete, or being undone (also after a crash in either). */
    public enum Status { RUNNING, COMPLETE, UNDOING }

    public ImportRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(status, "status");
    }
}
