package org.netzbild.schema;

import java.util.Locale;
import org.netzbild.model.AgencyKind;

/**
 * An agency of the cooperation as the reference data names it: its id (what records carry as
 * {@code sourceAgency} and accounts as their agency, e.g. {@code pp-essen}), its official German
 * name, an English name, its kind and the official key (AGS) of the municipality it sits in.
 */
public record CooperationAgency(String id, String germanName, String englishName, AgencyKind kind, String ags) {

    /** The id of the agency's node in the graph. */
    public String nodeId() {
        return "agency-" + id;
    }

    /** The name in the user's language: English for English, the official German name otherwise. */
    public String name(Locale locale) {
        return locale.getLanguage().equals("en") ? englishName : germanName;
    }
}
