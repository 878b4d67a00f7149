package org.netzbild.schema;

/** One reason a record does not fit the ontology: the field concerned and why, in words. */
public record Violation(String recordId, String field, String reason) {

    @Override
    public String toString() {
        return recordId + ": " + field + ": " + reason;
    }
}
