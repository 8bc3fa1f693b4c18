package org.masthead.importer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
    /** The words that name a document before its number, in the references the finder reads. */
    private static final Set<String> KEYWORDS = Set.of("resolution", "resolutions", "decision", "decisions");
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

    /**
     * Appends a line to the paragraph built so far. Looks only at the paragraph's last word, so
     * that a paragraph of n lines costs O(n), not O(n^2).
     */
    void joinLines(StringBuilder paragraph, String after) {
        int end = paragraph.length();
        if (end == 0) {
            paragraph.append(after);
            return;
        }
        if (end > 1 && paragraph.charAt(end - 1) == '-' && Character.isLetter(paragraph.charAt(end - 2))
                && !after.isEmpty() && Character.isLetter(after.charAt(0))) {
            int start = end - 1;
            while (start > 0 && Character.isLetter(paragraph.charAt(start - 1))) {
                start--;
            }
            Matcher first = WORD.matcher(after);
            if (Character.isLowerCase(after.charAt(0)) && first.lookingAt()
                    && words.getOrDefault(paragraph.substring(start, end - 1) + first.group(), 0) > 0) {
                paragraph.setLength(end - 1);
            }
            paragraph.append(after);
            return;
        }
        paragraph.append(' ').append(after);
    }

    /**
     * Two pieces split by a stray space join when the whole is a word (of the document or of the
     * {@link Dictionary}) and the split is evident: a piece is no word at all ("intenti on",
     * "resolutio n"), or, as before the dictionary, the document uses the whole elsewhere and a
     * piece nowhere else ("re solution"). Two real words ("any way") stay apart.
     */
    private boolean joinable(String t, int aStart, int aEnd, int bStart, int bEnd) {
        String a = t.substring(aStart, aEnd);
        String b = t.substring(bStart, bEnd);
        boolean isolated = (aStart == 0 || !isWordish(t.charAt(aStart - 1)))
                && (bEnd == t.length() || !isWordish(t.charAt(bEnd)));
        String joined = a + b;
        if (!isolated || !Character.isLowerCase(b.charAt(0)) || joined.length() < 4) {
            return false;
        }
        if (KEYWORDS.contains(joined.toLowerCase(Locale.ROOT)) && numberFollows(t, bEnd)) {
            // "General Assembly re solution 64/288": a symbol keyword before its number, whatever the pieces.
            return true;
        }
        boolean inDocument = words.getOrDefault(joined, 0) > 0;
        if (Dictionary.contains(joined) && (!Dictionary.contains(a) || !Dictionary.contains(b))) {
            return true;
        }
        boolean pieceUnknown = words.getOrDefault(a, 0) <= 1 || words.getOrDefault(b, 0) <= 1;
        return inDocument && pieceUnknown && b.length() > 1 && (a.length() > 1 || a.equals("t"));
    }

    private static boolean numberFollows(String t, int end) {
        int i = end;
        while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\n')) {
            i++;
        }
        return i > end && i < t.length() && Character.isDigit(t.charAt(i));
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
