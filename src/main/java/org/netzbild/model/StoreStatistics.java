package org.netzbild.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Counts by entity type and link type, and the schema version the store was migrated to. */
public record StoreStatistics(Map<String, Long> entitiesByType, Map<String, Long> linksByType, int schemaVersion) {

    public StoreStatistics {
        // sorted by name, so that listings are stable (Map.copyOf would lose the order)
        entitiesByType = Collections.unmodifiableMap(new TreeMap<>(entitiesByType));
        linksByType = Collections.unmodifiableMap(new TreeMap<>(linksByType));
    }

    public long entityCount() {
        return entitiesByType.values().stream().mapToLong(Long::longValue).sum();
    }

    public long linkCount() {
        return linksByType.values().stream().mapToLong(Long::longValue).sum();
    }
}
