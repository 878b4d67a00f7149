package org.netzbild.demo;

import java.util.List;

/**
 * Given names and family names spelled by the same conventions, each as a list of spellings
 * (usual one first). A pool is only a source of names: it is not recorded with the person.
 *
 * @param femaleSurname suffix pairs that turn a family name into its female form (Kowalski → Kowalska)
 */
record NamePool(int weight, List<List<String>> male, List<List<String>> female, List<List<String>> surnames,
                List<List<String>> femaleSurname) {

    /** The family name's spellings in the form for a woman where the pool's names change with gender. */
    List<String> surnameFor(List<String> spellings, boolean female) {
        if (!female || femaleSurname.isEmpty()) {
            return spellings;
        }
        return spellings.stream().map(this::feminine).distinct().toList();
    }

    private String feminine(String surname) {
        for (List<String> pair : femaleSurname) {
            if (surname.endsWith(pair.get(0))) {
                return surname.substring(0, surname.length() - pair.get(0).length()) + pair.get(1);
            }
        }
        return surname;
    }
}
