package org.masthead.search;

/**
 * The compact text form of postings, decoded by {@code search.js}: numbers as base-32 digits,
 * most significant first, where a digit from {@link #MORE} says another follows and one from
 * {@link #LAST} ends the number. Strings, not binary, because the index travels as script files
 * ({@code <script src>} is the one way to load data that works on {@code file://}).
 *
 * <p>A posting is two numbers: the gap from the previous document id, and
 * {@code impact << 2 | flags}, where impact is the document's BM25 term weight quantised to
 * 0-7 and flags are {@link #HEAD} (the term is in the symbol, title, subjects or type) and
 * {@link #OWN_SYMBOL} (the term is the document's own symbol). Most postings take two characters.
 */
final class Postings {
    static final String LAST = "0123456789abcdefghijklmnopqrstuv";
    static final String MORE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ()*+,-";
    static final int HEAD = 1;
    static final int OWN_SYMBOL = 2;
    static final double K1 = 1.2;
    static final double B = 0.75;

    private Postings() {
    }

    static void number(StringBuilder out, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative: " + n);
        }
        int shift = 0;
        while ((n >>> shift) >= 32) {
            shift += 5;
        }
        for (; shift > 0; shift -= 5) {
            out.append(MORE.charAt((n >>> shift) & 31));
        }
        out.append(LAST.charAt(n & 31));
    }

    /** BM25's term-frequency part, {@code tf (k1 + 1) / (tf + k1 (1 - b + b dl / avgdl))}, in 0-7. */
    static int impact(int tf, int length, double averageLength) {
        double w = tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / averageLength));
        return (int) Math.min(7, Math.floor(w / (K1 + 1) * 8));
    }

    /** A 32-bit FNV-1a hash of the UTF-16 units, as search.js computes it, to pick a term's shard. */
    static int hash(String s) {
        int h = 0x811c9dc5;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x01000193;
        }
        return h;
    }

    static int shard(String s, int shards) {
        return Integer.remainderUnsigned(hash(s), shards);
    }
}
