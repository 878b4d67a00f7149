package org.netzbild.app;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;
import org.netzbild.model.Statement;

/**
 * One entity as an investigator checks it after an import, with nothing but what the session may
 * see: its type and properties, every statement about it with its provenance, its links grouped by
 * type with the entity at the other end, and which import wrote each record (none: entered by hand).
 *
 * @param statements    the entity's own record first, then the further statements, oldest first
 * @param links         the links of the entity, each with the entity at its other end
 * @param importsBehind record id (entity, statement or link) to the import that wrote it; a record
 *                      entered by hand is absent
 * @param unshown       how many further neighbours the link limit left out (0: all links are here)
 */
public record EntityProfile(Entity entity, List<Statement> statements, List<LinkEnd> links,
                            Map<String, String> importsBehind, long unshown) {

    /** A link of the entity and the entity at its other end; {@code outgoing} when the entity is its start. */
    public record LinkEnd(Link link, Entity other, boolean outgoing) {
    }

    public EntityProfile {
        statements = List.copyOf(statements);
        links = links.stream().sorted(Comparator.comparing((LinkEnd l) -> l.link().type())
                .thenComparing(l -> l.other().id()).thenComparing(l -> l.link().id())).toList();
        importsBehind = Map.copyOf(importsBehind);
    }

    /** The links by type, types in alphabetical order, each list by the other end's id, then the link's. */
    public Map<String, List<LinkEnd>> linksByType() {
        var byType = new TreeMap<String, List<LinkEnd>>();
        links.forEach(l -> byType.computeIfAbsent(l.link().type(), t -> new java.util.ArrayList<>()).add(l));
        return byType;
    }

    /** The import that wrote this record, or {@code null} when it was entered by hand. */
    public String importOf(String recordId) {
        return importsBehind.get(recordId);
    }
}
