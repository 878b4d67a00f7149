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
 * order. One key per way of colouring (agency, municipality, police authority).
 */
public final class ColourKey {

    private final Map<Colouring, Map<String, Integer>> slots = new EnumMap<>(Colouring.class);

    /** The mark of each of {@code values}, giving new values the next free ones. */
    public Map<String, Palette.Swatch> swatches(Colouring colouring, Collection<String> values) {
        Map<String, Integer> given = slots.computeIfAbsent(colouring, c -> new LinkedHashMap<>());
        values.stream().filter(v -> !given.containsKey(v)).distinct()
                .sorted(Collator.getInstance(Locale.GERMANY))
                .forEach(v -> given.put(v, given.size()));
        var swatches = new LinkedHashMap<String, Palette.Swatch>();
        values.stream().distinct().sorted(Collator.getInstance(Locale.GERMANY))
                .forEach(v -> swatches.put(v, Palette.slot(given.get(v))));
        return swatches;
    }
}
