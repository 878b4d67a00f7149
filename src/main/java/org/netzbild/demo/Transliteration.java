package org.netzbild.demo;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The ASCII spelling that German registers and keyboards produce from names with letters
 * beyond ASCII: umlauts as {@code ae oe ue} (Müller → Mueller, DIN 5007-2), {@code ß} as
 * {@code ss}, {@code Đ} as {@code Dj}, and every other diacritic dropped (Şahin → Sahin,
 * Yılmaz → Yilmaz, Łukasz → Lukasz).
 */
final class Transliteration {

    private Transliteration() {
    }

    static String ascii(String text) {
        String replaced = text
                .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                .replace("Đ", "Dj").replace("đ", "dj").replace("Ł", "L").replace("ł", "l")
                .replace("ı", "i").replace("İ", "I");
        return Normalizer.normalize(replaced, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /** A lower-case id fragment: {@code Mülheim an der Ruhr} → {@code muelheim-an-der-ruhr}. */
    static String slug(String text) {
        return ascii(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
