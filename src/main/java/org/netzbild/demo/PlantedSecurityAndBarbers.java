package org.netzbild.demo;

import java.util.List;
import java.util.Map;

/**
 * Planted network {@code pn3}: a security firm in Dortmund and barber shops in Lünen and Unna
 * with a cleaning partnership, whose workers draw benefits while employed, with reports from two
 * job centres, a customs check for undeclared work, a trade inspection, a joint operation by
 * PP Dortmund and a fraud case of KPB Unna. See {@code demo/planted-networks.yaml}.
 */
final class PlantedSecurityAndBarbers {

    private static final String DO_TRADE = "Gewerbeamt Dortmund";
    private static final String LUEN_OFFICE = "Ordnungsamt Lünen";
    private static final String UNNA_OFFICE = "Ordnungsamt Unna";
    private static final String CUSTOMS = "Hauptzollamt Dortmund";
    private static final String JOBS_DO = "Jobcenter Dortmund";
    private static final String JOBS_UN = "Jobcenter Kreis Unna";

    private PlantedSecurityAndBarbers() {
    }

    static void plant(PlantedWriter w) {
        w.person("p01", "Maximilian Becker", List.of("Maximilian Becker", "Max Becker"), "1980-09-23", "Dortmund", "MALE", DO_TRADE, "2017-03-01");
        w.person("p02", "Ioana Popescu", List.of(), "1990-01-17", "Lünen", "FEMALE", LUEN_OFFICE, "2021-05-10");
        w.person("p03", "Emre Yılmaz", List.of("Emre Yılmaz", "Emre Yilmaz"), "1996-04-05", "Dortmund", "MALE", JOBS_DO, "2024-03-12");
        w.person("p04", "Kofi Mensah", List.of(), "1988-12-01", "Unna", "MALE", JOBS_UN, "2024-04-30");
        w.person("p05", "Luca Rossi", List.of(), "1984-06-30", "Unna", "MALE", UNNA_OFFICE, "2019-11-04");
        w.person("p06", "Thi Lan Nguyễn", List.of("Thi Lan Nguyễn", "Thi Lan Nguyen", "Lan Nguyen"), "1975-02-14", "Lünen", "FEMALE", "Finanzamt Unna", "2022-02-01");

        w.business("b01", "Westfalen Objektschutz", "GmbH", "HRB 6620", "SECURITY", DO_TRADE, "2017-03-01");
        w.business("b02", "Barber Lounge Lünen", "UG (haftungsbeschränkt)", "HRB 7015", "BARBER", LUEN_OFFICE, "2021-05-10");
        w.business("b03", "Salon Centrale", "e.K.", "HRA 3308", "BARBER", UNNA_OFFICE, "2019-11-04");
        w.business("b04", "WO Personalservice", "GbR", null, "CLEANING", UNNA_OFFICE, "2022-02-01");

        w.address("a01", "Brackeler Hellweg", "140", "44309", "mun-dortmund", DO_TRADE, "2017-03-01");
        w.address("a02", "Lange Straße", "61", "44532", "mun-luenen", LUEN_OFFICE, "2021-05-10");
        w.address("a03", "Massener Straße", "22", "59423", "mun-unna", UNNA_OFFICE, "2019-11-04");
        w.address("a04", "Kurler Straße", "9", "44319", "mun-dortmund", DO_TRADE, "2017-03-01");
        w.address("a05", "Cappenberger Straße", "3", "44534", "mun-luenen", LUEN_OFFICE, "2021-05-10");
        w.address("a06", "Münsterstraße", "210", "44145", "mun-dortmund", JOBS_DO, "2024-03-12");
        w.address("a07", "Hertinger Straße", "45", "59423", "mun-unna", JOBS_UN, "2024-04-30");
        w.address("a08", "Preußenstraße", "77", "44532", "mun-luenen", "Finanzamt Unna", "2022-02-01");

        w.identifier("i01", "PHONE", "+49 231 905512", DO_TRADE, "2017-03-01");
        w.identifier("i02", "IBAN", Iban.grouped(Iban.german("44050199", 20_331_870L)), CUSTOMS, "2024-09-19");

        w.owns("p01", "b01", 100.0, DO_TRADE, "2017-03-01");
        w.directs("p01", "b01", "MANAGING_DIRECTOR", DO_TRADE, "2017-03-01");
        w.owns("p01", "b02", 50.0, LUEN_OFFICE, "2021-05-10");
        w.owns("p02", "b02", 50.0, LUEN_OFFICE, "2021-05-10");
        w.directs("p02", "b02", "MANAGING_DIRECTOR", LUEN_OFFICE, "2021-05-10");
        w.owns("p05", "b03", 100.0, UNNA_OFFICE, "2019-11-04");
        w.directs("p05", "b03", "OPERATOR", UNNA_OFFICE, "2019-11-04");
        w.owns("p05", "b04", 100.0, UNNA_OFFICE, "2022-02-01");
        w.directs("p06", "b04", "OPERATOR", UNNA_OFFICE, "2022-02-01");
        w.link("EMPLOYED_BY", "p03", "b02", Map.of(), CUSTOMS, "2024-09-19", "2022-03-01", null);
        w.link("EMPLOYED_BY", "p03", "b01", Map.of(), JOBS_DO, "2024-03-12", "2023-01-15", null);
        w.link("EMPLOYED_BY", "p04", "b01", Map.of(), JOBS_UN, "2024-04-30", "2022-06-01", null);
        w.link("EMPLOYED_BY", "p04", "b03", Map.of(), UNNA_OFFICE, "2025-06-23", "2023-04-01", null);

        for (String[] r : new String[][] {{"b01", "a01", DO_TRADE}, {"b02", "a02", LUEN_OFFICE}, {"b03", "a03", UNNA_OFFICE},
                {"b04", "a03", UNNA_OFFICE}}) {
            w.link("REGISTERED_AT", r[0], r[1], Map.of(), r[2], "2022-02-01", "2017-03-01", null);
        }
        w.link("RESIDES_AT", "p01", "a04", Map.of(), DO_TRADE, "2017-03-01", "2015-04-01", null);
        w.link("RESIDES_AT", "p02", "a05", Map.of(), LUEN_OFFICE, "2021-05-10", "2019-09-01", null);
        w.link("RESIDES_AT", "p05", "a05", Map.of(), UNNA_OFFICE, "2019-11-04", "2019-09-01", null);
        w.link("RESIDES_AT", "p03", "a06", Map.of(), JOBS_DO, "2024-03-12", "2021-01-01", null);
        w.link("RESIDES_AT", "p04", "a07", Map.of(), JOBS_UN, "2024-04-30", "2020-06-01", null);
        w.link("RESIDES_AT", "p06", "a08", Map.of(), "Finanzamt Unna", "2022-02-01", "2009-01-01", null);

        w.link("USES", "b01", "i01", Map.of(), DO_TRADE, "2017-03-01", "2017-03-01", null);
        w.link("USES", "b03", "i01", Map.of(), UNNA_OFFICE, "2025-06-23", "2024-01-01", null);
        w.link("USES", "b04", "i02", Map.of(), CUSTOMS, "2024-09-19", "2022-02-01", null);
        w.link("USES", "p01", "i02", Map.of(), CUSTOMS, "2024-09-19", "2022-02-01", null);
        w.link("FAMILY", "p02", "p05", Map.of("relation", "SPOUSE"), LUEN_OFFICE, "2021-05-10", null, null);
        w.assessed("ASSOCIATE", "p06", "p01", Map.of("context", "führt die Lohnbuchhaltung aller vier Betriebe"), CUSTOMS, "2024-09-19");

        incidents(w);
    }

