package org.netzbild.chart;

import java.text.Collator;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which category value has which mark ({@link Palette}), fixed once given: a value keeps its mark
 * while the chart is open, whatever filters remove or expansions add, so that "the red ones" stay
 * the red ones. Values seen for the first time together get the next free marks in alphabetical
 * order. One key per way of colouring (agency, municipality, police authority). The key can be
 * kept with the workspace ({@link #given()}, {@link #restore}), so that a value keeps its mark from
 * one session to the next (issue 18).
 */
public final class ColourKey {

    private final Map<Colouring, Map<String, Integer>> slots = new EnumMap<>(Colouring.class);
    private int generation;

    /** Which value has which slot, by way of colouring, as given so far: what a workspace keeps. */
    public Map<Colouring, Map<String, Integer>> given() {
        var copy = new EnumMap<Colouring, Map<String, Integer>>(Colouring.class);
        slots.forEach((colouring, values) -> copy.put(colouring, Map.copyOf(values)));
        return copy;
    }

    /** Takes the slots a workspace kept; values given since stay as given, after them. */
    public void restore(Map<Colouring, Map<String, Integer>> kept) {
        kept.forEach((colouring, values) -> {
            var given = slots.computeIfAbsent(colouring, c -> new LinkedHashMap<>());
            var before = new LinkedHashMap<>(given);
            given.clear();
            given.putAll(values);
            before.keySet().stream().filter(v -> !given.containsKey(v)).forEach(v -> given.put(v, nextFree(given)));
        });
        generation++;
    }

    /** Counts the changes of the key (new values given, a key restored): whether it needs keeping again. */
    public int generation() {
        return generation;
    }

    private static int nextFree(Map<String, Integer> given) {
        return given.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    }

    /** The mark of each of {@code values}, giving new values the next free ones. */
    public Map<String, Palette.Swatch> swatches(Colouring colouring, Collection<String> values) {
        Map<String, Integer> given = slots.computeIfAbsent(colouring, c -> new LinkedHashMap<>());
        values.stream().filter(v -> !given.containsKey(v)).distinct()
                .sorted(Collator.getInstance(Locale.GERMANY))
                .forEach(v -> {
                    given.put(v, nextFree(given));
                    generation++;
                });
        var swatches = new LinkedHashMap<String, Palette.Swatch>();
        values.stream().distinct().sorted(Collator.getInstance(Locale.GERMANY))
                .forEach(v -> swatches.put(v, Palette.slot(given.get(v))));
        return swatches;
    }
}
