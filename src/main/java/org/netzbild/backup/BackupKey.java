package org.netzbild.backup;

import java.security.SecureRandom;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * The AES-256 key of a sealed backup, derived from its password with Argon2id (RFC 9106, by Bouncy
 * Castle). The parameters and the salt travel in the backup's header, so that a later release may
 * raise them and still read older backups. Defaults: RFC 9106's second recommended option (64 MiB,
 * three passes, four lanes): a guess costs an attacker that much memory and time per try.
 */
public record BackupKey(int memoryKib, int iterations, int parallelism, byte[] salt) {

    public static final int MEMORY_KIB = 65_536;
    public static final int ITERATIONS = 3;
    public static final int PARALLELISM = 4;
    static final int SALT_BYTES = 16;

    public BackupKey {
        salt = salt.clone();
    }

    /** New parameters with a fresh random salt. */
    public static BackupKey fresh(SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new BackupKey(MEMORY_KIB, ITERATIONS, PARALLELISM, salt);
    }

    /** Whether the parameters read from a header are ones this release will spend time on. */
    boolean plausible() {
        return memoryKib >= 8 * 1024 && memoryKib <= 4 * 1024 * 1024 && iterations >= 1 && iterations <= 64
                && parallelism >= 1 && parallelism <= 64 && salt.length == SALT_BYTES;
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    SecretKey derive(char[] password) {
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("a backup password must not be empty");
        }
        var generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build());
        byte[] key = new byte[32];
        generator.generateBytes(password, key);
        try {
            return new SecretKeySpec(key, "AES");
        } finally {
            java.util.Arrays.fill(key, (byte) 0);
        }
    }
}
