package org.masthead.serve;

import java.util.Locale;
import java.util.regex.Pattern;

/** The Host header values that name this machine's loopback address, with or without a port. */
final class LoopbackHost {
    private static final Pattern LOOPBACK = Pattern.compile("(localhost|127\\.0\\.0\\.1|\\[::1\\])(:\\d{1,5})?");

    private LoopbackHost() {
    }

    static boolean is(String host) {
        return LOOPBACK.matcher(host.strip().toLowerCase(Locale.ROOT)).matches();
    }
}
