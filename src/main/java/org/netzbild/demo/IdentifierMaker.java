package org.netzbild.demo;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.netzbild.model.Entity;

/**
 * Phone numbers, e-mail addresses and bank accounts, each an Identifier node used by its owner.
 * Numbers are derived from the identifier's sequence number through a bijection, so no two
 * generated identifiers share a value by accident: a shared phone in the demo is always meant.
 * E-mail domains are under the reserved {@code .example} top-level domain (RFC 2606).
 */
final class IdentifierMaker {

    private static final String[] MOBILE = {"151", "152", "157", "160", "162", "170", "171", "172", "173", "174",
            "175", "176", "177", "178", "179"};
    private static final String[] MAIL_DOMAINS = {"post.example", "mail.example", "ruhrnet.example", "web.example",
            "mailbox.example"};
    private static final String[] BANK_CODES = {"36050105", "44050199", "35050000", "43050001", "42050001",
            "36250000", "44010046", "36010043", "42070062", "44070024"};

    private final DemoWorld world;

    IdentifierMaker(DemoWorld world) {
        this.world = world;
    }

    /** A mobile number such as {@code +49 176 23456789}. */
    String mobile(String userId, DemoAgency agency) {
        int n = ++world.identifiers;
        String value = "+49 " + MOBILE[n % MOBILE.length] + " " + scrambled(n / MOBILE.length, 100_000_000L, 10_000_000L);
        return create(n, "PHONE", value, userId, agency);
    }

    /** A landline in the place's area code, for businesses. */
    String landline(String userId, Place place, DemoAgency agency) {
        int n = ++world.identifiers;
        String value = "+49 " + place.areaCode() + " " + scrambled(n, 10_000_000L, 1_000_000L);
        return create(n, "PHONE", value, userId, agency);
    }

    String email(String userId, String name, DemoAgency agency) {
        int n = ++world.identifiers;
        String local = Transliteration.ascii(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".")
                .replaceAll("^\\.|\\.$", "");
        return create(n, "EMAIL", local + n + "@" + MAIL_DOMAINS[n % MAIL_DOMAINS.length], userId, agency);
    }

    String iban(String userId, DemoAgency agency) {
        int n = ++world.identifiers;
        String bank = BANK_CODES[n % BANK_CODES.length];
        return create(n, "IBAN", Iban.grouped(Iban.german(bank, scrambled(n, 10_000_000_000L, 100_000_000L))), userId, agency);
    }

    /** Another user of an existing identifier, such as a partner sharing a phone. */
    void share(String identifierId, String userId, DemoAgency agency) {
        LocalDate from = world.source.date(RecordSource.FILES_SINCE, RecordSource.TODAY);
        world.out.link("USES", userId, identifierId, Map.of(), world.source.span(agency, from, null));
    }

    private String create(int n, String kind, String value, String userId, DemoAgency agency) {
        String id = DemoWorld.id("i-", n, 7);
        LocalDate since = world.source.date(RecordSource.FILES_SINCE, RecordSource.TODAY);
        world.out.add(new Entity(id, "Identifier", Map.of("kind", kind, "value", value), world.source.fact(agency, since)));
        world.out.link("USES", userId, id, Map.of(), world.source.span(agency, since, null));
        return id;
    }

    /** Spreads consecutive numbers over {@code [floor, modulus)} one to one (an affine map with a unit multiplier). */
    private static long scrambled(long n, long modulus, long floor) {
        long span = modulus - floor;
        return floor + Math.floorMod(n * 7_654_321L + 1_234_567L, span);
    }
}
