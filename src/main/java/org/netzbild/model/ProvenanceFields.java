package org.netzbild.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A record's provenance as named texts, the form in which exports carry it (a column or data key
 * each, named {@code prov.<field>} as the ontology's provenance block) and importers read it back:
 * dates as yyyy-MM-dd, the time recorded as an ISO instant, lists separated by {@code |}. Empty
 * fields are left out.
 */
public final class ProvenanceFields {

    public static final String PREFIX = "prov.";
    /** Every field, in the order exports write them. */
    public static final List<String> NAMES = List.of("sourceAgency", "sourceRef", "recordedAt", "recordedBy",
            "collection", "legalBasis", "gradingScheme", "gradingSource", "gradingInformation", "nature", "handling",
            "handlingCode", "handlingNote", "needToKnowUsers", "needToKnowCases", "validFrom", "validTo", "reviewBy");

    private ProvenanceFields() {
    }

    /** Field name (without prefix) to text, in {@link #NAMES} order; absent fields are left out. */
    public static Map<String, String> of(Provenance p) {
        var fields = new LinkedHashMap<String, String>();
        put(fields, "sourceAgency", p.sourceAgency());
        put(fields, "sourceRef", p.sourceRef());
        put(fields, "recordedAt", p.recordedAt());
        put(fields, "recordedBy", p.recordedBy());
        put(fields, "collection", p.collection());
        put(fields, "legalBasis", p.legalBasis());
        if (p.grading() != null) {
            put(fields, "gradingScheme", p.grading().scheme());
            put(fields, "gradingSource", p.grading().source());
            put(fields, "gradingInformation", p.grading().information());
        }
        put(fields, "nature", p.nature());
        put(fields, "handling", p.handling());
        put(fields, "handlingCode", p.handlingCode());
        put(fields, "handlingNote", p.handlingNote());
        put(fields, "needToKnowUsers", String.join("|", new TreeSet<>(p.needToKnow().users())));
        put(fields, "needToKnowCases", String.join("|", new TreeSet<>(p.needToKnow().cases())));
        put(fields, "validFrom", p.validFrom());
        put(fields, "validTo", p.validTo());
        put(fields, "reviewBy", p.reviewBy());
        return fields;
    }

    /**
     * The provenance these fields state, or {@code null} when they state none (no source agency).
     *
     * @throws IllegalArgumentException naming the field whose text is not of its kind
     */
    public static Provenance parse(Map<String, String> fields) {
        String agency = text(fields, "sourceAgency");
        if (agency == null) {
            return null;
        }
        String field = "recordedAt";
        try {
            Instant recordedAt = Instant.parse(required(fields, field));
            field = "collection";
            CollectionMethod collection = text(fields, field) == null ? null : CollectionMethod.valueOf(text(fields, field));
            field = "gradingScheme";
            Grading grading = text(fields, field) == null ? null
                    : new Grading(text(fields, field), required(fields, "gradingSource"), required(fields, "gradingInformation"));
            field = "nature";
            Nature nature = Nature.valueOf(required(fields, field));
            field = "handling";
            Handling handling = Handling.valueOf(required(fields, field));
            field = "validFrom";
            LocalDate from = date(fields, field);
            field = "validTo";
            LocalDate to = date(fields, field);
            field = "reviewBy";
            LocalDate review = date(fields, field);
            field = "needToKnowUsers";
            var who = new NeedToKnow(list(fields, "needToKnowUsers"), list(fields, "needToKnowCases"));
            return new Provenance(agency, text(fields, "sourceRef"), recordedAt, required(fields, "recordedBy"), collection,
                    text(fields, "legalBasis"), grading, nature, handling, text(fields, "handlingCode"),
                    text(fields, "handlingNote"), from, to, review, handling == Handling.NEED_TO_KNOW ? who : NeedToKnow.NONE);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(PREFIX + field + ": " + e.getMessage(), e);
        }
    }

    private static void put(Map<String, String> fields, String name, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            fields.put(name, value.toString());
        }
    }

    private static String text(Map<String, String> fields, String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String required(Map<String, String> fields, String name) {
        String value = text(fields, name);
        if (value == null) {
            throw new IllegalArgumentException(PREFIX + name + " is missing");
        }
        return value;
    }

    private static LocalDate date(Map<String, String> fields, String name) {
        String value = text(fields, name);
        return value == null ? null : LocalDate.parse(value);
    }

    private static Set<String> list(Map<String, String> fields, String name) {
        String value = text(fields, name);
        return value == null ? Set.of() : Set.copyOf(Arrays.stream(value.split("\\|")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList());
    }
}
