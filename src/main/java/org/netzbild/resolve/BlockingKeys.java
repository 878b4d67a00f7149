package org.netzbild.resolve;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.netzbild.model.PersonFacts;

/**
 * The blocks a person record falls into: only records that share a block are compared, so that
 * finding candidates grows with the number of records, not with its square. Every key survives the
 * spellings {@link NameFolding} folds, and a pair needs to share one key only. The keys of a dated
 * record name its birth date, day and month in either order, so that a block stays as small in a
 * million records as in ten thousand:
 *
 * <ul>
 *   <li>{@code d:} the date with the Kölner Phonetik code of one name part (a typing error in another
 *       part still meets);</li>
 *   <li>{@code b:} the date with a Beider-Morse code of one name part (Arabic, Turkish and Slavic
 *       transliterations the German code splits);</li>
 *   <li>{@code c:} the date with the consonants of one name part;</li>
 *   <li>{@code i:} a shared identifier or address, folded ({@link Identifiers});</li>
 *   <li>{@code n:} the Kölner codes of two name parts, sorted ({@link #isForUndated}): a record without
 *       a birth date meets its namesakes there, and only pairs with such a record are taken from
 *       these blocks.</li>
 * </ul>
 */
public final class BlockingKeys {

    private static final String UNDATED = "n:";

    private BlockingKeys() {
    }

    /** Whether pairs of a key's block are taken only where one of the two records has no birth date. */
    public static boolean isForUndated(String key) {
        return key.startsWith(UNDATED);
    }

    public static Set<String> of(PersonFacts person) {
        var keys = new LinkedHashSet<String>();
        var dates = new LinkedHashSet<String>();
        person.birthDates().forEach(d -> dates.add(BirthDates.key(d)));
        for (String name : person.names()) {
            List<String> tokens = NameFolding.tokens(name);
            for (int i = 0; i < tokens.size(); i++) {
                String token = tokens.get(i);
                String code = NameFolding.cologne(token);
                for (int j = i + 1; j < tokens.size(); j++) {
                    String other = NameFolding.cologne(tokens.get(j));
                    keys.add(UNDATED + (code.compareTo(other) <= 0 ? code + "/" + other : other + "/" + code));
                }
                String consonants = NameFolding.consonants(token);
                for (String date : dates) {
                    keys.add("d:" + date + ":" + code);
                    if (consonants.length() > 1) {
                        keys.add("c:" + date + ":" + consonants);
                    }
                    for (String phonetic : NameFolding.beiderMorse(token)) {
                        keys.add("b:" + date + ":" + phonetic);
                    }
                }
            }
        }
        for (String identifier : person.identifiers()) {
            keys.add("i:" + Identifiers.normalise(identifier));
        }
        return keys;
    }
}
