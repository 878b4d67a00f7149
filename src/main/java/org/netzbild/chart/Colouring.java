package org.netzbild.chart;

/** What the node colours of the chart show. Nationality is deliberately not among them. */
public enum Colouring {
    TYPE, AGENCY, AGENCY_KIND, MUNICIPALITY, POLICE_AUTHORITY
}
