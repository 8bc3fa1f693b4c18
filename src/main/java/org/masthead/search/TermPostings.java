package org.masthead.search;

import java.util.Arrays;

/**
 * One term's postings while the index is built: document gaps and {@code tf << 2 | flags} as
 * variable-length bytes, about three bytes a posting, since BM25 weights need the average
 * document length that is known only at the end.
 */
final class TermPostings {
    private byte[] bytes = new byte[8];
    private int length;
    private int lastDoc = -1;
    private int count;

    void add(int doc, int tf, int flags) {
        put(doc - lastDoc - 1);
        put(tf << 2 | flags);
        lastDoc = doc;
        count++;
    }

    int count() {
        return count;
    }

    private void put(int n) {
        if (length + 5 > bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        while (n >= 0x80) {
            bytes[length++] = (byte) (n & 0x7f | 0x80);
            n >>>= 7;
        }
        bytes[length++] = (byte) n;
    }

    /** The postings as {@link Postings} text, with each tf turned into its BM25 impact. */
    String encode(int[] docLengths, double averageLength) {
        StringBuilder out = new StringBuilder(count * 2 + 4);
        int doc = -1;
        int[] pos = {0};
        for (int i = 0; i < count; i++) {
            int gap = next(pos);
            int tfFlags = next(pos);
            doc += gap + 1;
            int impact = Postings.impact(tfFlags >>> 2, docLengths[doc], averageLength);
            Postings.number(out, gap);
            Postings.number(out, impact << 2 | (tfFlags & 3));
        }
        return out.toString();
    }

    private int next(int[] pos) {
        int n = 0;
        int shift = 0;
        while (true) {
            byte b = bytes[pos[0]++];
            n |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return n;
            }
            shift += 7;
        }
    }
}
