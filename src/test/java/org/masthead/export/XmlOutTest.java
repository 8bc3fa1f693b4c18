package org.masthead.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The XML writer of the AKN files: what it escapes, what XML 1.0 cannot hold, and text written from part of a string. */
class XmlOutTest {
    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    @Test
    void escapesMarkupAndLeavesOutWhatXmlCannotHold() {
        String text = "a < b & \"c\" > d\te\rf\u0001g\uD83D\uDE00h\uD83Di\uDE00j\uFFFEk";
        assertEquals(HEADER + "a &lt; b &amp; \"c\" &gt; d\te fg\uD83D\uDE00hijk", new XmlOut().text(text).toString());
        assertEquals(HEADER + "<x v=\"a &lt; b &amp; &quot;c&quot; &gt; d e fg\uD83D\uDE00hijk\"/>\n",
                new XmlOut().empty("x", "v", text).toString());
    }

    @Test
    void indentsTwoSpacesALevelAtAnyDepth() {
        XmlOut out = new XmlOut();
        for (int i = 0; i < 40; i++) {
            out.open("e");
        }
        out.empty("leaf");
        String xml = out.toString();
        assertEquals("  ".repeat(40) + "<leaf/>", xml.substring(xml.lastIndexOf('\n', xml.length() - 2) + 1, xml.length() - 1));
    }

    /** Part of a string is written as that part alone would be: a surrogate whose other half lies outside is left out. */
    @Test
    void textFromPartOfAStringIsThatPartsText() {
        char[] alphabet = {'a', ' ', '<', '&', '"', '\n', '\r', '\u0001', '\uD83D', '\uDE00', '\uFFFF', '\u00e9', '\u4e00'};
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                sb.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = sb.toString();
            int from = random.nextInt(s.length() + 1);
            int to = from + random.nextInt(s.length() - from + 1);
            assertEquals(new XmlOut().text(s.substring(from, to)).toString(), new XmlOut().text(s, from, to).toString(),
                    () -> s.chars().mapToObj(Integer::toHexString).toList() + " from " + from + " to " + to);
        }
    }

    /** The bytes are the text's UTF-8, whether all of it is ASCII or not. */
    @Test
    void bytesAreTheUtf8OfTheText() {
        char[] alphabet = {'a', '<', '"', '\n', '\u007f', '\u0080', '\u00e9', '\u00ff', '\u0100', '\u4e00', '\uD83D', '\uDE00'};
        Random random = new Random(12);
        for (int n = 0; n < 5_000; n++) {
            XmlOut out = new XmlOut();
            out.open("root", "a", "b");
            for (int part = random.nextInt(4); part >= 0; part--) {
                StringBuilder sb = new StringBuilder();
                for (int i = random.nextInt(8); i > 0; i--) {
                    sb.append(alphabet[random.nextInt(alphabet.length)]);
                }
                if (random.nextBoolean()) {
                    out.start("p").text(sb.toString()).end("p");
                } else {
                    out.empty("e", "v", sb.toString());
                }
            }
            out.close("root");
            assertArrayEquals(out.toString().getBytes(StandardCharsets.UTF_8), out.bytes(), out::toString);
        }
    }
}
