package org.masthead.render;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON that is safe to put inside an HTML page: {@code <}, {@code >} and {@code &} are written
 * as the escapes of their code points, 003c, 003e and 0026 (as Go's encoder and other careful
 * ones do by default), so a title holding {@code </script>} cannot end a script element it is
 * embedded in; U+2028 and U+2029, line ends to older JavaScript, are escaped too. The JSON
 * means the same to every parser. Every machine-readable file of the site is written with it.
 */
public final class HtmlSafeJson extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final int[] ASCII = standardAsciiEscapesForJSON();

    static {
        ASCII['<'] = ESCAPE_CUSTOM;
        ASCII['>'] = ESCAPE_CUSTOM;
        ASCII['&'] = ESCAPE_CUSTOM;
    }

    /** A mapper whose every writer escapes so. */
    public static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper();
        m.getFactory().setCharacterEscapes(new HtmlSafeJson());
        return m;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ASCII;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return switch (ch) {
            case '<' -> new SerializedString("\\u003c");
            case '>' -> new SerializedString("\\u003e");
            case '&' -> new SerializedString("\\u0026");
            case 0x2028 -> new SerializedString("\\u2028");
            case 0x2029 -> new SerializedString("\\u2029");
            default -> null;
        };
    }
}
