package org.netzbild.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netzbild.demo.RegistryExport;
import org.netzbild.schema.ReferenceData;

/**
 * The generated export's records in the CSV format of Neo4j's offline importer, for the import
 * benchmark's reference: the same persons, addresses (one per full address), municipalities and
 * links, with the same properties Netzbild stores (the domain values, the provenance, the search
 * text, the import id). Ids are the file's own numbers, not Netzbild's derived ids (same length class).
 * Persons are merged as the bulk import merges them, so that the importer writes the same graph:
 * a row whose name and birth date (the ontology's identity key) an earlier row of the file has
 * lands on that row's node, as a statement ({@code Statement} node, {@code STATES} relationship)
 * if its other values differ, as nothing of its own if they are the same. The merging happens
 * while the input is written, before the importer's clock starts.
 */
final class OfflineImporterInput implements AutoCloseable {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final List<String> PROVENANCE = List.of("sourceAgency", "sourceRef", "recordedAt:datetime",
            "recordedBy", "collection", "legalBasis", "gradingScheme", "gradingSource", "gradingInformation", "nature",
            "handling", "importId");

    private final Path folder;
    private final String provenanceColumns;
    private final Map<String, String> addressIds = new HashMap<>();
    private final Map<String, String> municipalityIds = new HashMap<>();
    /** Name and birth date → the first person with them, for merging. */
    private final Map<List<String>, FirstPerson> firstPersons = new HashMap<>();
    private final BufferedWriter statements;
    private final BufferedWriter states;
    private final BufferedWriter persons;
    private final BufferedWriter addresses;
    private final BufferedWriter family;
    private final BufferedWriter residence;
    private final BufferedWriter inMunicipality;
    private long nodes;
    private long relationships;
    private long statementNodes;

