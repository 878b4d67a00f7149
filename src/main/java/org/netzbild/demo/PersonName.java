package org.netzbild.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One person's name as the agencies recorded it: the spelling of this record ({@code name}) and
 * the other spellings under which the same person appears ({@code names}, the first being
 * {@code name}).
 */
record PersonName(String name, List<String> names) {

    private static final String[] NICKNAMES = {"Kalle", "Atze", "Sascha", "Mo", "Tony", "Charly", "Eddy", "Mikki",
            "Ronny", "Lucky", "Kiki", "Jo", "Nico", "Sami", "Dani", "Ricky", "Benny", "Manni", "Lulu", "Bobo"};

    /** Spells a person from the spellings of their given and family name. */
    static PersonName spell(List<String> given, List<String> surname, SplittableRandom random) {
        String first = pick(given, random);
        String last = pick(surname, random);
        var all = new LinkedHashSet<String>();
        all.add(first + " " + last);
        if (given.size() > 1) {
            all.add(other(given, first, random) + " " + last);
        }
        if (surname.size() > 1) {
            all.add(first + " " + other(surname, last, random));
        }
        return new PersonName(first + " " + last, List.copyOf(all));
    }

    /** A spelling of the same person other than this one: another variant, or a typing error. */
    String variant(SplittableRandom random) {
        var others = new ArrayList<>(names.subList(1, names.size()));
        if (!others.isEmpty()) {
            return others.get(random.nextInt(others.size()));
        }
        // no recorded variant: a clerk swapped two letters of the family name (Schneider → Schnieder)
        int space = name.lastIndexOf(' ');
        String last = name.substring(space + 1);
        if (last.length() < 4) {
            return name + "h";
        }
        int at = 1 + random.nextInt(last.length() - 3);
        char[] letters = last.toCharArray();
        char swap = letters[at];
        letters[at] = letters[at + 1];
        letters[at + 1] = swap;
        String typo = name.substring(0, space + 1) + new String(letters);
        return typo.equals(name) ? name + "h" : typo;
    }

    /** A nickname or "given name and initial", as informants and phone contacts show them. */
    String alias(SplittableRandom random) {
        if (random.nextBoolean()) {
            return NICKNAMES[random.nextInt(NICKNAMES.length)];
        }
        int space = name.lastIndexOf(' ');
        return name.substring(0, space) + " " + name.charAt(space + 1) + ".";
    }

    private static String pick(List<String> spellings, SplittableRandom random) {
        return spellings.size() == 1 || random.nextInt(10) < 7 ? spellings.getFirst()
                : spellings.get(random.nextInt(spellings.size()));
    }

    private static String other(List<String> spellings, String not, SplittableRandom random) {
        String other = spellings.get(random.nextInt(spellings.size()));
        return other.equals(not) ? spellings.get((spellings.indexOf(not) + 1) % spellings.size()) : other;
    }
}
