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
import org.netzbild.model.Entity;
import org.netzbild.model.Grading;
import org.netzbild.model.Provenance;
import org.netzbild.model.WriteBatch;

/**
 * Municipalities and their police authorities, read from the CSV files in
 * {@code graph-schema/reference} and, to extend the region without code, from further files of
 * the same shape in a workspace's {@code reference} folder.
 */
public final class ReferenceData {

    /** The agency recorded as source of reference data. */
    public static final String SOURCE = "Netzbild reference data";
    private static final String HEADER = "id,name,ags,district,policeAuthority,countyFree";

    private final List<Entity> municipalities;
    private final List<Entity> policeAuthorities;

    private ReferenceData(List<Entity> municipalities, List<Entity> policeAuthorities) {
        this.municipalities = List.copyOf(municipalities);
        this.policeAuthorities = List.copyOf(policeAuthorities);
    }

    /** The shipped Ruhr data plus every {@code *.csv} in {@code extraFolder} (may be absent). */
    public static ReferenceData load(Path extraFolder) {
        var sources = new LinkedHashMap<String, List<String>>();
        for (String file : Migrations.lines("/graph-schema/reference/index.txt")) {
            sources.put(file, Migrations.lines("/graph-schema/reference/" + file));
        }
        if (extraFolder != null && Files.isDirectory(extraFolder)) {
            try (Stream<Path> files = Files.list(extraFolder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                    sources.put(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read reference data in " + extraFolder, e);
            }
        }
        return parse(sources);
    }

    static ReferenceData parse(Map<String, List<String>> sources) {
        var provenance = Provenance.of(SOURCE, "graph-schema/reference", Instant.parse("2026-11-01T00:00:00Z"),
                "netzbild", Grading.eu("A1"));
        var municipalities = new ArrayList<Entity>();
        var authorities = new LinkedHashMap<String, Entity>();
        sources.forEach((file, lines) -> {
            if (lines.isEmpty() || !lines.getFirst().strip().replace("\uFEFF", "").equals(HEADER)) {
                throw new IllegalStateException(file + ":1: the header must be " + HEADER);
            }
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
                municipalities.add(new Entity(f[0], "Municipality", props, provenance));
                authorities.computeIfAbsent(f[4], name -> new Entity(agencyId(name), "Agency",
                        Map.of("name", name, "kind", "POLICE"), provenance));
            }
        });
        return new ReferenceData(municipalities, new ArrayList<>(authorities.values()));
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

    public List<Entity> policeAuthorities() {
        return policeAuthorities;
    }

    public WriteBatch asBatch() {
        var all = new ArrayList<>(municipalities);
        all.addAll(policeAuthorities);
        return new WriteBatch(all, List.of());
    }
}
