package org.netzbild.app;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.netzbild.model.Link;
import org.netzbild.schema.Ontology;
import org.netzbild.schema.PropertyDefinition;

/**
 * What a user reads for the ontology's codes: link types ({@code link.<TYPE>}), enumeration
 * values ({@code value.<Enumeration>.<VALUE>}), yes/no, dates and numbers in the chosen language.
 * Stored values stay codes (FAMILY, MALE, SHISHA_BAR); only their display is translated.
 */
public final class Labels {

    private Labels() {
    }

    /** The entity type in words, e.g. "Unternehmen" for {@code Business}; the code itself if the bundle lacks it. */
    public static String entityType(String type) {
        return textOr("type." + type, type);
    }

    /** The link type in words, e.g. "Familie" for {@code FAMILY}; the code itself if the bundle lacks it. */
    public static String linkType(String type) {
        return textOr("link." + type, type);
    }

    /**
     * An agency's name in the user's language from the reference data, e.g. "Polizeipräsidium Essen"
     * or "Essen Police Headquarters" for {@code pp-essen}; an id it does not know stays as it is.
     */
    public static String agency(String id) {
        if (org.netzbild.schema.ReferenceData.SOURCE.equals(id)) {
            // the records Netzbild itself brings (municipalities, agencies): no agency of the cooperation
            return I18n.text("agency.referenceData");
        }
        return org.netzbild.schema.Agencies.standard().name(id, I18n.locale());
    }

    /** A municipality's name from the shipped reference data, e.g. "Gelsenkirchen" for {@code mun-gelsenkirchen}; an unknown id stays as it is. */
    public static String municipality(String id) {
        return Municipalities.NAMES.getOrDefault(id, id);
    }

    /** The shipped municipalities' names by id, read once. */
    private static final class Municipalities {
        static final java.util.Map<String, String> NAMES = org.netzbild.schema.ReferenceData.load(null).municipalities().stream()
                .collect(Collectors.toUnmodifiableMap(org.netzbild.model.Entity::id, e -> e.text("name")));
    }

    /** The ids of the cooperation's agencies, ordered by their names in the user's language. */
    public static List<String> agencyIds() {
        var collator = java.text.Collator.getInstance(I18n.locale());
        return org.netzbild.schema.Agencies.standard().all().stream()
                .map(org.netzbild.schema.CooperationAgency::id)
                .sorted(java.util.Comparator.comparing(Labels::agency, collator))
                .toList();
    }

    /** An enumeration's value in words, e.g. "männlich" for {@code Gender.MALE}. */
    public static String enumValue(String enumeration, String value) {
        return textOr("value." + enumeration + "." + value, value);
    }

    /**
     * A property value of an entity or link type as the user reads it: enumeration values in
     * words, dates and numbers in the language's style, lists joined by semicolons.
     */
    public static String value(String recordType, String property, Object value) {
        if (value == null) {
            return "";
        }
        Optional<String> enumeration = definition(recordType, property).map(PropertyDefinition::enumeration);
        return switch (value) {
            case String text when enumeration.isPresent() -> enumValue(enumeration.get(), text);
            case LocalDate date -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(I18n.locale()).format(date);
            // a point in time (a call's start) in German local time, where the agencies are
            case java.time.ZonedDateTime time -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(I18n.locale())
                    .format(time.withZoneSameInstant(java.time.ZoneId.of("Europe/Berlin")));
            case Boolean yes -> I18n.text(yes ? "value.yes" : "value.no");
            case Double number -> NumberFormat.getInstance(I18n.locale()).format(number);
            case List<?> list -> list.stream().map(v -> value(recordType, property, v)).collect(Collectors.joining("; "));
            default -> value.toString();
        };
    }

    /** A link's own properties in words, e.g. "Beziehung: Ehe-/Lebenspartner"; empty when it has none. */
    public static String linkDetails(Link link) {
        return link.properties().entrySet().stream()
                .map(e -> EntityForms.label(e.getKey()) + ": " + value(link.type(), e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    /** Every entity type of the ontology, ordered by its words in the current language. */
    public static java.util.List<String> entityTypes() {
        return Ontology.standard().entityTypes().keySet().stream()
                .sorted(java.util.Comparator.comparing(Labels::entityType, java.text.Collator.getInstance(I18n.locale())))
                .toList();
    }

    /** Every link type of the ontology, ordered by its words in the current language. */
    public static java.util.List<String> linkTypes() {
        return Ontology.standard().linkTypes().keySet().stream()
                .sorted(java.util.Comparator.comparing(Labels::linkType, java.text.Collator.getInstance(I18n.locale())))
                .toList();
    }

    private static Optional<PropertyDefinition> definition(String recordType, String property) {
        Ontology ontology = Ontology.standard();
        Map<String, PropertyDefinition> properties = ontology.entityType(recordType)
                .map(t -> t.properties())
                .or(() -> ontology.linkType(recordType).map(t -> t.properties()))
                .orElse(Map.of());
        return Optional.ofNullable(properties.get(property)).filter(d -> d.enumeration() != null);
    }

    private static String textOr(String key, String fallback) {
        try {
            return I18n.text(key);
        } catch (IllegalStateException missing) {
            return fallback;
        }
    }
}
