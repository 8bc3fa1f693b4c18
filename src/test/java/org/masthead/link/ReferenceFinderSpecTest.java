package org.masthead.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The reference finder's hand-written scanners against the regular expressions their Javadoc
 * says they implement, on generated text made of the pieces that matter (roots, slashes, digits,
 * years in parentheses, spaces and line breaks, body names, stray letters): a differential test.
 */
class ReferenceFinderSpecTest {

    private static final String[] PIECES = {
        "S", "A", "/", "/", "2014", "RES", "RES/", "660", " ", " ", "\n", "\r\n", "\t", "(", ")", "(2014)", " (2014)",
        "(201", "*", ".", "-", "Add.1", "a", "é", "x_", "Security", "Council", "General", "Assembly", "Economic", "and",
        "Social", "Human", "Rights", ",", "resolution", "Xsecurity", "\u00A0"};
    private static final int TEXTS = 100_000;

    /** ReferenceFinder.bareEnd's Javadoc. */
    private static final Pattern BARE = Pattern.compile("/[A-Za-z0-9][A-Za-z0-9.\\-/]*(?:\\s?\\(\\d{4}\\))?\\*?");
    /** IssuingBody.before's Javadoc, with WS as the finder defines it. */
    private static final String WS = "[ \\t]*(?:\\r?\\n[ \\t]*)?";
    private static final Pattern BODY = Pattern.compile("\\b(Security" + WS + "Council|General" + WS + "Assembly|Economic"
            + WS + "and" + WS + "Social" + WS + "Council|Human" + WS + "Rights" + WS + "Council)" + WS + "$", Pattern.UNICODE_CHARACTER_CLASS);

    @Test
    void bareEndMatchesItsPattern() {
        Random random = new Random(20261129);
        int slashes = 0;
        int symbols = 0;
        for (int n = 0; n < TEXTS; n++) {
            String text = text(random);
            Scan scan = new Scan(text, List.of());
            for (int slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
                Matcher m = BARE.matcher(text).region(slash, text.length());
                int expected = m.lookingAt() ? m.end() : -1;
                assertEquals(expected, ReferenceFinder.bareEnd(scan, slash), () -> "in '" + text + "'");
                slashes++;
                symbols += expected > 0 ? 1 : 0;
            }
        }
        System.out.printf("[spec] bareEnd agreed with its pattern at %d slashes (%d matched) in %d texts%n",
                slashes, symbols, TEXTS);
        assertTrue(symbols > 1000, "the generated texts hold symbols: " + symbols);
    }

    @Test
    void issuingBodyMatchesItsPattern() {
        Random random = new Random(11);
        int keywords = 0;
        int named = 0;
        for (int n = 0; n < TEXTS; n++) {
            String text = text(random) + named(random) + "resolution";
            int kw = text.length() - "resolution".length();
            int floor = Math.max(0, kw - 48);
            Matcher m = BODY.matcher(text).region(floor, kw);
            String expected = m.find() ? m.group(1).replaceAll("\\s+", " ") : "";
            assertEquals(expected, IssuingBody.before(text, kw).text(), () -> "before '" + text + "'");
            keywords++;
            named += expected.isEmpty() ? 0 : 1;
        }
        System.out.printf("[spec] IssuingBody.before agreed with its pattern before %d keywords (%d named a body)%n",
                keywords, named);
        assertTrue(named > 10_000, "the generated texts name bodies: " + named);
    }

    private static final String[][] BODIES = {{"Security", "Council"}, {"General", "Assembly"},
        {"Economic", "and", "Social", "Council"}, {"Human", "Rights", "Council"}, {"Security", "Counci"}};
    private static final String[] GAPS = {" ", "  ", "\n", " \n ", "\r\n", "\n\n", "\t", "\u00A0", ""};

    /** Half the time a body's name, its words apart by any kind of gap, and a gap before the keyword. */
    private static String named(Random random) {
        if (random.nextBoolean()) {
            return GAPS[random.nextInt(GAPS.length)];
        }
        StringBuilder sb = new StringBuilder();
        for (String word : BODIES[random.nextInt(BODIES.length)]) {
            sb.append(word).append(GAPS[random.nextInt(GAPS.length)]);
        }
        return sb.toString();
    }

    private static String text(Random random) {
        StringBuilder sb = new StringBuilder();
        int pieces = 1 + random.nextInt(12);
        for (int i = 0; i < pieces; i++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }
}
