package org.netzbild.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;
import org.netzbild.model.ProvenanceFields;
import org.netzbild.schema.Ontology;

/**
 * FollowTheMoney entities, one JSON object a line, as Aleph and {@code ftm} read them: each entity
 * type of the ontology with an {@code ftm:} schema (Person, Company, RealEstate, Vehicle, Address,
 * Event, PublicBody) with the FtM properties that match ours, and the links FtM has interval
 * schemata for (Ownership, Directorship, Family, Associate, Employment, Membership) with their time
 * as start and end date; what FtM has no schema for (identifiers, cases, municipalities, residence
 * and involvement links) is counted, not guessed. Every line also carries, beside FtM's fields, a
 * {@code netzbild} object with the type and the provenance ({@code prov.} fields without prefix),
 * which FtM readers pass over and Netzbild's importer takes back.
 */
public final class FtmExport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String[]> LINKS = Map.of(
            "OWNS", new String[] {"Ownership", "owner", "asset"},
            "DIRECTS", new String[] {"Directorship", "director", "organization"},
            "FAMILY", new String[] {"Family", "relative", "person"},
            "ASSOCIATE", new String[] {"Associate", "person", "associate"},
            "EMPLOYED_BY", new String[] {"Employment", "employee", "employer"},
            "MEMBER_OF", new String[] {"Membership", "member", "organization"},
            // between persons and businesses; a transfer between accounts has no FtM ends (Identifier has no schema)
            "TRANSFERRED_TO", new String[] {"Payment", "payer", "beneficiary"});

    private FtmExport() {
    }

    /** The ids of the records the file will hold: what FtM has a schema for, entities first (what the audit log names). */
    public static List<String> carried(Disclosure disclosure, Ontology ontology) {
        var ids = new ArrayList<String>();
        Set<String> entities = new HashSet<>();
        for (Entity e : disclosure.entities()) {
            if (ontology.entityType(e.type()).map(t -> t.ftmSchema() != null && !t.ftmSchema().isBlank()).orElse(false)) {
                ids.add(e.id());
                entities.add(e.id());
            }
        }
        for (Link l : disclosure.links()) {
            if (LINKS.containsKey(l.type()) && entities.contains(l.fromId()) && entities.contains(l.toId())) {
                ids.add(l.id());
            }
        }
        return ids;
    }

    /** Writes the file; returns how many records FtM has no schema for (left out of the file). */
    public static int write(Disclosure disclosure, Ontology ontology, Path file) throws IOException {
        int notCarried = 0;
        Set<String> written = new HashSet<>();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Entity e : disclosure.entities()) {
                String schema = ontology.entityType(e.type()).map(t -> t.ftmSchema()).orElse(null);
                if (schema == null || schema.isBlank()) {
                    notCarried++;
                    continue;
                }
                ObjectNode line = JSON.createObjectNode();
                line.put("id", e.id());
                line.put("schema", schema);
                entity(line.putObject("properties"), e);
                netzbild(line, e.type(), ProvenanceFields.of(e.provenance()));
                out.write(JSON.writeValueAsString(line));
                out.write('\n');
                written.add(e.id());
            }
            for (Link l : disclosure.links()) {
                String[] kind = LINKS.get(l.type());
                if (kind == null || !written.contains(l.fromId()) || !written.contains(l.toId())) {
                    notCarried++;
                    continue;
                }
                ObjectNode line = JSON.createObjectNode();
                line.put("id", l.id());
                line.put("schema", kind[0]);
                ObjectNode p = line.putObject("properties");
                put(p, kind[1], l.fromId());
                put(p, kind[2], l.toId());
                link(p, l);
                put(p, "startDate", l.provenance().validFrom());
                put(p, "endDate", l.provenance().validTo());
                netzbild(line, l.type(), ProvenanceFields.of(l.provenance()));
                out.write(JSON.writeValueAsString(line));
                out.write('\n');
            }
        }
        return notCarried;
    }

    private static void entity(ObjectNode p, Entity e) {
        switch (e.type()) {
            case "Person" -> {
                put(p, "name", names(e));
                put(p, "alias", e.get("aliases"));
                put(p, "birthDate", e.get("birthDate"));
                put(p, "birthPlace", e.get("birthPlace"));
                put(p, "nationality", e.get("nationality"));
                if (e.get("gender") != null) {
                    put(p, "gender", switch (e.text("gender")) {
                        case "MALE" -> "male";
                        case "FEMALE" -> "female";
                        case "DIVERSE" -> "other";
                        default -> "unknown";
                    });
                }
                put(p, "idNumber", e.get("nationalIdNumbers"));
                put(p, "passportNumber", e.get("passportNumbers"));
            }
            case "Business" -> {
                put(p, "name", names(e));
                put(p, "registrationNumber", e.get("registerNumber"));
                put(p, "taxNumber", e.get("taxNumber"));
                put(p, "legalForm", e.get("legalForm"));
                put(p, "sector", e.get("trade"));
                put(p, "status", e.get("status"));
            }
            case "Address" -> {
                put(p, "street", e.get("street"));
                put(p, "postalCode", e.get("postalCode"));
                put(p, "city", e.get("city"));
                put(p, "full", e.get("full"));
            }
            case "Vehicle" -> {
                put(p, "registrationNumber", e.get("plate"));
                put(p, "model", e.get("model"));
            }
            case "Property" -> {
                put(p, "name", e.get("name"));
                put(p, "titleNumber", e.get("landRegistryRef"));
            }
            case "Incident" -> {
                put(p, "name", e.caption());
                put(p, "date", e.get("dateFrom"));
                put(p, "endDate", e.get("dateTo"));
                put(p, "summary", e.get("summary"));
            }
            default -> put(p, "name", e.caption());
        }
    }

    private static void link(ObjectNode p, Link l) {
        switch (l.type()) {
            case "OWNS" -> put(p, "percentage", l.get("share"));
            case "DIRECTS" -> put(p, "role", switch (String.valueOf(l.get("role"))) {
                case "AUTHORISED_OFFICER" -> "authorised officer";
                case "OPERATOR" -> "operator";
                default -> "managing director";
            });
            case "FAMILY" -> put(p, "relationship", switch (String.valueOf(l.get("relation"))) {
                case "PARENT" -> "parent";
                case "CHILD" -> "child";
                case "SIBLING" -> "sibling";
                case "SPOUSE" -> "spouse";
                case "COUSIN" -> "cousin";
                case "IN_LAW" -> "in-law";
                default -> "other";
            });
            case "ASSOCIATE" -> put(p, "relationship", l.get("context"));
            case "MEMBER_OF" -> put(p, "role", l.get("role"));
            case "TRANSFERRED_TO" -> {
                put(p, "amount", l.get("amount"));
                put(p, "currency", l.get("currency"));
                put(p, "date", l.get("date"));
                put(p, "purpose", l.get("reference"));
            }
            default -> { }
        }
    }

    /** The name first, then the other names: FtM's name is a list. */
    private static List<String> names(Entity e) {
        var all = new LinkedHashSet<String>();
        if (e.get("name") != null) {
            all.add(e.text("name"));
        }
        if (e.get("names") instanceof List<?> more) {
            more.forEach(n -> all.add(String.valueOf(n)));
        }
        return new ArrayList<>(all);
    }

    private static void netzbild(ObjectNode line, String type, Map<String, String> provenance) {
        ObjectNode ours = line.putObject("netzbild");
        ours.put("type", type);
        ObjectNode p = ours.putObject("provenance");
        provenance.forEach(p::put);
    }

    /** FtM values are lists of strings. */
    private static void put(ObjectNode p, String name, Object value) {
        if (value == null) {
            return;
        }
        ArrayNode values = JSON.createArrayNode();
        if (value instanceof List<?> list) {
            list.forEach(v -> values.add(String.valueOf(v)));
        } else {
            values.add(value.toString());
        }
        if (!values.isEmpty()) {
            p.set(name, values);
        }
    }
}
