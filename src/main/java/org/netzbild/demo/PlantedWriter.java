package org.netzbild.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.netzbild.model.CollectionMethod;
import org.netzbild.model.Entity;
import org.netzbild.model.Grading;
import org.netzbild.model.Nature;
import org.netzbild.model.Provenance;
import org.netzbild.model.Statement;

/**
 * Writes the fixed records of one planted network with fixed ids and fixed provenance (always
 * open, so every session of the demo sees the whole network), independent of seed and size.
 * Remembers the network's persons, businesses and addresses so the background can link to them.
 */
final class PlantedWriter {

    private final String network;
    private final BatchStream out;
    private final AgencyDirectory agencies;
    private final RuhrPlaces places;
    private final List<String> persons = new ArrayList<>();
    private final List<String> businesses = new ArrayList<>();
    private final List<String> addresses = new ArrayList<>();
    private int links;

    PlantedWriter(String network, BatchStream out, AgencyDirectory agencies, RuhrPlaces places) {
        this.network = network;
        this.out = out;
        this.agencies = agencies;
        this.places = places;
    }

    void person(String local, String name, List<String> names, String birthDate, String birthPlace, String gender,
                String agency, String date) {
        var props = new LinkedHashMap<String, Object>();
        props.put("name", name);
        props.put("names", names.isEmpty() ? null : names);
        props.put("birthDate", LocalDate.parse(birthDate));
        props.put("birthPlace", birthPlace);
        props.put("gender", gender);
        out.add(new Entity(id(local), "Person", props, stamp(agency, date, null)));
        persons.add(id(local));
    }

    /**
     * Another agency's statement about a person or business of this network, with that agency's
     * provenance: the same node, a second source, values that may disagree.
     */
    void statement(String local, String aboutLocal, Map<String, Object> properties, String agency, String date) {
        out.state(new Statement(id(local), id(aboutLocal), properties, stamp(agency, date, null)));
    }

    void business(String local, String name, String legalForm, String registerNumber, String trade, String agency,
                  String date) {
        var props = new LinkedHashMap<String, Object>();
        props.put("name", name + " " + legalForm);
        props.put("legalForm", legalForm);
        props.put("registerNumber", registerNumber);
        props.put("trade", trade);
        props.put("status", "ACTIVE");
        out.add(new Entity(id(local), "Business", props, stamp(agency, date, null)));
        businesses.add(id(local));
    }

    void address(String local, String street, String houseNumber, String postalCode, String municipalityId,
                 String agency, String date) {
        Place place = places.byId(municipalityId);
        Provenance provenance = stamp(agency, date, null);
        out.add(AddressBook.entity(id(local), street, houseNumber, postalCode, place, provenance));
        link("IN_MUNICIPALITY", local, municipalityId, Map.of(), agency, date, null, null);
        addresses.add(id(local));
    }

    void identifier(String local, String kind, String value, String agency, String date) {
        out.add(new Entity(id(local), "Identifier", Map.of("kind", kind, "value", value), stamp(agency, date, null)));
    }

    void vehicle(String local, String plate, String vin, String make, String model, String agency, String date) {
        var props = new LinkedHashMap<String, Object>();
        props.put("plate", plate);
        props.put("vin", vin);
        props.put("make", make);
        props.put("model", model);
        out.add(new Entity(id(local), "Vehicle", props, stamp(agency, date, null)));
    }

    void property(String local, String kind, String landRegistryRef, String agency, String date) {
        out.add(new Entity(id(local), "Property", Map.of("kind", kind, "landRegistryRef", landRegistryRef),
                stamp(agency, date, null)));
    }

    void caseFile(String local, String caseRef, String agency, String opened, String status) {
        var props = new LinkedHashMap<String, Object>();
        props.put("caseRef", caseRef);
        props.put("agency", agencies.named(agency).id());
        props.put("opened", LocalDate.parse(opened));
        props.put("status", status);
        out.add(new Entity(id(local), "Case", props, stamp(agency, opened, caseRef)));
        link("HANDLED_BY", local, agencies.named(agency).nodeId(), Map.of(), agency, opened, null, null);
    }

