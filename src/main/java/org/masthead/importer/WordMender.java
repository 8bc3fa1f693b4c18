package org.masthead.importer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends what the PDF extraction broke, only where a rule is safe: the document's own words are
 * the dictionary. A word split by a stray space ({@code ann ex}, {@code re solution}) is joined
 * only when the joined word occurs elsewhere in the document and one of the pieces occurs nowhere
 * else; a hyphen at a line end is dropped only when the word without it occurs elsewhere, and put
 * back in a compound joined without it ({@code GuineaBissau}) only when the document spells it with one.
 */
final class WordMender {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** A joint symbol whose dash pdftotext lost: {@code A/68/645S/2013/721}. */
    private static final Pattern LOST_DASH = Pattern.compile("\\b([A-Z]/\\d+/\\d+)(S/\\d{4}/\\d+)");

    /** A compound whose hyphen pdftotext dropped at a line end it then joined: {@code GuineaBissau}. */
    private static final Pattern LOST_HYPHEN = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+)(\\p{Lu}\\p{Ll}+)\\b");
    private static final Pattern COMPOUND = Pattern.compile("\\p{L}+-\\p{L}+");

    private final Map<String, Integer> words = new HashMap<>();
    private final Set<String> compounds = new HashSet<>();

    WordMender(List<Line> lines) {
        for (Line l : lines) {
            Matcher m = WORD.matcher(l.text());
            while (m.find()) {
                words.merge(m.group(), 1, Integer::sum);
            }
            Matcher c = COMPOUND.matcher(l.text());
            while (c.find()) {
                compounds.add(c.group());
            }
        }
    }

    /** Joins two lines of one paragraph. */
    String joinLines(String before, String after) {
        if (before.isEmpty()) {
            return after;
        }
        if (before.endsWith("-") && before.length() > 1 && Character.isLetter(before.charAt(before.length() - 2))
                && !after.isEmpty() && Character.isLetter(after.charAt(0))) {
            Matcher last = Pattern.compile("(\\p{L}+)-$").matcher(before);
            Matcher first = WORD.matcher(after);
            if (Character.isLowerCase(after.charAt(0)) && last.find() && first.lookingAt()
                    && words.getOrDefault(last.group(1) + first.group(), 0) > 0) {
                return before.substring(0, before.length() - 1) + after;
            }
            return before + after;
        }
        return before + " " + after;
    }

    private boolean joinable(String t, int aStart, int aEnd, int bStart, int bEnd) {
        String a = t.substring(aStart, aEnd);
        String b = t.substring(bStart, bEnd);
        boolean isolated = (aStart == 0 || !isWordish(t.charAt(aStart - 1)))
                && (bEnd == t.length() || !isWordish(t.charAt(bEnd)));
        if (!isolated || !Character.isLowerCase(b.charAt(0)) || b.length() == 1 || a.length() == 1 && !a.equals("t")) {
            return false;
        }
        String joined = a + b;
        boolean known = words.getOrDefault(joined, 0) > 0;
        boolean pieceUnknown = words.getOrDefault(a, 0) <= 1 || words.getOrDefault(b, 0) <= 1;
        return known && pieceUnknown && joined.length() >= 4;
    }

    private static boolean isWordish(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '/';
    }

    /** Mends one finished paragraph. */
    String mend(String text) {
        String t = text.replaceAll("(?<=\\p{L}) ([,;])(?= )", "$1")
                .replaceAll("(?<=\\p{L}) -(?=\\p{Lu}\\p{Ll})", "-");
        t = LOST_DASH.matcher(t).replaceAll("$1-$2");
        // "GuineaBissau" only where the document itself spells "Guinea-Bissau".
        t = LOST_HYPHEN.matcher(t).replaceAll(r -> Matcher.quoteReplacement(
                compounds.contains(r.group(1) + "-" + r.group(2)) ? r.group(1) + "-" + r.group(2) : r.group()));
        // Words and the gaps between them; a pair is tested before it is consumed, so "the ann ex" finds "ann ex".
        Matcher w = WORD.matcher(t);
        StringBuilder sb = new StringBuilder();
        int copied = 0;
        int prevStart = -1;
        int prevEnd = -1;
        while (w.find()) {
            if (prevEnd >= 0 && w.start() == prevEnd + 1 && t.charAt(prevEnd) == ' '
                    && joinable(t, prevStart, prevEnd, w.start(), w.end())) {
                sb.append(t, copied, prevEnd);
                copied = prevEnd + 1;
                prevEnd = -1;
                continue;
            }
            prevStart = w.start();
            prevEnd = w.end();
        }
        sb.append(t.substring(copied));
        return sb.toString();
    }
}
