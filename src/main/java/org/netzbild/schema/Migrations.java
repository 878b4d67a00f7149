package org.netzbild.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Cypher migrations shipped in {@code graph-schema/migrations}, in version order. Files are
 * listed in {@code index.txt} because a class path cannot be listed reliably inside a jar.
 */
public final class Migrations {

    private static final String FOLDER = "/graph-schema/migrations/";
    /** The line in a migration file after which its data statements follow. */
    static final String DATA_MARKER = "// ---- data ----";
    private static final Pattern FILE = Pattern.compile("V(\\d{3})__([a-z0-9_]+)\\.cypher");

    private Migrations() {
    }

    public static List<Migration> standard() {
        var result = new ArrayList<Migration>();
        for (String file : lines(FOLDER + "index.txt")) {
            Matcher m = FILE.matcher(file);
            if (!m.matches()) {
                throw new IllegalStateException("migration file name '" + file + "' is not V000__name.cypher");
            }
            int version = Integer.parseInt(m.group(1));
            if (version != result.size() + 1) {
                throw new IllegalStateException("migration " + file + " breaks the sequence 1, 2, 3, ...");
            }
            String text = String.join("\n", lines(FOLDER + file));
            int data = text.indexOf(DATA_MARKER);
            result.add(data < 0 ? new Migration(version, m.group(2), statements(text))
                    : new Migration(version, m.group(2), statements(text.substring(0, data)),
                    statements(text.substring(data + DATA_MARKER.length()))));
        }
        return result;
    }

    /** The latest schema version the application knows. */
    public static int latestVersion() {
        return standard().size();
    }

    static List<String> statements(String text) {
        String withoutComments = text.lines()
                .filter(line -> !line.strip().startsWith("//"))
                .collect(Collectors.joining("\n"));
        return Arrays.stream(withoutComments.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    static List<String> lines(String resource) {
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the schema file " + resource + " is missing from the application");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
