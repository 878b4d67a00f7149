package org.netzbild.demo;

import java.util.List;
import java.util.Map;

/**
 * Planted network {@code pn1}: shisha bars and betting shops in Essen, Gelsenkirchen and Bottrop,
 * held through a holding whose owners are a married couple, run by relatives and straw men who
 * share a flat, with a tobacco-tax inspection, a trade inspection, a tax-investigation report,
 * a joint operation and a cash seizure. See {@code demo/planted-networks.yaml}.
 */
final class PlantedShishaChain {

    private static final String ESSEN_TRADE = "Gewerbeamt Essen";
    private static final String GE_TRADE = "Gewerbeamt Gelsenkirchen";
    private static final String BOT_TRADE = "Gewerbeamt Bottrop";
    private static final String CUSTOMS = "Hauptzollamt Duisburg";
    private static final String TAX_INVESTIGATION = "Steuerfahndung Essen";
    private static final String PROSECUTOR = "Staatsanwaltschaft Essen";

    private PlantedShishaChain() {
    }

    static void plant(PlantedWriter w) {
        w.person("p01", "Dirk Hoffmann", List.of("Dirk Hoffmann", "Dirk Hofmann"), "1971-03-14", "Essen", "MALE", "PP Essen", "2023-02-10");
        w.person("p02", "Sandra Hoffmann", List.of("Sandra Hoffmann", "Sandra Hofmann"), "1974-09-02", "Gelsenkirchen", "FEMALE", ESSEN_TRADE, "2019-05-02");
        w.person("p03", "Marek Nowak", List.of("Marek Nowak", "Marek Novak"), "1989-06-21", "Bottrop", "MALE", GE_TRADE, "2021-01-20");
        w.person("p04", "Kevin Schulte", List.of(), "1995-11-30", "Essen", "MALE", BOT_TRADE, "2020-08-01");
        w.person("p05", "Jürgen Müller", List.of("Jürgen Müller", "Juergen Mueller", "Jurgen Muller"), "1968-01-08", "Bottrop", "MALE", "PP Recklinghausen", "2022-04-11");
        w.person("p06", "Stavros Papadopoulos", List.of("Stavros Papadopoulos", "Stavros Papadopulos"), "1979-04-17", "Essen", "MALE", TAX_INVESTIGATION, "2025-01-20");
        // the known duplicate: the tax office filed p05 under the ASCII spelling
        w.person("p07", "Juergen Mueller", List.of(), "1968-01-08", null, "MALE", "Finanzamt Bottrop", "2023-09-05");
        // the same people as other agencies know them: one node each, every source kept
        w.statement("s01", "p01", Map.of("names", List.of("Dirk Hofmann"), "aliases", List.of("Dicker"),
                "birthDate", java.time.LocalDate.parse("1971-03-14")), CUSTOMS, "2024-06-12");
        w.statement("s02", "p01", Map.of("birthDate", java.time.LocalDate.parse("1971-04-14"),
                "birthPlace", "Essen-Steele"), TAX_INVESTIGATION, "2025-01-20");
        w.statement("s03", "p03", Map.of("names", List.of("Marek Nowack")), CUSTOMS, "2024-06-12");

        w.business("b01", "HK Gastro Holding", "GmbH", "HRB 3187", "OTHER", ESSEN_TRADE, "2019-05-02");
        w.business("b02", "Lounge Rüttenscheid", "UG (haftungsbeschränkt)", "HRB 3241", "SHISHA_BAR", ESSEN_TRADE, "2020-03-15");
        w.business("b03", "Blue Smoke Lounge", "UG (haftungsbeschränkt)", "HRB 1502", "SHISHA_BAR", GE_TRADE, "2021-01-20");
        w.business("b04", "Sportwetten Glückauf", "e.K.", "HRA 778", "BETTING_SHOP", BOT_TRADE, "2020-08-01");
        w.business("b05", "Wettbüro Emscher", "GmbH", "HRB 1531", "BETTING_SHOP", GE_TRADE, "2021-06-11");

        w.address("a01", "Rüttenscheider Straße", "88", "45130", "mun-essen", ESSEN_TRADE, "2019-05-02");
        w.address("a02", "Altendorfer Straße", "214", "45143", "mun-essen", "PP Essen", "2023-02-10");
        w.address("a03", "Husemannstraße", "61", "45879", "mun-gelsenkirchen", GE_TRADE, "2021-01-20");
        w.address("a04", "Hansastraße", "9", "46236", "mun-bottrop", BOT_TRADE, "2020-08-01");
        w.address("a05", "Grillostraße", "40", "45881", "mun-gelsenkirchen", "PP Gelsenkirchen", "2024-05-03");
        w.address("a06", "Prosperstraße", "112", "46238", "mun-bottrop", "PP Recklinghausen", "2022-04-11");
        w.address("a07", "Rellinghauser Straße", "17", "45128", "mun-essen", TAX_INVESTIGATION, "2025-01-20");

        w.identifier("i01", "PHONE", "+49 172 5093318", "PP Essen", "2023-02-10");
        w.identifier("i02", "IBAN", Iban.grouped(Iban.german("36050105", 7_771_002L)), TAX_INVESTIGATION, "2025-01-20");
        w.identifier("i03", "PHONE", "+49 209 417720", GE_TRADE, "2021-01-20");

        w.owns("p02", "b01", 100.0, ESSEN_TRADE, "2019-05-02");
        w.directs("p02", "b01", "MANAGING_DIRECTOR", ESSEN_TRADE, "2019-05-02");
        w.directs("p01", "b01", "AUTHORISED_OFFICER", ESSEN_TRADE, "2019-05-02");
        w.owns("b01", "b02", 100.0, ESSEN_TRADE, "2020-03-15");
        w.directs("p04", "b02", "MANAGING_DIRECTOR", ESSEN_TRADE, "2020-03-15");
        w.owns("b01", "b03", 51.0, GE_TRADE, "2021-01-20");
        w.owns("p03", "b03", 49.0, GE_TRADE, "2021-01-20");
        w.directs("p03", "b03", "MANAGING_DIRECTOR", GE_TRADE, "2021-01-20");
        w.owns("p04", "b04", 100.0, BOT_TRADE, "2020-08-01");
        w.directs("p04", "b04", "OPERATOR", BOT_TRADE, "2020-08-01");
        w.owns("b01", "b05", 100.0, GE_TRADE, "2021-06-11");
        w.directs("p05", "b05", "MANAGING_DIRECTOR", GE_TRADE, "2021-06-11");
        w.link("EMPLOYED_BY", "p05", "b04", Map.of(), "Jobcenter Bottrop", "2022-04-11", "2022-04-01", null);
        w.link("EMPLOYED_BY", "p06", "b01", Map.of(), TAX_INVESTIGATION, "2025-01-20", "2019-06-01", null);

        for (String[] r : new String[][] {{"b01", "a01"}, {"b02", "a01"}, {"b03", "a03"}, {"b05", "a03"}, {"b04", "a04"}}) {
            w.link("REGISTERED_AT", r[0], r[1], Map.of(), r[1].equals("a01") ? ESSEN_TRADE : r[1].equals("a03") ? GE_TRADE : BOT_TRADE,
                    "2021-06-11", "2019-05-02", null);
        }
        w.link("RESIDES_AT", "p01", "a02", Map.of(), "PP Essen", "2023-02-10", "2016-08-01", null);
        w.link("RESIDES_AT", "p02", "a02", Map.of(), ESSEN_TRADE, "2019-05-02", "2016-08-01", null);
        w.link("RESIDES_AT", "p03", "a05", Map.of(), "PP Gelsenkirchen", "2024-05-03", "2020-11-01", null);
        w.link("RESIDES_AT", "p04", "a05", Map.of(), "PP Gelsenkirchen", "2024-05-03", "2021-02-01", null);
        w.link("RESIDES_AT", "p05", "a06", Map.of(), "PP Recklinghausen", "2022-04-11", "2010-03-01", null);
        w.link("RESIDES_AT", "p06", "a07", Map.of(), TAX_INVESTIGATION, "2025-01-20", "2018-01-01", null);
        w.link("RESIDES_AT", "p07", "a06", Map.of(), "Finanzamt Bottrop", "2023-09-05", "2010-03-01", null);

        w.link("USES", "p01", "i01", Map.of(), "PP Essen", "2023-02-10", "2023-02-10", null);
        w.link("USES", "b04", "i01", Map.of(), BOT_TRADE, "2020-08-01", "2020-08-01", null);
        w.link("USES", "b02", "i02", Map.of(), TAX_INVESTIGATION, "2025-01-20", "2020-03-15", null);
        w.link("USES", "b05", "i02", Map.of(), TAX_INVESTIGATION, "2025-01-20", "2021-06-11", null);
        w.link("USES", "b03", "i03", Map.of(), GE_TRADE, "2021-01-20", "2021-01-20", null);

        w.link("FAMILY", "p01", "p02", Map.of("relation", "SPOUSE"), "PP Essen", "2023-02-10", null, null);
        w.link("FAMILY", "p04", "p01", Map.of("relation", "COUSIN"), "PP Essen", "2023-02-10", null, null);
        w.link("FAMILY", "p05", "p02", Map.of("relation", "SIBLING"), "PP Recklinghausen", "2022-04-11", null, null);
        w.assessed("ASSOCIATE", "p06", "p01", Map.of("context", "führt die Bücher aller fünf Betriebe"), TAX_INVESTIGATION, "2025-01-20");

        incidents(w);
    }

