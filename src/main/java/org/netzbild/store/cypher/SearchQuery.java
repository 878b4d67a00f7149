package org.netzbild.store.cypher;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns what a person typed into a Lucene query for the full-text index. The text is cut into
 * letter and digit tokens, so no character of it can act as query syntax; each token must match,
 * exactly, as a prefix, or within a small edit distance (Mohammed / Muhammad, Mueller / Müller).
 * Prefix and fuzzy terms bypass the index's analyzer, so tokens are folded to ASCII here the way
 * the {@code standard-folding} analyzer folds the indexed text.
 */
public final class SearchQuery {

    private SearchQuery() {
    }

    /** The query, or an empty string when the text holds no letter or digit. */
    public static String of(String text) {
        var clauses = new ArrayList<String>();
        for (String token : tokens(text)) {
            var terms = new ArrayList<String>();
            terms.add(token + "^4");
            if (token.length() >= 2) {
                terms.add(token + "*^2");
            }
            if (token.length() >= 4 && !token.chars().allMatch(Character::isDigit) && isLatin(token)) {
                terms.add(token + "~" + (token.length() >= 7 ? 2 : 1));
            }
            clauses.add("+(" + String.join(" ", terms) + ")");
        }
        return String.join(" ", clauses);
    }

    /**
     * Letter and digit runs of any script (Latin, Cyrillic, Arabic, ...): the index keeps those
     * too. Lucene's syntax characters are all outside these runs, and its operators are upper
     * case, so a lower-cased token can only ever be a term.
     */
    static List<String> tokens(String text) {
        return List.of(fold(text).split("[^\\p{L}\\p{N}]+")).stream().filter(t -> !t.isEmpty()).limit(12).toList();
    }

    private static boolean isLatin(String token) {
        return token.chars().allMatch(c -> c < 0x250);
    }

    /**
     * Lower case; Latin letters lose their diacritics and the letters NFD cannot split are
     * replaced, as Lucene's ASCII folding does at index time. Other scripts stay as they are,
     * since the folding filter leaves them alone too.
     */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("ø", "o")
                .replace("đ", "d").replace("æ", "ae").replace("œ", "oe").replace("ð", "d").replace("þ", "th");
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        var folded = new StringBuilder(decomposed.length());
        char base = 0;
        for (char c : decomposed.toCharArray()) {
            boolean mark = Character.getType(c) == Character.NON_SPACING_MARK;
            if (!mark) {
                base = c;
                folded.append(c);
            } else if (base >= 0x250) {
                folded.append(c);
            }
        }
        return Normalizer.normalize(folded, Normalizer.Form.NFC);
    }
}
