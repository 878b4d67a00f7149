package org.netzbild.model;

/** How a datum was collected; § 22b PolG NRW and § 14 BKAG require the label on every stored datum. */
public enum CollectionMethod {
    OVERT, COVERT
}
