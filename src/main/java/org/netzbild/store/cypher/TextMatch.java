package org.netzbild.store.cypher;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.netzbild.model.Entity;

/**
 * Where a hit of the full-text index was found: the index reads one text made of a record's search
 * fields ({@link RecordMapping#searchText}) and does not say which of them matched, so the port asks
 * again here, with the index's own tokens ({@link SearchQuery#tokens}) and the query's own rules: a
 * token of the text matches a token of a value exactly, as its beginning, or within the edit
 * distance the query allows (one, two from seven letters on, Latin letters only). The field whose
 * value holds the most of the text's tokens is the one named; between equals, the first in the
 * ontology's order. A hit found through another record's statement may have no field of its own that
 * matches: then there is none to name.
 */
final class TextMatch {

    /** A search field and the value in it that matched. */
    record Found(String field, String value) {
    }

    private TextMatch() {
    }

    static Optional<Found> where(String text, Entity entity, List<String> searchFields) {
        List<String> wanted = SearchQuery.tokens(text);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        boolean compact = "Identifier".equals(entity.type()) || "Vehicle".equals(entity.type());
        Found best = null;
        int bestCount = 0;
        for (String field : searchFields) {
            for (String value : values(entity.get(field))) {
                var tokens = new ArrayList<>(SearchQuery.tokens(value));
                if (compact) {
                    // the index also holds a number's letters and digits run together (RE-AB 123: reab123)
                    tokens.addAll(SearchQuery.tokens(value.replaceAll("[^0-9A-Za-z]", "")));
                }
                int count = 0;
                for (String token : wanted) {
                    if (tokens.stream().anyMatch(t -> matches(token, t))) {
                        count++;
                    }
                }
                if (count > bestCount) {
                    best = new Found(field, value);
                    bestCount = count;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<String> values(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().filter(java.util.Objects::nonNull).map(Object::toString).toList();
        }
        if (value instanceof String[] array) {
            return List.of(array);
        }
        return value == null ? List.of() : List.of(value.toString());
    }

    /** As {@link SearchQuery#of} asks the index: exactly, as a prefix from two characters, or fuzzily. */
    static boolean matches(String wanted, String token) {
        if (token.equals(wanted) || wanted.length() >= 2 && token.startsWith(wanted)) {
            return true;
        }
        if (wanted.length() < 4 || wanted.chars().allMatch(Character::isDigit) || !latin(wanted)) {
            return false;
        }
        int allowed = wanted.length() >= 7 ? 2 : 1;
        return Math.abs(wanted.length() - token.length()) <= allowed && distance(wanted, token) <= allowed;
    }

    private static boolean latin(String token) {
        return token.chars().allMatch(c -> c < 0x250);
    }

    /** Edit distance with adjacent transpositions, as Lucene's fuzzy query counts it. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
