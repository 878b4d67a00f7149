package org.netzbild.model;

/** Whether a record states a fact or an analyst's assessment; an assessment is never shown as a fact. */
public enum Nature {
    FACT, ASSESSMENT
}
