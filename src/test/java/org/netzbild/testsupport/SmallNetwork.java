package org.netzbild.testsupport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.netzbild.model.Entity;
import org.netzbild.model.Grading;
import org.netzbild.model.Link;
import org.netzbild.model.Provenance;
import org.netzbild.model.WriteBatch;
import org.netzbild.store.GraphStore;
import org.netzbild.store.WriteMode;

/**
 * A small supra-local network for the analysis tests: a kiosk in Essen directed by a person the
 * police know and owned by one the tax investigators know, who lives in Bottrop; a police
 * operation that customs handle too (a joint incident). Ids start with {@code an-}.
 */
public final class SmallNetwork {

    private SmallNetwork() {
    }

    public static void write(GraphStore store) {
        var a = entity("an-a", "Person", "pp-essen", Map.of("name", "Arno Beispiel", "birthDate", LocalDate.of(1980, 1, 2)));
        var b = entity("an-b", "Person", "stfa-essen", Map.of("name", "Berta Beispiel", "birthDate", LocalDate.of(1981, 3, 4)));
        var shop = entity("an-shop", "Business", "gwa-essen", Map.of("name", "Kiosk Beispiel", "trade", "KIOSK"));
        var essen = entity("an-adr1", "Address", "gwa-essen", Map.of("street", "Probestraße", "houseNumber", "1", "city", "Essen",
                "full", "Probestraße 1, Essen"));
        var bottrop = entity("an-adr2", "Address", "pp-essen", Map.of("street", "Musterweg", "houseNumber", "2", "city", "Bottrop",
                "full", "Musterweg 2, Bottrop"));
        var raid = entity("an-inc", "Incident", "pp-essen", Map.of("kind", "OPERATION", "category", "TAX", "dateFrom",
                LocalDate.of(2025, 6, 1)));
        store.write(new WriteBatch(List.of(a, b, shop, essen, bottrop, raid), List.of(
                link("an-l1", "DIRECTS", a, shop, "gwa-essen", Map.of("role", "MANAGING_DIRECTOR")),
                link("an-l2", "OWNS", b, shop, "stfa-essen", Map.of()),
                link("an-l3", "REGISTERED_AT", shop, essen, "gwa-essen", Map.of()),
                link("an-l4", "RESIDES_AT", b, bottrop, "pp-essen", Map.of()),
                link("an-l5", "INVOLVED_IN", a, raid, "pp-essen", Map.of("role", "SUSPECT")),
                new Link("an-l6", "IN_MUNICIPALITY", essen.id(), "mun-essen", Map.of(), provenance("gwa-essen")),
                new Link("an-l7", "IN_MUNICIPALITY", bottrop.id(), "mun-bottrop", Map.of(), provenance("pp-essen")),
                new Link("an-l8", "HANDLED_BY", raid.id(), "agency-hza-duisburg", Map.of(), provenance("pp-essen")))),
                WriteMode.CREATE);
    }

    private static Entity entity(String id, String type, String agency, Map<String, Object> properties) {
        return new Entity(id, type, properties, provenance(agency));
    }

    private static Link link(String id, String type, Entity from, Entity to, String agency, Map<String, Object> properties) {
        return new Link(id, type, from.id(), to.id(), properties, provenance(agency));
    }

    private static Provenance provenance(String agency) {
        return Provenance.of(agency, "AZ 7/25", Instant.parse("2025-06-02T08:00:00Z"), "k.muster",
                Grading.eu(agency.equals("stfa-essen") ? "C3" : "B2"));
    }
}
