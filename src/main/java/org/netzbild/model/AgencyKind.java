package org.netzbild.model;

/** The kinds of public body in the cooperation that contribute records (see DOMAIN.md). */
public enum AgencyKind {
    POLICE, PROSECUTION, CUSTOMS, TAX, MUNICIPAL, SOCIAL, IMMIGRATION, OTHER
}
