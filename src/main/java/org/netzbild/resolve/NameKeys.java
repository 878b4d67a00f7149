package org.netzbild.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The matcher's name keys as search reads them (ADR 0037): for every part of a name, particles
 * (al-, el-, ibn, bin) left out, its consonant key ({@link NameFolding#consonants}: Mohammed, Muhammad,
 * Mohamed → {@code cmhmd}; Hassan, Hasan → {@code chsn}) and its Kölner Phonetik code
 * ({@link NameFolding#cologne}: Schmidt, Schmitt → {@code k862}), as words of a text that a
 * whitespace full-text index reads. A query asks for one of the two keys of every part the user typed,
 * in any order; what it finds is then ranked by how alike the names are ({@link NameSimilarity}).
 * Keys hold only the letters a to z and digits, so a query built from them is never query syntax;
 * a part with a digit (a number, a code) has none.
 */
public final class NameKeys {

    /** The most parts a query keeps, as the text search does. */
    private static final int MAX_PARTS = 12;

    private NameKeys() {
    }

    /** The keys of all spellings of a person, each once, space-separated; empty when no name has a letter. */
    public static String of(Collection<String> names) {
        var keys = new LinkedHashSet<String>();
        for (String name : names) {
            for (String token : NameFolding.tokens(name)) {
                keys.addAll(keys(token));
            }
        }
        return String.join(" ", keys);
    }

    /**
     * A full-text query that every part of {@code text} must match by one of its keys, or an empty string
     * when the text has no name part.
     */
    public static String query(String text) {
        var clauses = new ArrayList<String>();
        for (String token : NameFolding.tokens(text)) {
            if (clauses.size() == MAX_PARTS) {
                break;
            }
            List<String> keys = keys(token);
            if (!keys.isEmpty()) {
                clauses.add("+(" + String.join(" ", keys) + ")");
            }
        }
        return String.join(" ", clauses);
    }

    /** A part with a digit is a number or a code, not a name: it has no keys (its letters alone would meet other codes). */
    private static List<String> keys(String token) {
        var keys = new ArrayList<String>(2);
        if (token.chars().anyMatch(Character::isDigit)) {
            return keys;
        }
        String consonants = NameFolding.consonants(token).replaceAll("[^a-z0-9]", "");
        if (!consonants.isEmpty()) {
            keys.add("c" + consonants);
        }
        String cologne = NameFolding.cologne(token).replaceAll("[^0-9]", "");
        if (!cologne.isEmpty()) {
            keys.add("k" + cologne);
        }
        return keys;
    }
}
