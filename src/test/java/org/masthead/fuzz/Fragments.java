package org.masthead.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Text made of the pieces hostile and broken content is made of: the words of UN documents
 * (symbols, resolutions, dates, mastheads), the characters YAML and Markdown give meaning to,
 * whitespace and line ends of every kind, and odd Unicode. Random characters alone would almost
 * never reach past the first check of a parser; these pieces reach its corners.
 */
final class Fragments {
    private Fragments() {
    }

    static final List<String> UN = List.of("S/2014/660", "S/RES/2164 (2014)", "S/RES/", "A/RES/68/262", "A/ES-11/L.1/Add.1",
            "S/PRST/2014/2", "S/PV.7259", "E/CN.6/2014/15", "ST/SGB/2014/1", "A/RES/1514 (XV)", "S/2014/105*", "/Add.",
            "/Corr.1", "/Rev.3", "/Summary", "resolution ", "resolutions ", "General Assembly ", "Security Council ",
            "decision ", " and ", ", ", "(2014)", "(1999)", " (", ")", "2164", "64/288", "1267", "Add.1", "and Corr.1",
            "letter dated 11 September 2014", "Distr.: General", "Original: English", "12 September 2014",
            "United Nations", "14-60818 (E)", "*1460818*", "(Signed) BAN Ki-moon", "Annex", "Enclosure", "Page 2",
            "Sixty-eighth session", "Agenda item 12", "S/", "A/", "/", "-", ".", "S/2014/", "16 March", " of ");
    static final List<String> SYNTAX = List.of(":", ": ", "- ", "  ", "\t", "[", "]", "{", "}", ",", "'", "\"", "#", "&a ",
            "*a ", "!!str ", "!!binary ", "? ", "|", ">", "---", "...", "%YAML 1.2", "\\", "\\u", "<script>", "</script>",
            "<!--", "](javascript:x)", "*", "_", "`", "```", "> ", "1. ", "## ", "[^1]", "|---|", "~~", "&amp;", "%",
            "null", "~", "true", "0x1F", "1e999", "2014-02-30", "2014-09-12", "-1", "9999999999999999999999");
    static final List<String> SPACE = List.of("\n", "\r\n", "\r", " ", "\u00a0", "\u2028", "\u2029", "\u200b", "\ufeff",
            "\u0000", "\u0007", "\u001b[0m", "\n\n", "\n  ", "\n    ");
    static final List<String> ODD = List.of("é", "中文", "العربية", "Русский", "\ud83d\ude00", "\ud800", "\udfff", "ﬁ",
            "\u202e", "\u0301", "Ｓ／２０１４", "−", "–", "—", "\u2011");
    static final List<String> KEYS = List.of("symbol", "title", "date", "distribution", "type", "original", "language",
            "also", "organ", "session", "agenda", "from", "to", "signatories", "annexes", "references", "subjects",
            "reissued", "adopted", "jobs", "undl", "source", "meeting", "vote", "name", "role", "unknown", "<<");

    /** One piece of any kind, most often a UN word or a syntax character. */
    static String piece(Random r) {
        int kind = r.nextInt(17);
        if (kind < 4) {
            return pick(r, UN);
        } else if (kind < 8) {
            return pick(r, SYNTAX);
        } else if (kind < 11) {
            return pick(r, SPACE);
        } else if (kind < 12) {
            return pick(r, ODD);
        } else if (kind < 13) {
            return "\n" + pick(r, KEYS) + ": ";
        } else if (kind < 15) {
            return Integer.toString(r.nextInt(100_000));
        }
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(8); i > 0; i--) {
            sb.append((char) (r.nextBoolean() ? 32 + r.nextInt(95) : r.nextInt(0x3000)));
        }
        return sb.toString();
    }

    /** Text of up to {@code max} pieces. */
    static String text(Random r, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(max + 1); i > 0; i--) {
            sb.append(piece(r));
        }
        return sb.toString();
    }

    /** The text with a few pieces put in, taken out or swapped at random places: breaks what is nearly right. */
    static String mutate(Random r, String text) {
        StringBuilder sb = new StringBuilder(text);
        for (int i = 1 + r.nextInt(4); i > 0; i--) {
            int at = r.nextInt(sb.length() + 1);
            switch (r.nextInt(3)) {
                case 0 -> sb.insert(at, piece(r));
                case 1 -> sb.delete(at, Math.min(sb.length(), at + 1 + r.nextInt(12)));
                default -> {
                    int from = r.nextInt(sb.length() + 1);
                    int len = Math.min(r.nextInt(40), sb.length() - from);
                    sb.insert(at, sb.substring(from, from + len));
                }
            }
        }
        return sb.toString();
    }

    static String pick(Random r, List<String> list) {
        return list.get(r.nextInt(list.size()));
    }
}