    /** An incident at an address, handled by the reporting agency and filed in {@code caseLocal} (may be null). */
    void incident(String local, String kind, String category, String date, String summary, String caseRef,
                  String agency, String addressLocal, String caseLocal) {
        var props = new LinkedHashMap<String, Object>();
        props.put("kind", kind);
        props.put("category", category);
        props.put("dateFrom", LocalDate.parse(date));
        props.put("summary", summary);
        props.put("caseRef", caseRef);
        out.add(new Entity(id(local), "Incident", props, stamp(agency, date, caseRef)));
        link("HANDLED_BY", local, agencies.named(agency).nodeId(), Map.of(), agency, date, null, null);
        link("LOCATED_AT", local, addressLocal, Map.of(), agency, date, null, null);
        if (caseLocal != null) {
            link("PART_OF", local, caseLocal, Map.of(), agency, date, null, null);
        }
    }

    /** A further agency that took part in an incident (a joint operation is handled by several). */
    void alsoHandledBy(String incidentLocal, String agency, String date) {
        link("HANDLED_BY", incidentLocal, agencies.named(agency).nodeId(), Map.of(), agency, date, null, null);
    }

    void owns(String owner, String owned, double share, String agency, String since) {
        link("OWNS", owner, owned, Map.of("share", share), agency, since, since, null);
    }

    void directs(String person, String business, String role, String agency, String since) {
        link("DIRECTS", person, business, Map.of("role", role), agency, since, since, null);
    }

    void involved(String local, String incidentLocal, String role, String agency, String date) {
        link("INVOLVED_IN", local, incidentLocal, Map.of("role", role), agency, date, null, null);
    }

    /**
     * A link between two records. Ends are local names of this network ({@code p01}) unless they
     * are full ids of reference data ({@code mun-essen}, {@code agency-pp-essen}).
     */
    void link(String type, String from, String to, Map<String, Object> properties, String agency, String date,
              String validFrom, String validTo) {
        Provenance provenance = stamp(agency, date, null);
        if (validFrom != null) {
            provenance = provenance.validBetween(LocalDate.parse(validFrom), validTo == null ? null : LocalDate.parse(validTo));
        }
        out.link(String.format("%s-l%03d", network, ++links), type, resolve(from), resolve(to), properties, provenance);
    }

    /** The same, recorded as an analyst's assessment rather than a fact. */
    void assessed(String type, String from, String to, Map<String, Object> properties, String agency, String date) {
        out.link(String.format("%s-l%03d", network, ++links), type, resolve(from), resolve(to), properties,
                stamp(agency, date, null).as(Nature.ASSESSMENT));
    }

    List<String> persons() {
        return persons;
    }

    List<String> businesses() {
        return businesses;
    }

    List<String> addresses() {
        return addresses;
    }

    private String id(String local) {
        return network + "-" + local;
    }

    private String resolve(String end) {
        return end.startsWith("mun-") || end.startsWith("agency-") || end.startsWith(network + "-") ? end : id(end);
    }

    private Provenance stamp(String agencyName, String date, String reference) {
        DemoAgency agency = agencies.named(agencyName);
        LocalDate recorded = LocalDate.parse(date).plusDays(3);
        String sourceRef = reference != null ? reference
                : agency.code() + "-" + network.toUpperCase(Locale.ROOT) + "-" + date.substring(0, 4);
        return Provenance.of(agency.id(), sourceRef,
                        recorded.atTime(10, 0).toInstant(ZoneOffset.UTC), agency.userPrefix() + ".k7",
                        Grading.eu("B2"))
                .collected(CollectionMethod.OVERT, agency.legalBasis())
                .reviewedBy(RecordSource.reviewDate(recorded, agency));
    }
}
