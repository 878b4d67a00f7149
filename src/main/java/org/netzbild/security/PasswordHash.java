package org.netzbild.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * A password hashed with Argon2id (RFC 9106) by Bouncy Castle, kept in the PHC string format
 * {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}, so that the parameters travel with the hash
 * and can be raised later without making old hashes unreadable. The defaults are OWASP's minimum
 * for Argon2id (19 MiB, two passes, one lane). Comparison takes the same time whichever byte
 * differs. The password itself is never kept.
 */
public final class PasswordHash {

    /** Memory in KiB, passes and lanes of new hashes. */
    public static final int MEMORY_KIB = 19_456;
    public static final int ITERATIONS = 2;
    public static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String encoded;
    private final int memoryKib;
    private final int iterations;
    private final int parallelism;
    private final byte[] salt;
    private final byte[] hash;

    private PasswordHash(String encoded, int memoryKib, int iterations, int parallelism, byte[] salt, byte[] hash) {
        this.encoded = encoded;
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
        this.salt = salt;
        this.hash = hash;
    }

    /** Hashes a new password with a fresh random salt and the current parameters. */
    public static PasswordHash of(char[] password) {
        requirePassword(password);
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        var b64 = Base64.getEncoder().withoutPadding();
        String encoded = "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM
                + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
        return new PasswordHash(encoded, MEMORY_KIB, ITERATIONS, PARALLELISM, salt, hash);
    }

    /** Reads a stored hash; {@link IllegalArgumentException} when it is not an Argon2id PHC string. */
    public static PasswordHash parse(String encoded) {
        var match = PHC.matcher(Objects.requireNonNull(encoded, "encoded"));
        if (!match.matches()) {
            throw new IllegalArgumentException("not an Argon2id password hash");
        }
        var b64 = Base64.getDecoder();
        byte[] salt = b64.decode(match.group(4));
        byte[] hash = b64.decode(match.group(5));
        if (salt.length < 8 || hash.length < 16) {
            throw new IllegalArgumentException("an Argon2id password hash with too short a salt or hash");
        }
        return new PasswordHash(encoded, Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2)),
                Integer.parseInt(match.group(3)), salt, hash);
    }

    /** Whether {@code password} is the one hashed, compared in constant time. */
    public boolean matches(char[] password) {
        if (password == null || password.length == 0) {
            return false;
        }
        byte[] candidate = derive(password, salt, memoryKib, iterations, parallelism, hash.length);
        return org.bouncycastle.util.Arrays.constantTimeAreEqual(hash, candidate);
    }

    /** The PHC string to store: algorithm, version, parameters, salt and hash. */
    public String encoded() {
        return encoded;
    }

    public int memoryKib() {
        return memoryKib;
    }

    public int iterations() {
        return iterations;
    }

    public int parallelism() {
        return parallelism;
    }

    private static byte[] derive(char[] password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
        var parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        var generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password, out);
        return out;
    }

    private static void requirePassword(char[] password) {
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("a password must not be empty");
        }
    }

    /** Never the hash itself: a hash in a log line is an offline guessing target. */
    @Override
    public String toString() {
        return "PasswordHash[argon2id m=" + memoryKib + " t=" + iterations + " p=" + parallelism + "]";
    }
}
