package org.netzbild.demo;

import java.util.List;
import java.util.Map;

/**
 * Planted network {@code pn2}: car dealers in Duisburg, Oberhausen and Moers that share a phone,
 * an account, addresses and vehicles passed from one to the next, with a fraud against a buyer,
 * a money-laundering report, a trade inspection of a letterbox address, a tax report and a
 * search of all three dealers. See {@code demo/planted-networks.yaml}.
 */
final class PlantedCarDealers {

    private static final String DU_TRADE = "Gewerbeamt Duisburg";
    private static final String OB_TRADE = "Gewerbeamt Oberhausen";
    private static final String MO_OFFICE = "Ordnungsamt Moers";
    private static final String CUSTOMS = "Hauptzollamt Duisburg";
    private static final String PROSECUTOR = "Staatsanwaltschaft Duisburg";

    private PlantedCarDealers() {
    }

    static void plant(PlantedWriter w) {
        w.person("p01", "Andrzej Kowalski", List.of("Andrzej Kowalski", "Andrzej Kowalsky", "Andrej Kowalski"), "1976-07-04", "Duisburg", "MALE", "PP Duisburg", "2024-05-20");
        w.person("p02", "Goran Đorđević", List.of("Goran Đorđević", "Goran Djordjevic", "Goran Dordevic"), "1982-12-19", "Oberhausen", "MALE", OB_TRADE, "2021-02-01");
        w.person("p03", "Sabine Kowalski", List.of("Sabine Kowalski", "Sabine Kowalsky"), "1978-02-25", "Duisburg", "FEMALE", DU_TRADE, "2022-09-01");
        w.person("p04", "Nikolai Iwanow", List.of("Nikolai Iwanow", "Nikolaj Ivanov", "Nikolai Ivanov"), "1985-05-12", "Moers", "MALE", MO_OFFICE, "2022-07-18");
        w.person("p05", "Tobias Brandt", List.of(), "1990-10-03", "Oberhausen", "MALE", "PP Oberhausen", "2024-05-20");
        w.person("p06", "Thomas Wagner", List.of(), "1992-03-09", "Moers", "MALE", "KPB Wesel", "2025-04-23");

        w.business("b01", "Autohaus Rheinblick", "GmbH", "HRB 4471", "CAR_DEALER", DU_TRADE, "2018-04-09");
        w.business("b02", "KFZ-Handel Sterkrade", "UG (haftungsbeschränkt)", "HRB 5530", "CAR_DEALER", OB_TRADE, "2021-02-01");
        w.business("b03", "Auto Center Niederrhein", "e.K.", "HRA 2291", "CAR_DEALER", MO_OFFICE, "2022-07-18");
        w.business("b04", "AR Export", "GbR", null, "LOGISTICS", DU_TRADE, "2022-09-01");

        w.address("a01", "Ruhrorter Straße", "160", "47119", "mun-duisburg", DU_TRADE, "2018-04-09");
        w.address("a02", "Duisburger Straße", "305", "46049", "mun-oberhausen", OB_TRADE, "2021-02-01");
        w.address("a03", "Homberger Straße", "77", "47441", "mun-moers", MO_OFFICE, "2022-07-18");
        w.address("a04", "Steinbrinkstraße", "48", "46145", "mun-oberhausen", OB_TRADE, "2024-10-02");
        w.address("a05", "Kaiser-Wilhelm-Straße", "12", "47169", "mun-duisburg", "PP Duisburg", "2024-05-20");
        w.address("a06", "Repelener Straße", "30", "47441", "mun-moers", "KPB Wesel", "2025-04-23");
        w.address("a07", "Mülheimer Straße", "5", "46045", "mun-oberhausen", "PP Oberhausen", "2024-05-20");

        w.vehicle("v01", "DU-K 4410", "WDD2050421A781121", "Mercedes-Benz", "E-Klasse", "PP Duisburg", "2023-01-10");
        w.vehicle("v02", "OB-G 771", "WBA8E11000K334012", "BMW", "5er", "PP Oberhausen", "2021-03-01");
        w.vehicle("v03", "MO-N 2020", "WAUZZZ4G7DN051212", "Audi", "A6", "KPB Wesel", "2022-08-01");
        w.vehicle("v04", "DU-S 88", "VF1RFB00X55012345", "Renault", "Megane", "PP Oberhausen", "2024-04-12");

        w.identifier("i01", "PHONE", "+49 160 7723104", "PP Duisburg", "2024-05-20");
        w.identifier("i02", "IBAN", Iban.grouped(Iban.german("35050000", 44_190_077L)), CUSTOMS, "2024-08-14");

        w.owns("p01", "b01", 100.0, DU_TRADE, "2018-04-09");
        w.directs("p01", "b01", "MANAGING_DIRECTOR", DU_TRADE, "2018-04-09");
        w.owns("p01", "b04", 50.0, DU_TRADE, "2022-09-01");
        w.owns("p03", "b04", 50.0, DU_TRADE, "2022-09-01");
        w.directs("p03", "b04", "OPERATOR", DU_TRADE, "2022-09-01");
        w.owns("p02", "b02", 100.0, OB_TRADE, "2021-02-01");
        w.directs("p02", "b02", "MANAGING_DIRECTOR", OB_TRADE, "2021-02-01");
        w.owns("p04", "b03", 100.0, MO_OFFICE, "2022-07-18");
        w.directs("p04", "b03", "OPERATOR", MO_OFFICE, "2022-07-18");
        w.link("EMPLOYED_BY", "p06", "b03", Map.of(), "Jobcenter Kreis Wesel", "2023-02-01", "2023-02-01", null);

        // v01 passes from the Duisburg dealer to the Moers dealer; v04 is the car sold to the victim
        w.link("OWNS", "b01", "v01", Map.of("share", 100.0), "PP Duisburg", "2023-10-02", "2023-01-10", "2023-09-30");
        w.link("OWNS", "b03", "v01", Map.of("share", 100.0), "KPB Wesel", "2025-04-23", "2023-10-01", null);
        w.link("OWNS", "b02", "v02", Map.of("share", 100.0), "PP Oberhausen", "2021-03-01", "2021-03-01", null);
        w.link("USES", "p02", "v02", Map.of(), "PP Oberhausen", "2024-05-20", "2021-03-01", null);
        w.link("OWNS", "b03", "v03", Map.of("share", 100.0), "KPB Wesel", "2022-08-01", "2022-08-01", null);
        w.link("USES", "p04", "v03", Map.of(), "KPB Wesel", "2025-04-23", "2022-08-01", null);
        w.link("USES", "p01", "v03", Map.of(), "PP Duisburg", "2024-11-05", "2024-11-05", null);
        w.link("OWNS", "b02", "v04", Map.of("share", 100.0), "PP Oberhausen", "2024-05-20", "2023-11-20", "2024-04-11");
        w.link("OWNS", "p05", "v04", Map.of("share", 100.0), "PP Oberhausen", "2024-05-20", "2024-04-12", null);

        for (String[] r : new String[][] {{"b01", "a01", DU_TRADE}, {"b04", "a01", DU_TRADE}, {"b02", "a02", OB_TRADE},
                {"b03", "a03", MO_OFFICE}, {"b03", "a04", OB_TRADE}}) {
            w.link("REGISTERED_AT", r[0], r[1], Map.of(), r[2], "2022-09-01", "2018-04-09", null);
        }
        w.link("RESIDES_AT", "p01", "a05", Map.of(), "PP Duisburg", "2024-05-20", "2012-05-01", null);
        w.link("RESIDES_AT", "p03", "a05", Map.of(), DU_TRADE, "2022-09-01", "2012-05-01", null);
        w.link("RESIDES_AT", "p02", "a04", Map.of(), OB_TRADE, "2021-02-01", "2019-07-01", null);
        w.link("RESIDES_AT", "p04", "a06", Map.of(), MO_OFFICE, "2022-07-18", "2021-10-01", null);
        w.link("RESIDES_AT", "p06", "a06", Map.of(), "KPB Wesel", "2025-04-23", "2023-01-01", null);
        w.link("RESIDES_AT", "p05", "a07", Map.of(), "PP Oberhausen", "2024-05-20", "2017-01-01", null);

        for (String user : List.of("b01", "b02", "b03")) {
            w.link("USES", user, "i01", Map.of(), "PP Duisburg", "2024-05-20", "2022-08-01", null);
        }
        w.link("USES", "b02", "i02", Map.of(), CUSTOMS, "2024-08-14", "2021-02-01", null);
        w.link("USES", "p04", "i02", Map.of(), CUSTOMS, "2024-08-14", "2023-05-01", null);
        w.link("FAMILY", "p01", "p03", Map.of("relation", "SPOUSE"), "PP Duisburg", "2024-05-20", null, null);
        w.link("ASSOCIATE", "p02", "p01", Map.of("context", "gemeinsam bei Fahrzeugüberführungen angetroffen"), "PP Duisburg", "2024-11-05", null, null);

        incidents(w);
    }

