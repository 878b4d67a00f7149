package org.netzbild.demo;

import java.util.List;
import org.netzbild.model.AgencyKind;

/**
 * One kind of recorded event: its Incident kind and category, which kind of agency files it,
 * what it is about (a person, business, vehicle or property), its summary, and the roles of the
 * persons involved (the first for the person the event is about, the others for further persons).
 */
record IncidentTemplate(String kind, String category, AgencyKind reporter, Focus focus, String summary,
                        List<String> roles) {

    enum Focus { PERSON, BUSINESS, VEHICLE, PROPERTY }

    static IncidentTemplate of(String kind, String category, AgencyKind reporter, Focus focus, String summary,
                               String... roles) {
        return new IncidentTemplate(kind, category, reporter, focus, summary, List.of(roles));
    }

    /** Every template: together they cover each Incident kind and each category of the ontology. */
    static final List<IncidentTemplate> ALL = List.of(
            of("OFFENCE", "VIOLENCE", AgencyKind.POLICE, Focus.PERSON, "Gefährliche Körperverletzung nach Streit vor einer Gaststätte", "SUSPECT", "VICTIM", "WITNESS"),
            of("OFFENCE", "VIOLENCE", AgencyKind.POLICE, Focus.PERSON, "Bedrohung und Nötigung im Wohnumfeld", "SUSPECT", "VICTIM"),
            of("OFFENCE", "PROPERTY", AgencyKind.POLICE, Focus.BUSINESS, "Einbruch in Geschäftsräume", "VICTIM", "WITNESS"),
            of("OFFENCE", "PROPERTY", AgencyKind.POLICE, Focus.VEHICLE, "Diebstahl aus einem Kraftfahrzeug", "VICTIM", "WITNESS"),
            of("OFFENCE", "DRUGS", AgencyKind.POLICE, Focus.PERSON, "Besitz von Betäubungsmitteln bei Personenkontrolle", "SUSPECT"),
            of("OFFENCE", "DRUGS", AgencyKind.POLICE, Focus.PERSON, "Handeltreiben mit Betäubungsmitteln", "SUSPECT", "CONTACT", "SUSPECT"),
            of("OFFENCE", "WEAPONS", AgencyKind.POLICE, Focus.PERSON, "Verstoß gegen das Waffengesetz (Messer)", "SUSPECT", "WITNESS"),
            of("OFFENCE", "FRAUD", AgencyKind.POLICE, Focus.VEHICLE, "Betrug beim Verkauf eines Gebrauchtwagens", "SUSPECT", "VICTIM"),
            of("OFFENCE", "FRAUD", AgencyKind.POLICE, Focus.PERSON, "Warenbetrug im Onlinehandel", "SUSPECT", "VICTIM"),
            of("OFFENCE", "TRAFFIC", AgencyKind.POLICE, Focus.VEHICLE, "Fahren ohne Fahrerlaubnis", "SUSPECT"),
            of("OFFENCE", "TRAFFIC", AgencyKind.POLICE, Focus.VEHICLE, "Verbotenes Kraftfahrzeugrennen", "SUSPECT", "WITNESS", "SUSPECT"),
            of("OFFENCE", "MONEY_LAUNDERING", AgencyKind.PROSECUTION, Focus.BUSINESS, "Verdacht der Geldwäsche über Bargeldeinzahlungen", "SUSPECT", "CONTACT"),
            of("OFFENCE", "TAX", AgencyKind.TAX, Focus.BUSINESS, "Verdacht der Umsatzsteuerhinterziehung", "SUSPECT"),
            of("OFFENCE", "BENEFIT_FRAUD", AgencyKind.POLICE, Focus.PERSON, "Leistungsbetrug zum Nachteil des Jobcenters", "SUSPECT"),
            of("OFFENCE", "OTHER", AgencyKind.POLICE, Focus.PERSON, "Urkundenfälschung", "SUSPECT", "WITNESS"),
            of("OPERATION", "OTHER", AgencyKind.POLICE, Focus.BUSINESS, "Verbundeinsatz in Gaststätten und Wettbüros", "OPERATOR", "CONTACT", "CONTACT"),
            of("OPERATION", "DRUGS", AgencyKind.POLICE, Focus.PERSON, "Durchsuchung einer Wohnung nach Betäubungsmitteln", "SUSPECT", "CONTACT"),
            of("OPERATION", "TRADE_LAW", AgencyKind.POLICE, Focus.BUSINESS, "Schwerpunktkontrolle von Gewerbebetrieben", "OPERATOR", "CONTACT"),
            of("OPERATION", "TAX", AgencyKind.CUSTOMS, Focus.BUSINESS, "Prüfung der Finanzkontrolle Schwarzarbeit", "OPERATOR", "WITNESS"),
            of("OPERATION", "WEAPONS", AgencyKind.POLICE, Focus.PERSON, "Kontrolle in einer Waffenverbotszone", "SUSPECT"),
            of("INSPECTION", "TRADE_LAW", AgencyKind.MUNICIPAL, Focus.BUSINESS, "Gaststättenkontrolle", "OPERATOR"),
            of("INSPECTION", "TRADE_LAW", AgencyKind.MUNICIPAL, Focus.BUSINESS, "Jugendschutzkontrolle in einer Wettannahme", "OPERATOR"),
            of("INSPECTION", "TAX", AgencyKind.TAX, Focus.BUSINESS, "Kassen-Nachschau", "OPERATOR"),
            of("INSPECTION", "TAX", AgencyKind.CUSTOMS, Focus.BUSINESS, "Kontrolle von Wasserpfeifentabak (Tabaksteuer)", "OPERATOR"),
            of("INSPECTION", "OTHER", AgencyKind.MUNICIPAL, Focus.BUSINESS, "Hygienekontrolle", "OPERATOR"),
            of("ADMIN_MEASURE", "TRADE_LAW", AgencyKind.MUNICIPAL, Focus.BUSINESS, "Gewerbeuntersagung wegen Unzuverlässigkeit", "OWNER"),
            of("ADMIN_MEASURE", "TRADE_LAW", AgencyKind.MUNICIPAL, Focus.BUSINESS, "Schließungsverfügung", "OPERATOR"),
            of("ADMIN_MEASURE", "TRAFFIC", AgencyKind.MUNICIPAL, Focus.VEHICLE, "Bußgeldbescheid nach Verkehrsverstoß", "OTHER"),
            of("ADMIN_MEASURE", "OTHER", AgencyKind.MUNICIPAL, Focus.PERSON, "Bußgeldbescheid wegen Ordnungswidrigkeit", "OTHER"),
            of("ASSET_RECOVERY", "MONEY_LAUNDERING", AgencyKind.PROSECUTION, Focus.PERSON, "Sicherstellung von Bargeld", "ACCUSED"),
            of("ASSET_RECOVERY", "DRUGS", AgencyKind.PROSECUTION, Focus.PERSON, "Vermögensarrest nach Betäubungsmittelhandel", "ACCUSED"),
            of("ASSET_RECOVERY", "FRAUD", AgencyKind.POLICE, Focus.VEHICLE, "Beschlagnahme eines Fahrzeugs", "SUSPECT"),
            of("ASSET_RECOVERY", "TAX", AgencyKind.TAX, Focus.PROPERTY, "Arrest in Grundvermögen wegen Steuerhinterziehung", "SUSPECT"),
            of("REPORT", "BENEFIT_FRAUD", AgencyKind.SOCIAL, Focus.PERSON, "Mitteilung über Leistungsmissbrauch", "SUSPECT"),
            of("REPORT", "TAX", AgencyKind.TAX, Focus.BUSINESS, "Kontrollmitteilung", "CONTACT"),
            of("REPORT", "MONEY_LAUNDERING", AgencyKind.CUSTOMS, Focus.PERSON, "Geldwäscheverdachtsmeldung eines Kreditinstituts", "SUSPECT"),
            of("REPORT", "OTHER", AgencyKind.IMMIGRATION, Focus.PERSON, "Prüfung einer Verpflichtungserklärung", "OTHER"),
            of("REPORT", "TRADE_LAW", AgencyKind.MUNICIPAL, Focus.BUSINESS, "Gewerbeanmeldung mit Auffälligkeiten", "OWNER"));
}
