package org.netzbild.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.netzbild.model.AgencyKind;
import org.netzbild.model.Entity;
import org.netzbild.model.Grading;
import org.netzbild.model.Provenance;
import org.netzbild.model.WriteBatch;

/**
 * Municipalities and the cooperation's agencies, read from the CSV files in
 * {@code graph-schema/reference} and, to extend the region without code, from further files of
 * the same shape in a workspace's {@code reference} folder. A file's header says what it holds.
 */
public final class ReferenceData {

    /** The agency recorded as source of reference data. */
    public static final String SOURCE = "Netzbild reference data";
    private static final Provenance PROVENANCE = Provenance.of(SOURCE, "graph-schema/reference",
            Instant.parse("2026-11-01T00:00:00Z"), "netzbild", Grading.eu("A1"));
    private static final String HEADER = "id,name,ags,district,policeAuthority,countyFree";
    private static final String AGENCY_HEADER = "id,nameDe,nameEn,kind,ags";

    private final List<Entity> municipalities;
    private final Agencies agencies;

    private ReferenceData(List<Entity> municipalities, Agencies agencies) {
        this.municipalities = List.copyOf(municipalities);
        this.agencies = agencies;
    }

    /**
     * The shipped Ruhr data plus every {@code *.csv} in {@code extraFolder} (may be absent). The
     * shipped data alone is read once per program run: {@link Agencies#standard()} asks for it for
     * every agency name on screen and every record the network finder describes, and parsing the
     * files each time took most of a network search's time (a profile of the analysis tests).
     */
    public static ReferenceData load(Path extraFolder) {
        var extra = new LinkedHashMap<String, List<String>>();
        if (extraFolder != null && Files.isDirectory(extraFolder)) {
            try (Stream<Path> files = Files.list(extraFolder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                    extra.put(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read reference data in " + extraFolder, e);
            }
        }
        if (extra.isEmpty()) {
            return Shipped.DATA;
        }
        var sources = new LinkedHashMap<>(Shipped.SOURCES);
        sources.putAll(extra);
        return parse(sources);
    }

    /** The files that ship in the program, read and parsed at their first use. */
    private static final class Shipped {

        static final Map<String, List<String>> SOURCES = read();
        static final ReferenceData DATA = parse(SOURCES);

        private static Map<String, List<String>> read() {
            var sources = new LinkedHashMap<String, List<String>>();
            for (String file : Migrations.lines("/graph-schema/reference/index.txt")) {
                sources.put(file, List.copyOf(Migrations.lines("/graph-schema/reference/" + file)));
            }
            return java.util.Collections.unmodifiableMap(sources);
        }
    }

    static ReferenceData parse(Map<String, List<String>> sources) {
        var municipalities = new ArrayList<Entity>();
        var agencies = new LinkedHashMap<String, CooperationAgency>();
        sources.forEach((file, lines) -> {
            String header = lines.isEmpty() ? "" : lines.getFirst().strip().replace("\uFEFF", "");
            if (header.equals(AGENCY_HEADER)) {
                parseAgencies(file, lines, agencies);
            } else if (header.equals(HEADER)) {
                parseMunicipalities(file, lines, municipalities);
            } else {
                throw new IllegalStateException(file + ":1: the header must be " + HEADER + " or " + AGENCY_HEADER);
            }
        });
        return new ReferenceData(municipalities, new Agencies(agencies.values()));
    }

    private static void parseMunicipalities(String file, List<String> lines, List<Entity> municipalities) {
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",", -1);
            if (f.length != 6 || f[0].isBlank() || f[1].isBlank() || f[4].isBlank()) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": expected 6 fields "
                        + HEADER + " with id, name and policeAuthority set");
            }
            var props = new LinkedHashMap<String, Object>();
            props.put("name", f[1]);
            props.put("ags", f[2].isBlank() ? null : f[2]);
            props.put("district", f[3]);
            props.put("policeAuthority", f[4]);
            props.put("countyFree", Boolean.parseBoolean(f[5]));
            municipalities.add(new Entity(f[0], "Municipality", props, PROVENANCE));
        }
    }

    private static void parseAgencies(String file, List<String> lines, Map<String, CooperationAgency> agencies) {
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> f = csvFields(lines.get(i));
            if (f.size() != 5 || f.stream().limit(4).anyMatch(String::isBlank) || !f.get(0).matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": expected 5 fields " + AGENCY_HEADER
                        + " with a lower-case id of letters, digits and hyphens, names and kind set");
            }
            AgencyKind kind;
            try {
                kind = AgencyKind.valueOf(f.get(3));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": unknown agency kind " + f.get(3), e);
            }
            agencies.put(f.get(0), new CooperationAgency(f.get(0), f.get(1), f.get(2), kind, f.get(4)));
        }
    }

    /** Comma-separated fields, a field in double quotes when it holds a comma. */
    private static List<String> csvFields(String line) {
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }

    /** The id of the Agency node for a police authority's name, e.g. {@code agency-pp-bochum}. */
    public static String agencyId(String name) {
        String ascii = name.toLowerCase(java.util.Locale.ROOT)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        ascii = java.text.Normalizer.normalize(ascii, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return "agency-" + ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    public List<Entity> municipalities() {
        return municipalities;
    }

    /** The cooperation's agencies (shipped and extra files). */
    public Agencies agencies() {
        return agencies;
    }

    /** The agencies as Agency nodes, named in German (the official names), with their kind. */
    public List<Entity> agencyEntities() {
        return agencies.all().stream()
                .map(a -> new Entity(a.nodeId(), "Agency", Map.of("name", a.germanName(), "kind", a.kind().name()),
                        PROVENANCE))
                .toList();
    }

    public WriteBatch asBatch() {
        var all = new ArrayList<>(municipalities);
        all.addAll(agencyEntities());
        return new WriteBatch(all, List.of());
    }
}
