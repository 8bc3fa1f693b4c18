package org.masthead.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.masthead.model.Symbol;

/** {@link Symbol#parse} on anything: a symbol or a reason, never an exception; a symbol is canonical and safe as a path. */
class SymbolFuzzTest {
    private static final String SYMBOL_CHARS = "SAERTHCsa/0123456789.-()* IVXL\t";

    private static String symbolish(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> Fragments.text(r, 10);
            case 1 -> Fragments.mutate(r, Fragments.pick(r, Fragments.UN));
            default -> {
                StringBuilder sb = new StringBuilder();
                for (int i = r.nextInt(40); i > 0; i--) {
                    sb.append(SYMBOL_CHARS.charAt(r.nextInt(SYMBOL_CHARS.length())));
                }
                yield sb.toString();
            }
        };
    }

    @Test
    void parsesAnythingIntoACanonicalSymbolOrAReason() {
        int n = Fuzz.check("symbol", Fuzz.tries(20_000), SymbolFuzzTest::symbolish, SymbolFuzzTest::wellFormed);
        System.out.println("[fuzz] Symbol.parse: " + n + " inputs");
    }

    static void wellFormed(String raw) {
        Symbol.Result r = Symbol.parse(raw);
        assertNotNull(r);
        if (r.symbol().isEmpty()) {
            assertTrue(r.error() != null && !r.error().isBlank(), "a reason");
            return;
        }
        Symbol s = r.symbol().get();
        String text = s.text();
        assertTrue(text.length() <= Symbol.MAX_LENGTH, text);
        assertEquals(s, Symbol.parse(text).symbol().orElseThrow(), "canonical text parses to itself: " + text);
        assertEquals(text, text.strip());
        assertFalse(text.contains("..") || text.contains("//") || text.contains("\n"), text);
        assertTrue(text.chars().allMatch(c -> c < 128), "ASCII only, as it names folders: " + text);
        // Everything the site makes of a symbol is made without an exception.
        assertNotNull(s.organ());
        assertFalse(s.urlPath().contains(" ") || s.urlPath().startsWith("/") || s.urlPath().contains(".."), s.urlPath());
        assertNotNull(s.familyBase());
        assertNotNull(s.undocsUrl());
    }
}
