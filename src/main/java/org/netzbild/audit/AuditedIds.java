package org.netzbild.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/**
 * The record ids an event touched: up to {@link #LISTED} ids verbatim, the total count, and a
 * SHA-256 digest over all of them in order, so a bulk write of a million records costs one line,
 * not a million ids, and the full set can still be matched against the store.
 */
public record AuditedIds(List<String> listed, long count, String digest) {

    public static final int LISTED = 1000;

    public AuditedIds {
        listed = List.copyOf(listed);
    }

    public static AuditedIds of(Collection<String> ids) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String id : ids) {
                sha.update(id.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return new AuditedIds(ids.stream().limit(LISTED).toList(), ids.size(),
                    ids.size() > LISTED ? HexFormat.of().formatHex(sha.digest()) : "");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The same as {@link #of} for ids that arrive one by one, too many to hold (a bulk load's records). */
    public static final class Builder {
        private final MessageDigest sha;
        private final java.util.ArrayList<String> listed = new java.util.ArrayList<>();
        private long count;

        public Builder() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }

        public void add(String id) {
            sha.update(id.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            if (listed.size() < LISTED) {
                listed.add(id);
            }
            count++;
        }

        public AuditedIds build() {
            return new AuditedIds(listed, count, count > LISTED ? HexFormat.of().formatHex(sha.digest()) : "");
        }
    }

    public static AuditedIds none() {
        return new AuditedIds(List.of(), 0, "");
    }
}
