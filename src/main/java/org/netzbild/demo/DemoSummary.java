package org.netzbild.demo;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a generation emitted: counts by entity and link type of the batches handed to the sink,
 * and the known duplicate persons (planted and background). After a cancel, the counts cover
 * only the batches emitted and no duplicates are listed, since their partners may be missing.
 */
public record DemoSummary(DemoSettings settings, long records, int batches, boolean cancelled,
                          Map<String, Long> entitiesByType, Map<String, Long> linksByType,
                          List<KnownDuplicate> knownDuplicates) {

    public DemoSummary {
        entitiesByType = java.util.Collections.unmodifiableMap(new TreeMap<>(entitiesByType));
        linksByType = java.util.Collections.unmodifiableMap(new TreeMap<>(linksByType));
        knownDuplicates = List.copyOf(knownDuplicates);
    }

    public long entities(String type) {
        return entitiesByType.getOrDefault(type, 0L);
    }

    public long links(String type) {
        return linksByType.getOrDefault(type, 0L);
    }
}
