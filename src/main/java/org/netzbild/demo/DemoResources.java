package org.netzbild.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the demo's data files under {@code /demo} on the class path; a missing one is a packaging error. */
final class DemoResources {

    private DemoResources() {
    }

    static InputStream open(String name) {
        InputStream in = DemoResources.class.getResourceAsStream("/demo/" + name);
        if (in == null) {
            throw new IllegalStateException("the demo data file demo/" + name + " is missing from the application");
        }
        return in;
    }

    /** The file's lines without blank lines and {@code #} comments. */
    static List<String> lines(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo/" + name, e);
        }
    }
}
