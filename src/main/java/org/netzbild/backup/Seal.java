package org.netzbild.backup;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM over a stream in segments of {@value #SEGMENT} bytes, after the STREAM construction
 * (Hoang, Reyhanitabar, Rogaway, Vizár: "Online Authenticated-Encryption and its Nonce-Reuse
 * Misuse-Resistance", CRYPTO 2015): each segment has its own nonce, a random prefix of the file,
 * the segment's number and a flag for the last one, so that segments can be neither reordered nor
 * dropped, nor the file cut at a segment's end. A segment is checked before its bytes are handed
 * on, so a restore never unpacks unauthenticated data, and memory stays one segment whatever the
 * size of the store (the JDK's GCM would hold a whole file back until its end). Every segment also
 * authenticates the header ({@code associated}), so that a changed header fails too.
 */
final class Seal {

    static final int SEGMENT = 1 << 20;
    static final int TAG_BYTES = 16;
    static final int PREFIX_BYTES = 7;
    /** The number no data segment reaches: the header's password check. */
    private static final int CHECK = -1;

    private final SecretKey key;
    private final byte[] prefix;
    private final byte[] associated;

    Seal(SecretKey key, byte[] prefix, byte[] associated) {
        this.key = key;
        this.prefix = prefix.clone();
        this.associated = associated.clone();
    }

    /** The password check written into the header: the tag of an empty segment of its own number. */
    byte[] check() {
        return seal(CHECK, true, new byte[0], 0);
    }

    /** Whether {@code tag} is the check this key makes: false for a wrong password. */
    boolean checks(byte[] tag) {
        try {
            open(CHECK, true, tag, tag.length);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    byte[] seal(int segment, boolean last, byte[] plain, int length) {
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, segment, last);
            return cipher.doFinal(plain, 0, length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    byte[] open(int segment, boolean last, byte[] sealed, int length) throws GeneralSecurityException {
        return cipher(Cipher.DECRYPT_MODE, segment, last).doFinal(sealed, 0, length);
    }

    private Cipher cipher(int mode, int segment, boolean last) throws GeneralSecurityException {
        byte[] nonce = ByteBuffer.allocate(12).put(prefix).putInt(segment).put((byte) (last ? 1 : 0)).array();
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
        cipher.updateAAD(associated);
        return cipher;
    }
}
