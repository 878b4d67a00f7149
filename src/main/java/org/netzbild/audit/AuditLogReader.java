package org.netzbild.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the entries of an audit file that pass a filter, oldest first, line by line, so a log of
 * millions of entries is never held in memory whole. Reading does not verify the chain (that is
 * {@link AuditVerifier}'s job); a line that cannot be read is skipped and counted, so the reader of
 * a damaged log still sees what is readable and is told how much is not.
 */
public final class AuditLogReader {

    /**
     * What the reading found.
     *
     * @param entries    the matching entries, oldest first, at most the limit asked for
     * @param matched    how many entries matched in all (more than {@code entries.size()} when cut at the limit)
     * @param unreadable how many lines could not be read as entries
     */
    public record Found(List<AuditEntry> entries, long matched, long unreadable) {

        public boolean cut() {
            return matched > entries.size();
        }
    }

    private AuditLogReader() {
    }

    /** The first {@code limit} entries that pass {@code filter}, with the number of all that pass. */
    public static Found read(Path file, AuditFilter filter, int limit) {
        var entries = new ArrayList<AuditEntry>();
        long[] matched = {0};
        long unreadable = forEach(file, filter, entry -> {
            matched[0]++;
            if (entries.size() < limit) {
                entries.add(entry);
            }
        });
        return new Found(entries, matched[0], unreadable);
    }

    /**
     * Hands every entry that passes {@code filter} to {@code matching}, oldest first, holding one
     * line at a time (an export of a whole year); returns how many lines could not be read.
     */
    public static long forEach(Path file, AuditFilter filter, Consumer<AuditEntry> matching) {
        long unreadable = 0;
        // an InputStreamReader replaces a broken byte instead of giving up on the whole log
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                AuditEntry entry;
                try {
                    entry = AuditEntry.of(AuditChain.json().readTree(line));
                } catch (IOException | RuntimeException e) {
                    unreadable++;
                    continue;
                }
                if (entry != null && filter.matches(entry)) {
                    matching.accept(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit log " + file, e);
        }
        return unreadable;
    }
}
