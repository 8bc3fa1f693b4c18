package org.masthead.search;

/** Non-negative ints as variable-length bytes, seven bits a byte, low bits first: how postings wait in memory and on disk. */
final class VarInts {
    private VarInts() {
    }

    /** Writes {@code n} at {@code at} (room for five bytes needed); returns the position after it. */
    static int put(byte[] out, int at, int n) {
        while ((n & ~0x7f) != 0) {
            out[at++] = (byte) (n & 0x7f | 0x80);
            n >>>= 7;
        }
        out[at++] = (byte) n;
        return at;
    }

    /** Reads the number at {@code pos[0]} and moves {@code pos[0]} past it. */
    static int next(byte[] in, int[] pos) {
        int n = 0;
        int shift = 0;
        while (true) {
            byte b = in[pos[0]++];
            n |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return n;
            }
            shift += 7;
        }
    }
}
