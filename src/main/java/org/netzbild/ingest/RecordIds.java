package org.netzbild.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Ids of imported records, derived from what identifies them (the agency, the kind of source,
 * the record's key in the file), so that the same record sent again gets the same id.
 */
final class RecordIds {

    private RecordIds() {
    }

    /** {@code prefix-<24 hex digits>} of the SHA-256 over the parts, each ended by a NUL. */
    static String of(String prefix, String... parts) {
        var sha = SHA256.get();
        for (String part : parts) {
            sha.update(part.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return prefix.toLowerCase(Locale.ROOT) + "-" + HexFormat.of().formatHex(sha.digest(), 0, 12);
    }

    /** One digest per thread: looking one up costs more than hashing an id (millions per import). */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    });
}
