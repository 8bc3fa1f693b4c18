package org.masthead.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text to search terms, exactly as {@code templates/assets/search.js} does it in the browser:
 * both are tested against the one table in {@code src/test/resources/search/analysis.tsv}.
 * Every step is one that both languages have built in, so the two cannot drift:
 *
 * <ol>
 *   <li>NFKC, lower case (locale-independent), then NFD with every combining mark removed
 *       (accents, ё to е, Arabic harakat and the hamza above or below a carrier), then NFC;</li>
 *   <li>Arabic letters whose variants readers do not distinguish: alef wasla to alef, teh marbuta
 *       to heh, alef maksura to yeh, tatweel removed, Arabic-Indic digits to 0-9;</li>
 *   <li>words are runs of letters and digits; within a word, a run of Han characters gives its
 *       overlapping bigrams (a single character stays itself), as Lucene's CJKBigramFilter does,
 *       so any Chinese word of two or more characters is found without a dictionary;</li>
 *   <li>UN symbols give one more term each, after the words: {@code S/RES/2164 (2014)} and
 *       {@code 2164 (2014)} both give {@code s/res/2164(2014)}. Symbol terms hold a slash, so
 *       they never collide with words.</li>
 * </ol>
 */
public final class Analyzer {
    /** A symbol: a series letter group, then slash-separated parts, one holding a digit; an optional (year) or (session). */
    static final Pattern SYMBOL = Pattern.compile(
            "(?<![a-z0-9/.\\-])([a-z]{1,6}(?:/[a-z0-9][a-z0-9.\\-]*)+)(?:[ \\t\\n\\r]?(\\((?:\\d{4}|[ivxlc]+)\\)))?");
    /** A Security Council resolution cited by number and year alone: {@code 2164 (2014)}. */
    static final Pattern RESOLUTION = Pattern.compile("(?<![a-z0-9/.\\-])(\\d{1,4})[ \\t\\n\\r]?\\((19[4-9]\\d|20\\d\\d)\\)");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Analyzer() {
    }

    /** The normalised text: what terms are cut from, and what phrases are matched in. */
    public static String normalize(String text) {
        if (ascii(text, 0, text.length())) {
            // The same result, without three normalisation passes: most text of an archive is ASCII.
            return text.toLowerCase(Locale.ROOT);
        }
        // Line by line, and within a line word by word: every step gives the same across a space or a
        // newline (nothing composes with them, and they end a word for the final sigma of lower
        // case), so only the words that are not ASCII take the slow way.
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        int n = text.length();
        while (start < n) {
            int end = start;
            while (end < n && text.charAt(end) != ' ' && text.charAt(end) != '\n') {
                end++;
            }
            if (ascii(text, start, end)) {
                for (int i = start; i < end; i++) {
                    char c = text.charAt(i);
                    out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
                }
            } else {
                out.append(normalizeSlowly(text.substring(start, end)));
            }
            if (end < n) {
                out.append(text.charAt(end));
            }
            start = end + 1;
        }
        return out.toString();
    }

    /** NFKC, lower case, marks removed, NFC, the Arabic letters mapped: the whole analysis of step 1 and 2. */
    static String normalizeSlowly(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u0671' -> sb.append('\u0627');
                case '\u0629' -> sb.append('\u0647');
                case '\u0649' -> sb.append('\u064A');
                case '\u0640' -> { }
                default -> {
                    if (c >= '\u0660' && c <= '\u0669') {
                        sb.append((char) ('0' + c - '\u0660'));
                    } else if (c >= '\u06F0' && c <= '\u06F9') {
                        sb.append((char) ('0' + c - '\u06F0'));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static boolean ascii(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Every term of the text: words in order, then symbols in order. */
    public static List<String> terms(String text) {
        String s = normalize(text);
        List<String> out = new ArrayList<>();
        words(s, out);
        out.addAll(symbols(s));
        return out;
    }

    /**
     * The words (and Chinese bigrams) of normalised text, in order: runs of {@code [\p{L}\p{N}]},
     * found by hand rather than by a regular expression, with ASCII, most of an archive's text,
     * decided without a Unicode table.
     */
    static void words(String s, List<String> out) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            if (!wordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            // A run of one kind, Han or not, inside a word.
            boolean han = cp >= 0x80 && isHan(cp);
            int start = i;
            int end = i;
            while (end < n) {
                int c = s.codePointAt(end);
                if (!wordChar(c) || (c >= 0x80 && isHan(c)) != han) {
                    break;
                }
                end += Character.charCount(c);
            }
            if (han) {
                bigrams(s.substring(start, end), out);
            } else {
                out.add(s.substring(start, end));
            }
            i = end;
        }
    }

    /** {@code [\p{L}\p{N}]}: a letter or any kind of number. */
    static boolean wordChar(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9' || cp >= 'A' && cp <= 'Z';
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static void bigrams(String run, List<String> out) {
        int[] cps = run.codePoints().toArray();
        if (cps.length == 1) {
            out.add(run);
            return;
        }
        for (int i = 0; i + 1 < cps.length; i++) {
            out.add(new String(cps, i, 2));
        }
    }

    /**
     * Where the run of characters in {@code lo..hi} that ends at {@code end} starts, if it is 1 to
     * {@code max} long and starts at or after {@code from}; else -1. A pattern whose lookbehind
     * forbids such a character before it can only start there.
     */
    private static int runStart(String s, int end, char lo, char hi, int max, int from) {
        int p = end;
        while (p > 0 && s.charAt(p - 1) >= lo && s.charAt(p - 1) <= hi) {
            p--;
            if (end - p > max) {
                return -1;
            }
        }
        return p < end && p >= from ? p : -1;
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** The symbol terms of normalised text, in order of where they start. */
    static List<String> symbols(String s) {
        List<int[]> at = new ArrayList<>();
        List<String> found = new ArrayList<>();
        // The patterns are tried only where they can start (the letters before a '/', the digits
        // before a '('): the same matches as find(), which would try every character of every text.
        Matcher m = SYMBOL.matcher(s).useTransparentBounds(true);
        int from = 0;
        for (int slash = s.indexOf('/'); slash >= 0; slash = s.indexOf('/', Math.max(slash + 1, from))) {
            int start = runStart(s, slash, 'a', 'z', 6, from);
            if (start >= 0 && m.region(start, s.length()).lookingAt()) {
                from = m.end();
                String body = m.group(1).replaceAll("[.\\-]+$", "");
                if (body.chars().anyMatch(c -> c >= '0' && c <= '9')) {
                    at.add(new int[] {m.start(), found.size()});
                    found.add(body + (m.group(2) == null ? "" : m.group(2)));
                }
            }
        }
        Matcher r = RESOLUTION.matcher(s).useTransparentBounds(true);
        from = 0;
        for (int paren = s.indexOf('('); paren >= 0; paren = s.indexOf('(', Math.max(paren + 1, from))) {
            int digitsEnd = paren > 0 && " \t\n\r".indexOf(s.charAt(paren - 1)) >= 0 ? paren - 1 : paren;
            int start = runStart(s, digitsEnd, '0', '9', 4, from);
            if (start >= 0 && r.region(start, s.length()).lookingAt()) {
                from = r.end();
                at.add(new int[] {r.start(), found.size()});
                found.add("s/res/" + r.group(1) + "(" + r.group(2) + ")");
            }
        }
        at.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<String> out = new ArrayList<>(found.size());
        for (int[] a : at) {
            out.add(found.get(a[1]));
        }
        return out;
    }
}