    private static void incidents(PlantedWriter w) {
        String caseRef = "400 Js 771/25";
        w.caseFile("c01", caseRef, "Staatsanwaltschaft Dortmund", "2025-05-08", "OPEN");
        w.incident("inc01", "REPORT", "BENEFIT_FRAUD", "2024-03-12", "Mitteilung über Leistungsmissbrauch: Bürgergeld trotz Beschäftigung",
                caseRef, JOBS_DO, "a06", "c01");
        w.involved("p03", "inc01", "SUSPECT", JOBS_DO, "2024-03-12");
        w.incident("inc02", "REPORT", "BENEFIT_FRAUD", "2024-04-30", "Mitteilung über Leistungsmissbrauch: Bürgergeld trotz Beschäftigung",
                caseRef, JOBS_UN, "a07", "c01");
        w.involved("p04", "inc02", "SUSPECT", JOBS_UN, "2024-04-30");
        w.incident("inc03", "INSPECTION", "TAX", "2024-09-19", "Prüfung der Finanzkontrolle Schwarzarbeit: Beschäftigte ohne Anmeldung",
                "HZA-DO FKS 1290/2024", CUSTOMS, "a02", null);
        w.involved("b02", "inc03", "OTHER", CUSTOMS, "2024-09-19");
        w.involved("p02", "inc03", "OPERATOR", CUSTOMS, "2024-09-19");
        w.involved("p03", "inc03", "WITNESS", CUSTOMS, "2024-09-19");
        w.incident("inc04", "OPERATION", "BENEFIT_FRAUD", "2025-05-07", "Verbundeinsatz gegen Leistungsbetrug und Schwarzarbeit im Sicherheitsgewerbe",
                caseRef, "PP Dortmund", "a01", "c01");
        w.alsoHandledBy("inc04", CUSTOMS, "2025-05-07");
        w.alsoHandledBy("inc04", JOBS_DO, "2025-05-07");
        for (String p : List.of("p01", "p03", "p04")) {
            w.involved(p, "inc04", "SUSPECT", "PP Dortmund", "2025-05-07");
        }
        w.involved("b01", "inc04", "OTHER", "PP Dortmund", "2025-05-07");
        w.incident("inc05", "INSPECTION", "TRADE_LAW", "2025-06-23", "Gewerbekontrolle: Friseursalon ohne Eintragung in die Handwerksrolle",
                "32.4-UN-03318/2025", UNNA_OFFICE, "a03", null);
        w.involved("b03", "inc05", "OTHER", UNNA_OFFICE, "2025-06-23");
        w.involved("p05", "inc05", "OPERATOR", UNNA_OFFICE, "2025-06-23");
        w.involved("p04", "inc05", "CONTACT", UNNA_OFFICE, "2025-06-23");
        w.incident("inc06", "OFFENCE", "FRAUD", "2025-08-04", "Vorenthalten von Sozialversicherungsbeiträgen",
                caseRef, "KPB Unna", "a03", "c01");
        w.involved("b04", "inc06", "OTHER", "KPB Unna", "2025-08-04");
        w.involved("p05", "inc06", "SUSPECT", "KPB Unna", "2025-08-04");
        w.involved("p06", "inc06", "SUSPECT", "KPB Unna", "2025-08-04");
    }
}
