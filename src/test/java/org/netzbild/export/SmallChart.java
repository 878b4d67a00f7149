package org.netzbild.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netzbild.model.CollectionMethod;
import org.netzbild.model.Entity;
import org.netzbild.model.Grading;
import org.netzbild.model.Handling;
import org.netzbild.model.Link;
import org.netzbild.model.Nature;
import org.netzbild.model.Provenance;

/**
 * A small chart for the export tests: a person of PP Essen with a shisha bar whose name is a formula,
 * her address, and her father, whom PP Dortmund keeps to itself (AGENCY_ONLY).
 */
public final class SmallChart {

    public static final Recipient ESSEN = new Recipient("KHK Meier, PP Essen", "pp-essen", Recipient.Kind.LAW_ENFORCEMENT, "");
    public static final Instant AT = Instant.parse("2026-12-07T09:30:00Z");

    public final Entity anna = new Entity("p-anna", "Person", props("name", "Anna Berg", "names", List.of("Anna Berg", "Anna Berk"),
            "birthDate", LocalDate.of(1984, 5, 17), "gender", "FEMALE", "nationality", List.of("DE")), labelled("pp-essen"));
    public final Entity bar = new Entity("b-bar", "Business", props("name", "=HYPERLINK(\"http://x\";\"Shisha\")",
            "trade", "SHISHA_BAR", "registerNumber", "HRB 4711"), labelled("gwa-essen").as(Nature.FACT));
    public final Entity home = new Entity("a-home", "Address", props("street", "Altendorfer Straße", "houseNumber", "12",
            "postalCode", "45143", "city", "Essen", "full", "Altendorfer Straße 12, 45143 Essen"), labelled("pp-essen"));
    public final Entity father = new Entity("p-father", "Person", props("name", "Bernd Berg"),
            labelled("pp-dortmund").handled(Handling.AGENCY_ONLY, null));
    public final Link owns = new Link("l-owns", "OWNS", anna.id(), bar.id(), props("share", 50.0),
            labelled("gwa-essen").validBetween(LocalDate.of(2020, 1, 1), null));
    public final Link lives = new Link("l-lives", "RESIDES_AT", anna.id(), home.id(), Map.of(), labelled("pp-essen")
            .handled(Handling.OPEN, "H0"));
    public final Link parent = new Link("l-parent", "FAMILY", father.id(), anna.id(), props("relation", "PARENT"),
            labelled("pp-dortmund"));

    public List<Entity> entities() {
        return List.of(anna, bar, home, father);
    }

    public List<Link> links() {
        return List.of(owns, lives, parent);
    }

    public Map<String, double[]> positions() {
        return Map.of(anna.id(), new double[] {0, 0}, bar.id(), new double[] {120.5, -40}, home.id(),
                new double[] {-80, 60}, father.id(), new double[] {10, 140});
    }

    public Disclosure to(Recipient recipient) {
        return Disclosure.of("Fall Berg", recipient, AT, "analystin.a", "AZ 21/2026", entities(), links(), positions());
    }

    public static ExportNotes notes() {
        return new ExportNotes("Netzbild-Diagramm „Fall Berg“", List.of("Empfänger: KHK Meier", "Weitergabe: OPEN H0"),
                List.of("1 Datensatz nur für die beitragende Behörde nicht übermittelt."),
                List.of("Entitäten", "Verbindungen", "Hinweise"));
    }

    public static Provenance labelled(String agency) {
        return Provenance.of(agency, "AZ-" + agency, Instant.parse("2026-03-01T10:15:30Z"), "kommissarin.k", Grading.eu("B2"))
                .collected(CollectionMethod.OVERT, "§ 9 PolG NRW").reviewedBy(LocalDate.of(2031, 3, 1));
    }

    static Map<String, Object> props(Object... keyValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
