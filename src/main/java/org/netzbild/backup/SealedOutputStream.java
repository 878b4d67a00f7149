package org.netzbild.backup;

import java.io.IOException;
import java.io.OutputStream;

/** Writes what it is given as sealed segments ({@link Seal}); {@link #close} seals the last one. */
final class SealedOutputStream extends OutputStream {

    private final OutputStream out;
    private final Seal seal;
    private final byte[] buffer = new byte[Seal.SEGMENT];
    private int filled;
    private int segment;
    private boolean closed;

    SealedOutputStream(OutputStream out, Seal seal) {
        this.out = out;
        this.seal = seal;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
            if (filled == buffer.length) {
                // only now is it known that this segment is not the last
                out.write(seal.seal(segment++, false, buffer, filled));
                filled = 0;
            }
            int taken = Math.min(length, buffer.length - filled);
            System.arraycopy(bytes, offset, buffer, filled, taken);
            filled += taken;
            offset += taken;
            length -= taken;
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (out) {
            out.write(seal.seal(segment, true, buffer, filled));
        }
    }
}
