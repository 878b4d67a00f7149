package org.netzbild.model;

/** Categories of persons that police data-protection law requires to be kept apart. */
public enum InvolvementRole {
    SUSPECT, ACCUSED, CONVICTED, VICTIM, WITNESS, CONTACT, OWNER, OPERATOR, OTHER
}
