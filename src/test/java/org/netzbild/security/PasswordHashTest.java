package org.netzbild.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Argon2id hashes as PHC strings: parameters kept with the hash, salted, compared without leaking. */
class PasswordHashTest {

    @Test
    void aHashKeepsItsArgon2idParametersAndSaltInThePhcString() {
        PasswordHash hash = PasswordHash.of("korrekt-pferd-batterie".toCharArray());

        assertThat(hash.encoded()).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        PasswordHash read = PasswordHash.parse(hash.encoded());
        assertThat(read.memoryKib()).isEqualTo(19_456);
        assertThat(read.iterations()).isEqualTo(2);
        assertThat(read.parallelism()).isEqualTo(1);
    }

    @Test
    void onlyTheHashedPasswordMatches() {
        PasswordHash hash = PasswordHash.parse(PasswordHash.of("korrekt-pferd-batterie".toCharArray()).encoded());

        assertThat(hash.matches("korrekt-pferd-batterie".toCharArray())).isTrue();
        assertThat(hash.matches("korrekt-pferd-batteriE".toCharArray())).isFalse();
        assertThat(hash.matches(new char[0])).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertThat(PasswordHash.of("gleich-und-gleich".toCharArray()).encoded())
                .isNotEqualTo(PasswordHash.of("gleich-und-gleich".toCharArray()).encoded());
    }

    @Test
    void aHashWithOtherParametersIsCheckedWithItsOwn() {
        // RFC 9106 test parameters differ from ours: a stored hash is verified with what it says
        String lighter = "$argon2id$v=19$m=8192,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$"
                + java.util.Base64.getEncoder().withoutPadding().encodeToString(argon2id("geheim-genug", 8192, 1));
        assertThat(PasswordHash.parse(lighter).matches("geheim-genug".toCharArray())).isTrue();
    }

    @Test
    void anythingButArgon2idIsRefused() {
        assertThatThrownBy(() -> PasswordHash.parse("$2b$12$abcdefghijklmnopqrstuv")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PasswordHash.parse("klartext")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PasswordHash.of(new char[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theHashNeverShowsInTextMeantForLogs() {
        PasswordHash hash = PasswordHash.of("korrekt-pferd-batterie".toCharArray());

        assertThat(hash.toString()).doesNotContain(hash.encoded().substring(hash.encoded().lastIndexOf('$') + 1))
                .contains("argon2id");
    }

    /** Argon2id straight from Bouncy Castle with the salt "saltsaltsaltsalt", as a second opinion. */
    private static byte[] argon2id(String password, int memoryKib, int iterations) {
        var generator = new org.bouncycastle.crypto.generators.Argon2BytesGenerator();
        generator.init(new org.bouncycastle.crypto.params.Argon2Parameters.Builder(
                org.bouncycastle.crypto.params.Argon2Parameters.ARGON2_id)
                .withVersion(org.bouncycastle.crypto.params.Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib).withIterations(iterations).withParallelism(1)
                .withSalt("saltsaltsaltsalt".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).build());
        byte[] out = new byte[32];
        generator.generateBytes(password.toCharArray(), out);
        return out;
    }
}
