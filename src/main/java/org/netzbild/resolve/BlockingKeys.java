package org.netzbild.resolve;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.netzbild.model.PersonFacts;

/**
 * The blocks a person record falls into: only records that share a block are compared, so that
 * finding candidates grows with the number of records, not with its square. Every key survives the
 * spellings {@link NameFolding} folds, and a pair needs to share one key only:
 *
 * <ul>
 *   <li>{@code n:} the Kölner Phonetik codes of two name parts, sorted (order of the parts does not
 *       matter);</li>
 *   <li>{@code d:} the birth date with day and month in either order, with the Kölner code of one name
 *       part (a typing error in the other part still meets);</li>
 *   <li>{@code b:} the birth year with a Beider-Morse code of one name part (Arabic, Turkish and Slavic
 *       transliterations the German code splits);</li>
 *   <li>{@code c:} the birth year with the consonants of one name part;</li>
 *   <li>{@code i:} a shared identifier or address, folded ({@link Identifiers}).</li>
 * </ul>
 */
public final class BlockingKeys {

    private BlockingKeys() {
    }

    public static Set<String> of(PersonFacts person) {
        var keys = new LinkedHashSet<String>();
        var years = new LinkedHashSet<Integer>();
        person.birthDates().forEach(d -> years.add(d.getYear()));
        for (String name : person.names()) {
            List<String> tokens = NameFolding.tokens(name);
            for (int i = 0; i < tokens.size(); i++) {
                String code = NameFolding.cologne(tokens.get(i));
                for (int j = i + 1; j < tokens.size(); j++) {
                    String other = NameFolding.cologne(tokens.get(j));
                    keys.add("n:" + (code.compareTo(other) <= 0 ? code + "/" + other : other + "/" + code));
                }
                for (LocalDate date : person.birthDates()) {
                    keys.add("d:" + BirthDates.key(date) + ":" + code);
                }
                for (int year : years) {
                    String consonants = NameFolding.consonants(tokens.get(i));
                    if (consonants.length() > 1) {
                        keys.add("c:" + year + ":" + consonants);
                    }
                    for (String phonetic : NameFolding.beiderMorse(tokens.get(i))) {
                        keys.add("b:" + year + ":" + phonetic);
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
