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

        public String hex() {
            return String.format("%08x%08x%08x", a.getValue(), b.getValue(), length & 0xffffffffL);
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
