package org.masthead.link;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/** Text of flexmark sequences as plain strings, cheaply. */
public final class Chars {
    private Chars() {
    }

    /**
     * The same string as {@code seq.toString()}. flexmark builds that one character at a time;
     * a plain slice of a {@code String} source is one copy. A slice holding NUL is built the slow
     * way, since flexmark reads NUL as U+FFFD.
     */
    public static String string(BasedSequence seq) {
        if (seq instanceof SubSequence && seq.getBase() instanceof String source) {
            String s = source.substring(seq.getStartOffset(), seq.getEndOffset());
            if (s.indexOf('\0') < 0) {
                return s;
            }
        }
        return seq.toString();
    }
}
