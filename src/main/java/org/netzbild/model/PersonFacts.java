package org.netzbild.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the duplicate matcher needs to know about one person, as far as the session may see it: every
 * spelling of the name (the record's {@code name}, {@code names} and {@code aliases} and those of the
 * visible statements about it), every birth date stated, the agencies that state something (the
 * record's own first), and the addresses, identifiers and vehicles linked to it, each as
 * {@code KIND:value} ({@code ADDRESS}, {@code PHONE}, {@code EMAIL}, {@code IBAN}, {@code SOCIAL_MEDIA},
 * {@code PLATE}, {@code VIN}, {@code NATIONAL_ID}, {@code PASSPORT}) as the records hold them; the
 * matcher normalises them.
 */
public record PersonFacts(String id, List<String> names, List<LocalDate> birthDates, List<String> agencies,
                          List<String> identifiers) {

    public PersonFacts {
        Objects.requireNonNull(id, "id");
        names = List.copyOf(names);
        birthDates = List.copyOf(birthDates);
        agencies = List.copyOf(agencies);
        identifiers = List.copyOf(identifiers);
    }

    /** The agency of the record itself. */
    public String agency() {
        return agencies.isEmpty() ? "" : agencies.getFirst();
    }

    /** The name the record itself gives. */
    public String name() {
        return names.isEmpty() ? id : names.getFirst();
    }
}
