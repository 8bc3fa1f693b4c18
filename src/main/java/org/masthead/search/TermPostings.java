package org.masthead.search;

import java.util.Arrays;

/**
 * One term's postings while the index is built: document gaps and {@code tf << 2 | flags} as
 * variable-length bytes (seven bits a byte), about three bytes a posting, since BM25 weights need
 * the average document length that is known only at the end. The first gap counts from -1, so a
 * run's postings can be spilled alone and joined to the next run's later ({@link PostingsSpill}).
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

    int lastDoc() {
        return lastDoc;
    }

    int length() {
        return length;
    }

    byte[] bytes() {
        return bytes;
    }

    private void put(int n) {
        if (length + 5 > bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        length = VarInts.put(bytes, length, n);
    }

    /**
     * Postings as {@link Postings} text, each tf turned into its BM25 impact.
     *
     * @param bytes  {@code count} postings as this class writes them, the first gap from -1
     */
    static String encode(byte[] bytes, int from, int count, int[] docLengths, double averageLength) {
        StringBuilder out = new StringBuilder(count * 2 + 4);
        int doc = -1;
        int[] pos = {from};
        for (int i = 0; i < count; i++) {
            int gap = VarInts.next(bytes, pos);
            int tfFlags = VarInts.next(bytes, pos);
            doc += gap + 1;
            int impact = Postings.impact(tfFlags >>> 2, docLengths[doc], averageLength);
            Postings.number(out, gap);
            Postings.number(out, impact << 2 | (tfFlags & 3));
        }
        return out.toString();
    }
}
