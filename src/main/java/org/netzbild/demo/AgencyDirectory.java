package org.netzbild.demo;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netzbild.model.AgencyKind;
import org.netzbild.schema.Agencies;
import org.netzbild.schema.ReferenceData;

/**
 * The cooperation's agencies in the demo, all of them agencies of the reference data (whose Agency
 * nodes are already in the store): police authorities, prosecutors, customs, tax, municipal,
 * social and immigration offices, with the responsibility of each for every municipality. The
 * areas follow the real ones roughly (prosecutors by regional court, customs by main customs
 * office); the demo needs plausible, not exact, jurisdictions.
 */
final class AgencyDirectory {

    private static final Map<String, String> PROSECUTION = Map.ofEntries(
            Map.entry("PP Essen", "Essen"), Map.entry("PP Gelsenkirchen", "Essen"),
            Map.entry("PP Recklinghausen", "Bochum"), Map.entry("PP Bochum", "Bochum"),
            Map.entry("PP Dortmund", "Dortmund"), Map.entry("PP Hamm", "Dortmund"), Map.entry("KPB Unna", "Dortmund"),
            Map.entry("PP Duisburg", "Duisburg"), Map.entry("PP Oberhausen", "Duisburg"), Map.entry("KPB Wesel", "Duisburg"),
            Map.entry("PP Hagen", "Hagen"), Map.entry("KPB Ennepe-Ruhr-Kreis", "Hagen"));
    private static final Map<String, String> TAX_INVESTIGATION = Map.ofEntries(
            Map.entry("PP Essen", "Essen"), Map.entry("PP Gelsenkirchen", "Essen"), Map.entry("PP Duisburg", "Essen"),
            Map.entry("PP Oberhausen", "Essen"), Map.entry("KPB Wesel", "Essen"),
            Map.entry("PP Recklinghausen", "Bochum"), Map.entry("PP Bochum", "Bochum"), Map.entry("PP Hagen", "Bochum"),
            Map.entry("KPB Ennepe-Ruhr-Kreis", "Bochum"),
            Map.entry("PP Dortmund", "Dortmund"), Map.entry("PP Hamm", "Dortmund"), Map.entry("KPB Unna", "Dortmund"));
    private static final Map<String, String> TAX_OFFICE = Map.ofEntries(
            Map.entry("Essen", "Finanzamt Essen-Süd"), Map.entry("Dortmund", "Finanzamt Dortmund-West"),
            Map.entry("Duisburg", "Finanzamt Duisburg-Süd"), Map.entry("Bochum", "Finanzamt Bochum-Mitte"),
            Map.entry("Gelsenkirchen", "Finanzamt Gelsenkirchen"), Map.entry("Oberhausen", "Finanzamt Oberhausen-Süd"),
            Map.entry("Mülheim an der Ruhr", "Finanzamt Mülheim an der Ruhr"), Map.entry("Hagen", "Finanzamt Hagen"),
            Map.entry("Hamm", "Finanzamt Hamm"), Map.entry("Herne", "Finanzamt Herne"), Map.entry("Bottrop", "Finanzamt Bottrop"),
            Map.entry("Kreis Recklinghausen", "Finanzamt Recklinghausen"), Map.entry("Kreis Unna", "Finanzamt Unna"),
            Map.entry("Kreis Wesel", "Finanzamt Moers"), Map.entry("Ennepe-Ruhr-Kreis", "Finanzamt Schwelm"));
    private static final Map<String, String> TAX_OFFICE_SEAT = Map.of("Kreis Recklinghausen", "Recklinghausen",
            "Kreis Unna", "Unna", "Kreis Wesel", "Moers", "Ennepe-Ruhr-Kreis", "Schwelm");
    private static final String[] CUSTOMS_DORTMUND = {"PP Dortmund", "PP Hamm", "KPB Unna", "PP Bochum", "PP Hagen",
            "KPB Ennepe-Ruhr-Kreis", "PP Recklinghausen"};

    private final RuhrPlaces places;
    private final Map<String, DemoAgency> byName = new LinkedHashMap<>();
    private final Agencies reference = Agencies.standard();
    private final Map<String, Jurisdiction> byMunicipality = new HashMap<>();

    AgencyDirectory(RuhrPlaces places) {
        this.places = places;
        for (Place place : places.all()) {
            byMunicipality.put(place.id(), jurisdictionOf(place));
        }
    }

    Jurisdiction of(Place place) {
        return byMunicipality.get(place.id());
    }

    /** An agency by name, for the planted networks; unknown names are a programming error. */
    DemoAgency named(String name) {
        DemoAgency agency = byName.get(name);
        if (agency == null) {
            throw new IllegalArgumentException("no demo agency named " + name);
        }
        return agency;
    }

    private Jurisdiction jurisdictionOf(Place place) {
        boolean countyFree = place.district().equals(place.name());
        String authority = place.policeAuthority();
        var police = byName.computeIfAbsent(authority, name -> {
            String id = known(ReferenceData.agencyId(name).substring("agency-".length()));
            return new DemoAgency(id, name, AgencyKind.POLICE, place.plateCodes().getFirst(), id, "§ 163 StPO");
        });
        String customsSeat = List.of(CUSTOMS_DORTMUND).contains(authority) ? "Dortmund" : "Duisburg";
        String prosecutionSeat = PROSECUTION.get(authority);
        String investigationSeat = TAX_INVESTIGATION.get(authority);
        String district = place.district();
        var publicOrder = agency("Ordnungsamt " + place.name(), AgencyKind.MUNICIPAL, place.name(), "oa", "§ 14 OBG NRW");
        return new Jurisdiction(police,
                agency("Staatsanwaltschaft " + prosecutionSeat, AgencyKind.PROSECUTION, prosecutionSeat, "sta", "§ 160 StPO"),
                agency("Hauptzollamt " + customsSeat, AgencyKind.CUSTOMS, customsSeat, "hza", "§ 2 SchwarzArbG"),
                agency(TAX_OFFICE.get(district), AgencyKind.TAX, TAX_OFFICE_SEAT.getOrDefault(district, district), "fa", "§ 88 AO"),
                agency("Steuerfahndung " + investigationSeat, AgencyKind.TAX, investigationSeat, "stfa", "§ 208 AO"),
                publicOrder,
                countyFree ? agency("Gewerbeamt " + place.name(), AgencyKind.MUNICIPAL, place.name(), "gwa", "§ 14 GewO")
                        : publicOrder,
                agency("Jobcenter " + district, AgencyKind.SOCIAL, district, "jc", "§ 67a SGB X"),
                agency("Ausländerbehörde " + district, AgencyKind.IMMIGRATION, district, "abh", "§ 86 AufenthG"));
    }

    private DemoAgency agency(String name, AgencyKind kind, String seat, String prefix, String legalBasis) {
        return byName.computeIfAbsent(name, n -> {
            String suffix = n.substring(n.indexOf(' ') + 1);
            String id = known(prefix + "-" + Transliteration.slug(suffix));
            var agency = new DemoAgency(id, n, kind, plateCodeOf(seat), id, legalBasis);
            return agency;
        });
    }

    /** An agency id the reference data knows; the demo invents no agency. */
    private String known(String id) {
        if (!reference.contains(id)) {
            throw new IllegalStateException("the demo agency " + id + " is missing from the reference data");
        }
        return id;
    }

    /** The plate code of a seat, which names a municipality or a district (then its first town's code). */
    private String plateCodeOf(String seat) {
        return places.all().stream()
                .filter(p -> p.name().equals(seat) || p.district().equals(seat))
                .map(p -> p.plateCodes().getFirst())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no municipality or district named " + seat));
    }
}