    private static void incidents(PlantedWriter w) {
        String caseRef = "327 Js 1184/24";
        w.caseFile("c01", caseRef, PROSECUTOR, "2024-06-03", "OPEN");
        w.incident("inc01", "OFFENCE", "FRAUD", "2024-05-20", "Betrug beim Verkauf eines Gebrauchtwagens (Kilometerstand manipuliert)",
                caseRef, "PP Oberhausen", "a02", "c01");
        w.involved("p05", "inc01", "VICTIM", "PP Oberhausen", "2024-05-20");
        w.involved("p02", "inc01", "SUSPECT", "PP Oberhausen", "2024-05-20");
        w.involved("v04", "inc01", "OTHER", "PP Oberhausen", "2024-05-20");
        w.involved("b02", "inc01", "OTHER", "PP Oberhausen", "2024-05-20");
        w.incident("inc02", "REPORT", "MONEY_LAUNDERING", "2024-08-14", "Geldwäscheverdachtsmeldung: Bareinzahlungen aus Fahrzeugverkäufen",
                caseRef, CUSTOMS, "a01", "c01");
        w.involved("p01", "inc02", "SUSPECT", CUSTOMS, "2024-08-14");
        w.involved("p04", "inc02", "SUSPECT", CUSTOMS, "2024-08-14");
        w.involved("b01", "inc02", "OTHER", CUSTOMS, "2024-08-14");
        w.involved("b02", "inc02", "OTHER", CUSTOMS, "2024-08-14");
        w.incident("inc03", "INSPECTION", "TRADE_LAW", "2024-10-02", "Kontrolle Gebrauchtwagenhandel: Geschäftsräume ohne Betrieb (Briefkastenanschrift)",
                "32.3-OB-02290/2024", OB_TRADE, "a04", null);
        w.involved("b03", "inc03", "OTHER", OB_TRADE, "2024-10-02");
        w.involved("p02", "inc03", "CONTACT", OB_TRADE, "2024-10-02");
        w.incident("inc04", "REPORT", "TAX", "2025-02-11", "Fahrzeugverkäufe ohne Rechnung an Scheinabnehmer",
                "StBSt 0311/2025", "Finanzamt Moers", "a03", null);
        w.involved("b03", "inc04", "OTHER", "Finanzamt Moers", "2025-02-11");
        w.involved("p04", "inc04", "SUSPECT", "Finanzamt Moers", "2025-02-11");
        w.involved("p06", "inc04", "CONTACT", "Finanzamt Moers", "2025-02-11");
        w.incident("inc05", "OFFENCE", "FRAUD", "2025-04-23", "Fahrzeug über Strohmann verkauft und als gestohlen gemeldet",
                caseRef, "KPB Wesel", "a03", "c01");
        w.involved("v01", "inc05", "OTHER", "KPB Wesel", "2025-04-23");
        w.involved("p04", "inc05", "SUSPECT", "KPB Wesel", "2025-04-23");
        w.involved("p06", "inc05", "SUSPECT", "KPB Wesel", "2025-04-23");
        w.incident("inc06", "OPERATION", "MONEY_LAUNDERING", "2025-11-18", "Durchsuchung der Autohäuser in Duisburg, Oberhausen und Moers",
                caseRef, "PP Duisburg", "a01", "c01");
        for (String agency : List.of(PROSECUTOR, "PP Oberhausen", "KPB Wesel")) {
            w.alsoHandledBy("inc06", agency, "2025-11-18");
        }
        for (String p : List.of("p01", "p02", "p04")) {
            w.involved(p, "inc06", "SUSPECT", "PP Duisburg", "2025-11-18");
        }
        for (String b : List.of("b01", "b02", "b03")) {
            w.involved(b, "inc06", "OTHER", "PP Duisburg", "2025-11-18");
        }
    }
}
