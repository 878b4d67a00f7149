package org.netzbild.export;

import java.util.Objects;

/**
 * Who receives an export: a name in words (as it goes into the audit log and onto the file), the
 * recipient's agency id where it is one of the cooperation partners (e.g. {@code pp-dortmund}; empty
 * otherwise), what kind of body it is, and an account name where a single named user receives it.
 *
 * @param kind decides the Europol handling codes H0 (crime fighting only: not to {@link Kind#OTHER})
 *             and H1 (not into judicial proceedings: not to {@link Kind#JUDICIAL})
 */
public record Recipient(String name, String agency, Kind kind, String user) {

    public enum Kind {
        /** Police, customs and other bodies preventing and combating crime. */
        LAW_ENFORCEMENT,
        /** Courts and public prosecutors: the file may enter judicial proceedings. */
        JUDICIAL,
        /** Any other body (municipal offices, tax and benefit offices outside an investigation, the press). */
        OTHER
    }

    public Recipient {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an export names its recipient");
        }
        name = name.strip();
        agency = agency == null ? "" : agency.strip();
        Objects.requireNonNull(kind, "kind");
        user = user == null ? "" : user.strip();
    }

    /** The form the audit log keeps: name, agency, kind and user. */
    public String describe() {
        return name + " (" + (agency.isEmpty() ? "-" : agency) + ", " + kind + (user.isEmpty() ? "" : ", user " + user) + ")";
    }
}
