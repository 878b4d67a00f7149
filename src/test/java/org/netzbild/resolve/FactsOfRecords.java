package org.netzbild.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;
import org.netzbild.model.PersonFacts;
import org.netzbild.model.WriteBatch;

/**
 * The persons' facts of generated records, worked out in memory as the store's read does
 * (names, birth date, agency; addresses a person resides at, identifiers and vehicles they use or own):
 * for tests and the benchmark that need no store.
 */
final class FactsOfRecords {

    private FactsOfRecords() {
    }

    static List<PersonFacts> of(List<WriteBatch> batches) {
        var entities = new HashMap<String, Entity>();
        var persons = new LinkedHashMap<String, Entity>();
        var identifiers = new HashMap<String, List<String>>();
        for (WriteBatch batch : batches) {
            for (Entity e : batch.entities()) {
                entities.put(e.id(), e);
                if (e.type().equals("Person")) {
                    persons.put(e.id(), e);
                }
            }
        }
        for (WriteBatch batch : batches) {
            for (Link link : batch.links()) {
                if (!persons.containsKey(link.fromId()) || !List.of("RESIDES_AT", "USES", "OWNS").contains(link.type())) {
                    continue;
                }
                Entity to = entities.get(link.toId());
                String identifier = to == null ? null : identifier(to);
                if (identifier != null) {
                    identifiers.computeIfAbsent(link.fromId(), k -> new ArrayList<>()).add(identifier);
                }
            }
        }
        var facts = new ArrayList<PersonFacts>(persons.size());
        persons.values().forEach(p -> facts.add(facts(p, identifiers.getOrDefault(p.id(), List.of()))));
        return facts;
    }

    static PersonFacts facts(Entity person, List<String> identifiers) {
        var names = new ArrayList<String>();
        names.add(person.text("name"));
        for (String list : List.of("names", "aliases")) {
            if (person.get(list) instanceof List<?> more) {
                more.forEach(n -> {
                    if (!names.contains(n.toString())) {
                        names.add(n.toString());
                    }
                });
            }
        }
        var born = person.get("birthDate") instanceof LocalDate d ? List.of(d) : List.<LocalDate>of();
        return new PersonFacts(person.id(), names, born, List.of(person.provenance().sourceAgency()), identifiers);
    }

    private static String identifier(Entity e) {
        return switch (e.type()) {
            case "Address" -> "ADDRESS:" + e.text("full");
            case "Identifier" -> e.text("kind") + ":" + e.text("value");
            case "Vehicle" -> e.text("plate") == null ? null : "PLATE:" + e.text("plate");
            default -> null;
        };
    }
}
