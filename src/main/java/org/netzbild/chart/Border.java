package org.netzbild.chart;

import java.util.Objects;
import org.netzbild.model.Entity;

/**
 * A border the chart can show links crossing (issue 18: supra-local and interdisciplinary at a
 * glance): between municipalities, between police authorities, or between the agencies that
 * recorded the two ends; {@link #NONE} shows none.
 */
public enum Border {
    NONE, MUNICIPALITY, POLICE_AUTHORITY, AGENCY;

    /**
     * Whether a link between {@code a} and {@code b} crosses this border: both ends lie in a known
     * municipality (police authority) and not the same, or were recorded by different agencies.
     */
    public boolean crossedBy(Entity a, Entity b, PlaceIndex places) {
        return switch (this) {
            case NONE -> false;
            case MUNICIPALITY -> differ(places.municipality(a.id()), places.municipality(b.id()));
            case POLICE_AUTHORITY -> differ(places.policeAuthority(a.id()), places.policeAuthority(b.id()));
            case AGENCY -> differ(a.provenance().sourceAgency(), b.provenance().sourceAgency());
        };
    }

    private static boolean differ(String here, String there) {
        return here != null && there != null && !Objects.equals(here, there);
    }
}
