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
            if (token.length() >= 4 && !token.chars().allMatch(Character::isDigit)) {
                terms.add(token + "~" + (token.length() >= 7 ? 2 : 1));
            }
            clauses.add("+(" + String.join(" ", terms) + ")");
        }
        return String.join(" ", clauses);
    }

    static List<String> tokens(String text) {
        return List.of(fold(text).split("[^a-z0-9]+")).stream().filter(t -> !t.isEmpty()).limit(12).toList();
    }

    /** Lower case, diacritics removed, the letters NFD cannot split replaced as Lucene's ASCII folding does. */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("ø", "o")
                .replace("đ", "d").replace("æ", "ae").replace("œ", "oe").replace("ð", "d").replace("þ", "th");
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
