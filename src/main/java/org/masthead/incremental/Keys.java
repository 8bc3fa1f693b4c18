package org.masthead.incremental;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import org.masthead.incremental.Hashes;

/**
 * The key of an output file: a hash of everything it is made from. Template variables are
 * hashed in a canonical order (map keys sorted), so equal inputs give equal keys on every run.
 */
public final class Keys {
    private Keys() {
    }

    public static String of(String... parts) {
        Hashes.Hasher h = Hashes.hasher();
        for (String p : parts) {
            h.put(p);
        }
        return h.hex();
    }

    public static String ofVars(String salt, String template, Object vars) {
        Hashes.Hasher h = Hashes.hasher().put(salt).put(template);
        walk(h, vars);
        return h.hex();
    }

    private static void walk(Hashes.Hasher h, Object v) {
        if (v instanceof Map<?, ?> m) {
            h.putByte('{');
            for (Map.Entry<?, ?> e : new TreeMap<>(m).entrySet()) {
                h.put(String.valueOf(e.getKey()));
                walk(h, e.getValue());
            }
            h.putByte('}');
        } else if (v instanceof Collection<?> c) {
            h.putByte('[');
            for (Object o : c) {
                walk(h, o);
            }
            h.putByte(']');
        } else {
            h.put(v == null ? "\u0000null" : v.getClass().getSimpleName() + ":" + v);
        }
    }
}
