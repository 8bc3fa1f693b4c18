package org.masthead.render;

import java.util.HashMap;
import java.util.Map;

/**
 * Maps for templates. Thymeleaf's OGNL cannot read {@code Map.of(...)} maps (their class is not
 * public), so template variables are always plain {@link HashMap}s.
 */
public final class Vars {
    private Vars() {
    }

    public static Map<String, Object> of(Object... keysAndValues) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
