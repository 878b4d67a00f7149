package org.netzbild.store.cypher;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings values from either adapter into one shape: the embedded database hands out arrays and
 * ints where the driver hands out lists and longs.
 */
public final class Values {

    private Values() {
    }

    public static Object normalise(Object value) {
        if (value == null) {
            return null;
        }
        if (value.getClass().isArray()) {
            var list = new ArrayList<Object>(Array.getLength(value));
            for (int i = 0; i < Array.getLength(value); i++) {
                list.add(normalise(Array.get(value, i)));
            }
            return list;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Values::normalise).toList();
        }
        if (value instanceof Map<?, ?> map) {
            var copy = new LinkedHashMap<String, Object>();
            map.forEach((k, v) -> copy.put((String) k, normalise(v)));
            return copy;
        }
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> row(Map<String, Object> row) {
        return (Map<String, Object>) normalise(row);
    }
}