    private static void incidents(PlantedWriter w) {
        w.caseFile("c01", "114 Js 2207/25", PROSECUTOR, "2025-01-22", "OPEN");
        w.caseFile("c02", "ST/0418822/2025", "PP Gelsenkirchen", "2025-03-14", "OPEN");
        w.incident("inc01", "INSPECTION", "TAX", "2024-02-16", "Kontrolle von Wasserpfeifentabak: unversteuerter Tabak sichergestellt",
                "HZA-DU FKS 0417/2024", CUSTOMS, "a01", null);
        w.involved("b02", "inc01", "OTHER", CUSTOMS, "2024-02-16");
        w.involved("p04", "inc01", "OPERATOR", CUSTOMS, "2024-02-16");
        w.incident("inc02", "INSPECTION", "TRADE_LAW", "2024-05-03", "Gaststättenkontrolle: Aushilfen ohne Anmeldung, Betreiber nicht anwesend",
                "32.1-GE-04411/2024", "Ordnungsamt Gelsenkirchen", "a03", "c02");
        w.involved("b03", "inc02", "OTHER", "Ordnungsamt Gelsenkirchen", "2024-05-03");
        w.involved("p03", "inc02", "OPERATOR", "Ordnungsamt Gelsenkirchen", "2024-05-03");
        w.incident("inc03", "REPORT", "TAX", "2025-01-20", "Nicht erklärte Umsätze der Wettannahmen in Bottrop und Gelsenkirchen",
                "114 Js 2207/25", TAX_INVESTIGATION, "a04", "c01");
        for (String p : List.of("p01", "p04", "p05")) {
            w.involved(p, "inc03", "SUSPECT", TAX_INVESTIGATION, "2025-01-20");
        }
        w.involved("b04", "inc03", "OTHER", TAX_INVESTIGATION, "2025-01-20");
        w.involved("b05", "inc03", "OTHER", TAX_INVESTIGATION, "2025-01-20");
        w.incident("inc04", "OPERATION", "OTHER", "2025-03-14", "Verbundeinsatz in Shisha-Bars und Wettbüros",
                "ST/0418822/2025", "PP Gelsenkirchen", "a03", "c02");
        w.alsoHandledBy("inc04", CUSTOMS, "2025-03-14");
        w.alsoHandledBy("inc04", "Ordnungsamt Gelsenkirchen", "2025-03-14");
        w.involved("p03", "inc04", "CONTACT", "PP Gelsenkirchen", "2025-03-14");
        w.involved("p05", "inc04", "OPERATOR", "PP Gelsenkirchen", "2025-03-14");
        w.involved("b03", "inc04", "OTHER", "PP Gelsenkirchen", "2025-03-14");
        w.involved("b05", "inc04", "OTHER", "PP Gelsenkirchen", "2025-03-14");
        w.incident("inc05", "ASSET_RECOVERY", "MONEY_LAUNDERING", "2025-06-05", "Sicherstellung von 48.000 Euro Bargeld in der Wettannahme",
                "114 Js 2207/25", PROSECUTOR, "a04", "c01");
        w.alsoHandledBy("inc05", "PP Recklinghausen", "2025-06-05");
        w.involved("p04", "inc05", "ACCUSED", PROSECUTOR, "2025-06-05");
        w.involved("p01", "inc05", "SUSPECT", PROSECUTOR, "2025-06-05");
        w.involved("b04", "inc05", "OTHER", PROSECUTOR, "2025-06-05");
        w.incident("inc06", "ADMIN_MEASURE", "TRADE_LAW", "2025-09-10", "Schließungsverfügung nach wiederholten Verstößen",
                "32.2-BOT-00917/2025", BOT_TRADE, "a04", null);
        w.involved("b04", "inc06", "OTHER", BOT_TRADE, "2025-09-10");
        w.involved("p04", "inc06", "OWNER", BOT_TRADE, "2025-09-10");
    }
}
