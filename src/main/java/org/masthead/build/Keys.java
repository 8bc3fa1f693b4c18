package org.masthead.build;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import org.masthead.cache.Hashes;

/**
 * The key of an output file: a hash of everything it is made from. Template variables are
 * hashed in a canonical order (map keys sorted), so equal inputs give equal keys on every run.
 */
final class Keys {
    private Keys() {
    }

    static String of(String... parts) {
        MessageDigest md = Hashes.sha256();
        for (String p : parts) {
            update(md, p);
        }
        return Hashes.hex(md.digest());
    }

    static String ofVars(String salt, String template, Object vars) {
        MessageDigest md = Hashes.sha256();
        update(md, salt);
        update(md, template);
        walk(md, vars);
        return Hashes.hex(md.digest());
    }

    private static void walk(MessageDigest md, Object v) {
        if (v instanceof Map<?, ?> m) {
            md.update((byte) '{');
            for (Map.Entry<?, ?> e : new TreeMap<>(m).entrySet()) {
                update(md, String.valueOf(e.getKey()));
                walk(md, e.getValue());
            }
            md.update((byte) '}');
        } else if (v instanceof Collection<?> c) {
            md.update((byte) '[');
            for (Object o : c) {
                walk(md, o);
            }
            md.update((byte) ']');
        } else {
            update(md, v == null ? "\u0000null" : v.getClass().getSimpleName() + ":" + v);
        }
    }

    private static void update(MessageDigest md, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        md.update((byte) (b.length >>> 24));
        md.update((byte) (b.length >>> 16));
        md.update((byte) (b.length >>> 8));
        md.update((byte) b.length);
        md.update(b);
    }
}
