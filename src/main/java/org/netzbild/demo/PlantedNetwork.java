package org.netzbild.demo;

import java.util.List;

/**
 * A planted network as {@code demo/planted-networks.yaml} describes it: the answers analysis must
 * find in the demo data. {@code start} and {@code far} are members joined by a path of at most
 * {@code hopsWithoutFamily} links when FAMILY links are left out.
 *
 * @param members          every entity id of the network (persons, businesses, addresses, ...)
 * @param municipalities   the {@code mun-...} ids of the municipalities its addresses lie in
 * @param policeAuthorities the police authorities responsible for those municipalities
 * @param agencies         the names of all agencies that recorded its records
 */
public record PlantedNetwork(String id, String titleDe, String titleEn, String descriptionDe, String descriptionEn,
                             List<String> members, String start, String far, int hopsWithoutFamily,
                             List<String> municipalities, List<String> policeAuthorities, List<String> agencies,
                             List<String> keyFacts, List<KnownDuplicate> knownDuplicates) {

    public PlantedNetwork {
        members = List.copyOf(members);
        municipalities = List.copyOf(municipalities);
        policeAuthorities = List.copyOf(policeAuthorities);
        agencies = List.copyOf(agencies);
        keyFacts = List.copyOf(keyFacts);
        knownDuplicates = List.copyOf(knownDuplicates);
    }
}