    OfflineImporterInput(Path folder, String agency, String importId) {
        this.folder = folder;
        var p = provenance(agency, importId);
        this.provenanceColumns = String.join(",", PROVENANCE.stream()
                .map(c -> quote(String.valueOf(p.get(c.replace(":datetime", ""))))).toList());
        try {
            Files.createDirectories(folder);
            persons = open("persons.csv", ":ID,:LABEL,type,name,birthDate:date,birthPlace,gender,searchText,");
            addresses = open("addresses.csv", ":ID,:LABEL,type,street,houseNumber,postalCode,city,full,searchText,");
            family = open("family.csv", ":START_ID,:END_ID,:TYPE,id,relation,");
            residence = open("residence.csv", ":START_ID,:END_ID,:TYPE,id,");
            inMunicipality = open("in-municipality.csv", ":START_ID,:END_ID,:TYPE,id,");
            statements = open("statements.csv", ":ID,:LABEL,entityId,type,name,birthDate:date,birthPlace,gender,searchText,");
            states = Files.newBufferedWriter(folder.resolve("states.csv"), StandardCharsets.UTF_8);
            states.write(":START_ID,:END_ID,:TYPE");
            states.newLine();
            try (var municipalities = open("municipalities.csv", ":ID,:LABEL,type,name,")) {
                for (var m : ReferenceData.load(null).municipalities()) {
                    municipalityIds.put(m.text("name"), m.id());
                    municipalities.write(String.join(",", quote(m.id()), "Entity;Municipality", "Municipality",
                            quote(m.text("name")), provenanceColumns));
                    municipalities.newLine();
                    nodes++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The provenance every record of the benchmark's files carries, as Netzbild's property names. */
    static Map<String, Object> provenance(String agency, String importId) {
        var p = new LinkedHashMap<String, Object>();
        p.put("sourceAgency", agency);
        p.put("sourceRef", "meldedaten");
        p.put("recordedAt", java.time.ZonedDateTime.parse("2026-11-27T10:00:00Z"));
        p.put("recordedBy", "bench");
        p.put("collection", "OVERT");
        p.put("legalBasis", "§ 34 BMG");
        p.put("gradingScheme", "EU4x4");
        p.put("gradingSource", "A");
        p.put("gradingInformation", "1");
        p.put("nature", "FACT");
        p.put("handling", "OPEN");
        p.put("importId", importId);
        return p;
    }

    private BufferedWriter open(String name, String header) throws IOException {
        var writer = Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8);
        writer.write(header + String.join(",", PROVENANCE));
        writer.newLine();
        return writer;
    }

    void add(long number, RegistryExport.Household household) {
        try {
            String full = household.full();
            String address = addressIds.get(full);
            if (address == null) {
                address = "a-" + number;
                addressIds.put(full, address);
                addresses.write(String.join(",", quote(address), "Entity;Address", "Address", quote(household.street()),
                        quote(household.houseNumber()), quote(household.postalCode()), quote(household.city()),
                        quote(full), quote(String.join(" | ", household.street(), household.postalCode(),
                                household.city(), full)), provenanceColumns));
                addresses.newLine();
                nodes++;
                String municipality = municipalityIds.get(household.city());
                if (municipality != null) {
                    inMunicipality.write(String.join(",", quote(address), quote(municipality), "IN_MUNICIPALITY",
                            quote("lm-" + address), provenanceColumns));
                    inMunicipality.newLine();
                    relationships++;
                }
            }
            var residents = household.residents();
            var targets = new String[residents.size()];
            for (int i = 0; i < residents.size(); i++) {
                targets[i] = person(RegistryExport.number("EMA-", number, i), residents.get(i));
            }
            for (int i = 0; i < residents.size(); i++) {
                String id = RegistryExport.number("EMA-", number, i);
                residence.write(String.join(",", quote(targets[i]), quote(address), "RESIDES_AT", quote("lr-" + id),
                        provenanceColumns));
                residence.newLine();
                String relation = switch (household.relation()[i]) {
                    case "Ehegatte" -> "SPOUSE";
                    case "Kind" -> "CHILD";
                    default -> "PARENT";
                };
                family.write(String.join(",", quote(targets[i]), quote(targets[household.related()[i]]), "FAMILY",
                        quote("lf-" + id), relation, provenanceColumns));
                family.newLine();
                relationships += 2;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record FirstPerson(String id, String birthPlace, String gender) {
    }

    /** Writes the resident as a person or as a statement on an earlier one; returns the node its links go to. */
    private String person(String id, RegistryExport.Resident r) throws IOException {
        String name = r.given() + " " + r.surname();
        String birthDate = LocalDate.parse(r.birthDate(), GERMAN_DATE).toString();
        String gender = r.gender().equals("w") ? "FEMALE" : "MALE";
        FirstPerson first = firstPersons.putIfAbsent(List.of(name, birthDate), new FirstPerson(id, r.birthPlace(), gender));
        if (first == null) {
            persons.write(String.join(",", quote(id), "Entity;Person", "Person", quote(name), birthDate,
                    quote(r.birthPlace()), gender, quote(name), provenanceColumns));
            persons.newLine();
            nodes++;
            return id;
        }
        if (!first.birthPlace().equals(r.birthPlace()) || !first.gender().equals(gender)) {
            String statement = "s-" + id;
            statements.write(String.join(",", quote(statement), "Statement", quote(first.id()), "Person", quote(name),
                    birthDate, quote(r.birthPlace()), gender, quote(name), provenanceColumns));
            statements.newLine();
            states.write(String.join(",", quote(statement), quote(first.id()), "STATES"));
            states.newLine();
            nodes++;
            relationships++;
            statementNodes++;
        }
        return first.id();
    }

    long nodes() {
        return nodes;
    }

    /** Of {@link #nodes()}, the statements (a person stated again with other values). */
    long statements() {
        return statementNodes;
    }

    long relationships() {
        return relationships;
    }

    List<Path> nodeFiles() {
        return List.of(folder.resolve("municipalities.csv"), folder.resolve("persons.csv"), folder.resolve("addresses.csv"),
                folder.resolve("statements.csv"));
    }

    List<Path> relationshipFiles() {
        return List.of(folder.resolve("residence.csv"), folder.resolve("family.csv"), folder.resolve("in-municipality.csv"),
                folder.resolve("states.csv"));
    }

    private static String quote(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() {
        try {
            persons.close();
            addresses.close();
            family.close();
            residence.close();
            inMunicipality.close();
            statements.close();
            states.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
