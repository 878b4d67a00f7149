package org.netzbild.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Defensive, ordered, immutable copies of property maps; {@code null} values are dropped. */
final class Properties {

    private Properties() {
    }

    static Map<String, Object> copy(Map<String, Object> source) {
        if (source == null || source.isEmpty()) {
            return Map.of();
        }
        var copy = new LinkedHashMap<String, Object>();
        source.forEach((key, value) -> {
            if (value != null) {
                copy.put(key, value instanceof List<?> list ? List.copyOf(list) : value);
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
