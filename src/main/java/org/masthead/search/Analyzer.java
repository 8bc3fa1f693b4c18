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
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Analyzer() {
    }

    /** The normalised text: what terms are cut from, and what phrases are matched in. */
    public static String normalize(String text) {
        if (ascii(text)) {
            // The same result, without three normalisation passes: most text of an archive is ASCII.
            return text.toLowerCase(Locale.ROOT);
        }
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

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
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

    /** The words (and Chinese bigrams) of normalised text, in order. */
    static void words(String s, List<String> out) {
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            String word = m.group();
            int start = 0;
            while (start < word.length()) {
                boolean han = isHan(word.codePointAt(start));
                int end = start;
                while (end < word.length() && isHan(word.codePointAt(end)) == han) {
                    end += Character.charCount(word.codePointAt(end));
                }
                String run = word.substring(start, end);
                if (han) {
                    bigrams(run, out);
                } else {
                    out.add(run);
                }
                start = end;
            }
        }
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
