package org.netzbild.demo;

import java.util.List;

/** Plants the records of all planted networks; each network's content lives in its own class. */
final class PlantedNetworkRecords {

    private PlantedNetworkRecords() {
    }

    /** Writes the three networks and returns their writers, which know the members to weave in. */
    static List<PlantedWriter> plant(BatchStream out, AgencyDirectory agencies, RuhrPlaces places) {
        var shisha = new PlantedWriter("pn1", out, agencies, places);
        PlantedShishaChain.plant(shisha);
        var cars = new PlantedWriter("pn2", out, agencies, places);
        PlantedCarDealers.plant(cars);
        var security = new PlantedWriter("pn3", out, agencies, places);
        PlantedSecurityAndBarbers.plant(security);
        return List.of(shisha, cars, security);
    }
}
