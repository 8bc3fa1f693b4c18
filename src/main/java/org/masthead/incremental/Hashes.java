package org.masthead.incremental;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Content hashes for the build cache: CRC-32C and CRC-32 of the bytes plus their length, 96
 * bits in hex. Not cryptographic, and needn't be: it tells an edited file from an unedited one.
 * Both CRCs are CPU instructions in the JVM, several times faster than SHA-256 without C2,
 * which is what the launcher runs with.
 */
public final class Hashes {
    private Hashes() {
    }

    /** An incremental hash over several inputs, each delimited by its length. */
    public static final class Hasher {
        private static final char[] HEX = "0123456789abcdef".toCharArray();
        private final CRC32C a = new CRC32C();
        private final CRC32 b = new CRC32();
        private long length;

        public Hasher put(byte[] bytes) {
            putLength(bytes.length);
            a.update(bytes);
            b.update(bytes);
            length += bytes.length;
            return this;
        }

        public Hasher put(String s) {
            return put(s.getBytes(StandardCharsets.UTF_8));
        }

        public Hasher putByte(int v) {
            a.update(v);
            b.update(v);
            length++;
            return this;
        }

        private void putLength(int n) {
            putByte(n >>> 24).putByte(n >>> 16).putByte(n >>> 8).putByte(n);
        }

        /** 24 hex digits, by hand: String.format cost more than the hashing, for each of a build's files. */
        public String hex() {
            char[] out = new char[24];
            digits(out, 0, (int) a.getValue());
            digits(out, 8, (int) b.getValue());
            digits(out, 16, (int) length);
            return new String(out);
        }

        private static void digits(char[] out, int at, int v) {
            for (int i = 7; i >= 0; i--) {
                out[at + i] = HEX[v & 0xf];
                v >>>= 4;
            }
        }
    }

    public static Hasher hasher() {
        return new Hasher();
    }

    public static String of(byte[] bytes) {
        return new Hasher().put(bytes).hex();
    }

    public static String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }
}
