package org.netzbild.backup;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;

/**
 * Reads sealed segments ({@link Seal}) and hands on their bytes only once a segment checked out;
 * a segment that does not (changed, reordered, missing, or the file cut short) ends the reading
 * with {@link BackupDamagedException}.
 */
final class SealedInputStream extends InputStream {

    private final InputStream in;
    private final Seal seal;
    private final byte[] sealed = new byte[Seal.SEGMENT + Seal.TAG_BYTES];
    private byte[] plain = new byte[0];
    private int position;
    private int segment;
    private boolean last;
    /** The first byte of the next segment, read to learn whether this one is the last. */
    private int lookahead = -2;

    SealedInputStream(InputStream in, Seal seal) {
        this.in = in;
        this.seal = seal;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        while (position == plain.length) {
            if (last) {
                return -1;
            }
            nextSegment();
        }
        int given = Math.min(length, plain.length - position);
        System.arraycopy(plain, position, bytes, offset, given);
        position += given;
        return given;
    }

    private void nextSegment() throws IOException {
        int filled = 0;
        if (lookahead == -2) {
            lookahead = in.read();
        }
        if (lookahead < 0) {
            throw new BackupDamagedException("the sealed data ends before its last segment");
        }
        sealed[filled++] = (byte) lookahead;
        int read = in.readNBytes(sealed, filled, sealed.length - filled);
        filled += read;
        lookahead = in.read();
        last = lookahead < 0;
        if (filled < Seal.TAG_BYTES) {
            throw new BackupDamagedException("a sealed segment is shorter than its tag");
        }
        try {
            plain = seal.open(segment++, last, sealed, filled);
            position = 0;
        } catch (GeneralSecurityException e) {
            throw new BackupDamagedException("sealed segment " + (segment - 1) + " does not check out");
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
