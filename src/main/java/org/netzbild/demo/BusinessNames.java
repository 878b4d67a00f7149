package org.netzbild.demo;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * Trade names in the style of Ruhr shop signs: a trade word with a neutral place or fantasy word
 * ({@code Autohaus Ruhrblick GmbH}). They never contain a person's name, so a business's name says
 * nothing about who owns it.
 */
final class BusinessNames {

    private static final String[] WORDS = {"Ruhrblick", "Zeche", "Glückauf", "Emscher", "Rhein", "Lippe", "Stern",
            "Sonne", "Phoenix", "Central", "City", "Linden", "Kastanie", "Nord", "Süd", "West", "Ost", "Förderturm",
            "Kumpel", "Revier", "Halde", "Kanal", "Hafen", "Markt", "Park", "Tor", "Brücke", "Eiche", "Premium", "Royal",
            "Express", "Elite", "Prime", "Star", "Atlas", "Delta", "Orion", "Apollo", "Nova", "Vega", "Panorama", "Diamant"};
    private static final Map<String, String[]> PATTERNS = Map.ofEntries(
            Map.entry("SHISHA_BAR", new String[] {"Shisha Lounge %s", "%s Lounge", "Hookah Bar %s"}),
            Map.entry("CAR_DEALER", new String[] {"Autohaus %s", "Auto %s", "KFZ-Handel %s", "Autocenter %2$s"}),
            Map.entry("BETTING_SHOP", new String[] {"Sportwetten %s", "Wettbüro %s", "Wettannahme %2$s"}),
            Map.entry("BARBER", new String[] {"Barber Shop %s", "Salon %s", "%s Barbers"}),
            Map.entry("SECURITY", new String[] {"%s Sicherheitsdienst", "Objektschutz %s", "%s Security"}),
            Map.entry("JEWELLERY", new String[] {"Juwelier %s", "Goldankauf %2$s", "Schmuck & Uhren %s"}),
            Map.entry("RESTAURANT", new String[] {"Restaurant %s", "Gaststätte %s", "Grillhaus %s", "Pizzeria %s"}),
            Map.entry("KIOSK", new String[] {"Kiosk %s", "Trinkhalle %s", "Büdchen %2$s"}),
            Map.entry("CAFE", new String[] {"Café %s", "Bistro %s"}),
            Map.entry("CONSTRUCTION", new String[] {"%s Bau", "Bauunternehmen %s", "Trockenbau %2$s"}),
            Map.entry("CLEANING", new String[] {"%s Gebäudereinigung", "Reinigungsservice %2$s"}),
            Map.entry("LOGISTICS", new String[] {"%s Logistik", "Kurierdienst %2$s", "Transporte %s"}),
            Map.entry("TRAVEL_AGENCY", new String[] {"Reisebüro %s", "%s Reisen"}),
            Map.entry("MOBILE_SHOP", new String[] {"Handyshop %s", "Phone Center %2$s", "Mobilfunk %s"}),
            Map.entry("NAIL_STUDIO", new String[] {"Nagelstudio %s", "Nails & Beauty %s"}),
            Map.entry("OTHER", new String[] {"%s Handel", "%s Dienstleistungen", "%s Import Export"}));

    private BusinessNames() {
    }

    static String of(String trade, String legalForm, Place place, SplittableRandom random) {
        String[] patterns = PATTERNS.get(trade);
        String base = String.format(patterns[random.nextInt(patterns.length)], WORDS[random.nextInt(WORDS.length)], place.name());
        return base + " " + legalForm;
    }
}
