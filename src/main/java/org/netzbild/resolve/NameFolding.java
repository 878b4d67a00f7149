package org.netzbild.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.codec.language.ColognePhonetic;
import org.apache.commons.codec.language.bm.BeiderMorseEncoder;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.RuleType;

/**
 * Folds a name into keys that agree across the spellings agencies write: German registers' ASCII
 * spelling (Müller → mueller, DIN 5007-2), the same without the umlaut's e (Mueller, Muller →
 * muller), transliterations of Arabic, Turkish and Slavic names (Mohammed, Muhammad, Mohamed;
 * Youssef, Jussuf; Djordjevic, Djordjewitsch), doubled letters, and particles (al-, el-, ibn, bin)
 * that one record writes and another leaves out. Keys, never display text: the records keep their
 * spelling.
 */
public final class NameFolding {

    /** Particles one agency writes and another drops or joins: Al-Hassan, El Hassan, Hassan. */
    static final Set<String> PARTICLES = Set.of("al", "el", "ul", "ibn", "bin", "ben", "bint");

    private static final ColognePhonetic COLOGNE = new ColognePhonetic();
    private static final ThreadLocal<BeiderMorseEncoder> BEIDER_MORSE = ThreadLocal.withInitial(() -> {
        var encoder = new BeiderMorseEncoder();
        encoder.setNameType(NameType.GENERIC);
        encoder.setRuleType(RuleType.APPROX);
        encoder.setConcat(true);
        encoder.setMaxPhonemes(4);
        return encoder;
    });
    /** Names repeat: each token is encoded once (Beider-Morse takes a while per token). */
    private static final ConcurrentHashMap<String, List<String>> BEIDER_MORSE_CODES = new ConcurrentHashMap<>();

    private NameFolding() {
    }

    /**
     * The German ASCII spelling, lower case: umlauts as {@code ae oe ue}, {@code ß} as {@code ss},
     * {@code đ} as {@code dj}, every other diacritic dropped (Şahin → sahin, Yılmaz → yilmaz).
     */
    public static String ascii(String text) {
        String lower = text.toLowerCase(Locale.ROOT)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                .replace("đ", "dj").replace("ł", "l").replace("ı", "i");
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /** The parts of a name in German ASCII spelling, particles left out, in the order written. */
    public static List<String> tokens(String name) {
        var tokens = new ArrayList<String>();
        for (String part : ascii(name).split("[^a-z0-9]+")) {
            if (!part.isEmpty() && !PARTICLES.contains(part)) {
                tokens.add(part);
            }
        }
        return tokens;
    }

    /**
     * A name part's skeleton: the spellings of one sound written one way ({@code ae oe ue} as their
     * vowel, {@code ou oo} as u, {@code ee} as i, {@code tsch sch} as ch and sh, {@code ph th ck kh}
     * as f t k h, the Albanian and Balkan {@code xh dz dzh dsch} as d, {@code w} as v, {@code c} but before
     * e, i and y and {@code q} as k, a {@code j} that
     * starts a name as y and y elsewhere as i), then every doubled letter once.
     */
    public static String skeleton(String token) {
        String s = ascii(token);
        if (s.startsWith("j")) {
            s = "y" + s.substring(1);
        }
        s = s.replace("dsch", "d").replace("xh", "d").replace("dzh", "d").replace("dz", "d")
                .replace("tsch", "ch").replace("sch", "sh").replace("dj", "d")
                .replace("ae", "a").replace("oe", "o").replace("ue", "u").replace("ou", "u").replace("oo", "u")
                .replace("ee", "i").replace("ph", "f").replace("th", "t").replace("ck", "k").replace("kh", "h")
                .replace("ch", "h").replace("w", "v").replace("q", "k").replace("x", "ks")
                .replaceAll("c(?![eiy])", "k");
        if (s.length() > 1) {
            s = s.charAt(0) + s.substring(1).replace('y', 'i');
        }
        return collapse(s);
    }

    /**
     * The skeleton's consonants, a starting vowel as {@code a}: the vowels transliterations disagree on
     * left out (Mohammed, Muhammad → mhmd; Omar, Umar → amr).
     */
    public static String consonants(String token) {
        String skeleton = skeleton(token);
        if (skeleton.isEmpty()) {
            return skeleton;
        }
        char first = "aeiou".indexOf(skeleton.charAt(0)) >= 0 ? 'a' : skeleton.charAt(0);
        return collapse(first + skeleton.substring(1).replaceAll("[aeiouy]", ""));
    }

    /** The Kölner Phonetik code of a name part (H. J. Postel, 1969), for German spellings. */
    public static String cologne(String token) {
        return COLOGNE.colognePhonetic(token);
    }

    /**
     * The Beider-Morse phonetic codes of a name part (A. Beider and S. Morse, 2008), approximate
     * rules over every language the library knows: for Arabic, Turkish and Slavic names written in
     * German or English transliteration.
     */
    public static List<String> beiderMorse(String token) {
        return BEIDER_MORSE_CODES.computeIfAbsent(token, t -> {
            try {
                return List.of(BEIDER_MORSE.get().encode(t).split("\\|"));
            } catch (org.apache.commons.codec.EncoderException | RuntimeException e) {
                return List.of();
            }
        });
    }

    private static String collapse(String s) {
        var out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }
}
