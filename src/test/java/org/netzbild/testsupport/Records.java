package org.netzbild.testsupport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.netzbild.model.Entity;
import org.netzbild.model.Grading;
import org.netzbild.model.Handling;
import org.netzbild.model.Link;
import org.netzbild.model.Provenance;

/** Small builders for test records; each test gets ids of its own through {@link #prefix}. */
public final class Records {

    public static final String POLICE = "PP Essen";
    public static final String TAX = "Finanzamt Essen-Süd";

    private final String prefix;

    public Records() {
        this.prefix = UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    public String id(String local) {
        return prefix + local;
    }

    public static Provenance from(String agency) {
        return Provenance.of(agency, "AZ-2026-001", Instant.parse("2026-03-01T10:15:30Z"), "kommissarin.k", Grading.eu("B2"));
    }

    public Entity person(String local, String name) {
        return person(local, name, POLICE);
    }

    public Entity person(String local, String name, String agency) {
        return new Entity(id(local), "Person", props("name", name, "birthDate", LocalDate.of(1984, 5, 17)), from(agency));
    }

    public Entity business(String local, String name) {
        return new Entity(id(local), "Business", props("name", name, "trade", "SHISHA_BAR"), from(TAX));
    }

    public Entity restricted(Entity entity) {
        return new Entity(entity.id(), entity.type(), entity.properties(),
                entity.provenance().handled(Handling.AGENCY_ONLY, null));
    }

    public Link link(String local, String type, Entity from, Entity to, Object... properties) {
        return new Link(id(local), type, from.id(), to.id(), props(properties), from(POLICE));
    }

    public Link link(String local, String type, Entity from, Entity to, String agency, Handling handling) {
        return new Link(id(local), type, from.id(), to.id(), Map.of(), from(agency).handled(handling, null));
    }

    public static Map<String, Object> props(Object... keyValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    public static List<String> ids(List<Entity> entities) {
        return entities.stream().map(Entity::id).toList();
    }
}
