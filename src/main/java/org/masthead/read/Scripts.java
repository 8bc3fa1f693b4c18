package org.masthead.read;

import java.lang.Character.UnicodeScript;
import java.nio.file.Path;
import java.util.Locale;

import org.masthead.diag.Diagnostics;
import org.masthead.model.Language;

/**
 * Warns when a body's letters plainly do not belong to its declared language: an {@code .ar.md}
 * written in Latin letters, a {@code .zh.md} without Han, a {@code .fr.md} in Cyrillic. Only
 * letters count (symbols, digits and punctuation are alike in every version), and a body with
 * few letters is never judged: a short note or a table of figures says nothing about its script.
 */
final class Scripts {
    /** Below this many letters a body is not judged. */
    static final int MIN_LETTERS = 40;

    private Scripts() {
    }

    static void check(String body, Language language, Path file, int bodyLine, Diagnostics diagnostics) {
        UnicodeScript expected = scriptOf(language);
        int letters = 0;
        int latin = 0;
        int[] others = new int[UnicodeScript.values().length];
        for (int i = 0; i < body.length(); ) {
            int c = body.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                // Most bodies are ASCII: the common case costs a comparison, not a script lookup.
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                    letters++;
                    latin++;
                }
            } else if (Character.isLetter(c)) {
                letters++;
                others[UnicodeScript.of(c).ordinal()]++;
            }
        }
        others[UnicodeScript.LATIN.ordinal()] += latin;
        int matching = others[expected.ordinal()];
        // "Plainly": fewer than half the letters are of the language's script.
        if (letters < MIN_LETTERS || matching * 2 >= letters) {
            return;
        }
        UnicodeScript most = UnicodeScript.LATIN;
        for (UnicodeScript s : UnicodeScript.values()) {
            if (others[s.ordinal()] > others[most.ordinal()]) {
                most = s;
            }
        }
        diagnostics.warning(file, bodyLine, 1, "the body is written mostly in " + name(most) + " letters ("
                        + others[most.ordinal()] + " of " + letters + "), while this version's language is '"
                        + language.code() + "' (" + language.englishName() + ", written in " + name(expected) + ")",
                "check the language in the file name or in 'language:', and that this file holds that version's text");
    }

    static UnicodeScript scriptOf(Language language) {
        return switch (language) {
            case AR -> UnicodeScript.ARABIC;
            case ZH -> UnicodeScript.HAN;
            case RU -> UnicodeScript.CYRILLIC;
            case EN, FR, ES -> UnicodeScript.LATIN;
        };
    }

    private static String name(UnicodeScript s) {
        String n = s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
