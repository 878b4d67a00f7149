package org.netzbild.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The entries of a workspace's audit log as JSON, for tests that check what was logged. */
public final class AuditLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditLines() {
    }

    /** One entry; its members by name ({@code user}, {@code agency}, {@code case}, {@code outcome}, ...). */
    public record Entry(JsonNode json) {
        public String get(String member) {
            return json.path(member).asText();
        }
    }

    public static List<Entry> of(Path workspace) {
        try {
            var entries = new ArrayList<Entry>();
            for (String line : Files.readAllLines(workspace.resolve("audit").resolve("audit.log"))) {
                entries.add(new Entry(JSON.readTree(line)));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of one action, oldest first. */
    public static List<Entry> of(Path workspace, String action) {
        return of(workspace).stream().filter(e -> e.get("action").equals(action)).toList();
    }

    /** The entries of one action by one user, oldest first. */
    public static List<Entry> of(Path workspace, String action, String user) {
        return of(workspace, action).stream().filter(e -> e.get("user").equals(user)).toList();
    }

    /** The whole log as text, to prove that something never reached it. */
    public static String text(Path workspace) {
        try {
            return Files.readString(workspace.resolve("audit").resolve("audit.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
