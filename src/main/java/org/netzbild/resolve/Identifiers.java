package org.netzbild.resolve;

import java.util.Locale;

/**
 * Writes an address, phone number, account or plate the one way two agencies' records can be
 * compared in: {@code KIND:value} with the value folded for its kind. Phone numbers keep their
 * digits, the German country code as a leading 0 (+49 201 …, 0049 201 …, 0201 …); IBANs, plates,
 * VINs and document numbers lose spaces and dashes and go upper case; an address goes to German
 * ASCII lower case with {@code straße}, {@code strasse} and {@code str.} as {@code str} and without
 * punctuation.
 */
public final class Identifiers {

    private Identifiers() {
    }

    /** The folded form of {@code KIND:value}; the text as given when it names no kind. */
    public static String normalise(String kindAndValue) {
        int colon = kindAndValue.indexOf(':');
        if (colon < 0) {
            return kindAndValue;
        }
        String kind = kindAndValue.substring(0, colon).toUpperCase(Locale.ROOT);
        String value = kindAndValue.substring(colon + 1);
        return kind + ":" + switch (kind) {
            case "PHONE" -> phone(value);
            case "ADDRESS" -> address(value);
            case "EMAIL", "SOCIAL_MEDIA" -> value.strip().toLowerCase(Locale.ROOT);
            default -> value.replaceAll("[\\s\\-./]", "").toUpperCase(Locale.ROOT);
        };
    }

    /** Whether the folded identifier names an address, which a household shares, rather than a person's own number. */
    public static boolean isAddress(String normalised) {
        return normalised.startsWith("ADDRESS:");
    }

    static String phone(String value) {
        String digits = value.strip().startsWith("+") ? "00" + value.replaceAll("\\D", "") : value.replaceAll("\\D", "");
        return digits.startsWith("0049") ? "0" + digits.substring(4) : digits;
    }

    static String address(String value) {
        return NameFolding.ascii(value).replaceAll("strasse\\b|str\\.", "str").replaceAll("[^a-z0-9]+", " ").strip();
    }
}
