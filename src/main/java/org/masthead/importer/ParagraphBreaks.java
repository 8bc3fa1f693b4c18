package org.masthead.importer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a paragraph of pdftotext output ends, which no blank line shows: a line ends its
 * paragraph when the next word would have fitted on it (the measure of its page tells), unless it
 * ends on a connector or a hyphen, or the next line goes on in lower case.
 */
final class ParagraphBreaks {

    private static final Pattern LABEL = Pattern.compile("\\p{Lu}[\\p{L}-]*(?: [\\p{L}-]+){0,2}:(?:\\s.*)?");
    /** The unit that did not fit on the line before: a number or a title travels with the word after it. */
    private static final Pattern UNIT = Pattern.compile("(?:(?:\\d+|H\\.E\\.|Mr\\.|Mrs\\.|Ms\\.|Dr\\.) )*\\S+");

    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?;:][\u201D\u2019\")]?");
    /** The participle that opens a preambular paragraph: "Recalling", "Reaffirming", "Noting with concern". */
    private static final Pattern PREAMBLE = Pattern.compile("\\p{Lu}\\p{Ll}{2,}ing(?: (?:also|further|again|with|that|its|the)\\b|,)");

    /** Words a line or a heading does not end on: the phrase goes on below. */
    static final Set<String> CONNECTORS = Set.of(
            "of", "the", "to", "and", "for", "on", "in", "from", "by", "with", "at", "a", "an", "its", "their",
            "or", "as", "that", "which", "under", "into", "between", "pursuant", "concerning", "dated", "his", "her");

    private ParagraphBreaks() {
    }

    /**
     * Per line, the length a line plus the next word must stay below for the line to end its
     * paragraph (the next word would have fitted): 90% of the measure of its page, since an
     * annexed report may be set wider than the letter.
     */
    static int[] breakBelow(List<Line> lines) {
        int whole = width(lines);
        int[] out = new int[lines.size()];
        int start = 0;
        for (int i = 1; i <= lines.size(); i++) {
            if (i == lines.size() || lines.get(i).pageStart()) {
                List<Line> page = lines.subList(start, i);
                int w = page.stream().filter(l -> l.text().strip().length() > 40).count() >= 4 ? width(page) : whole;
                for (int k = start; k < i; k++) {
                    out[k] = (int) (w * 0.9);
                }
                start = i;
            }
        }
        return out;
    }

    /** The measure of body text: the length most lines reach (the 80th percentile of lines over 40 characters). */
    private static int width(List<Line> lines) {
        int[] lengths = lines.stream().mapToInt(l -> l.text().strip().length()).filter(n -> n > 40).sorted().toArray();
        return lengths.length < 5 ? 80 : lengths[(int) (lengths.length * 0.8)];
    }

    /** Whether {@code after} starts a new paragraph of pdftotext output, {@code before} being the line above it. */
    static boolean ends(String before, String after, int limit) {
        // The unit that did not fit: a number or a title travels with the word after it ("23 mars",
        // "H.E. Mr. Karel"), as the typesetter binds them with no-break spaces.
        Matcher unit = UNIT.matcher(after);
        int nextWord = unit.lookingAt() ? unit.end() : after.length();
        // "as follows:" ends a paragraph; a label such as "Chair:" or "Vice-Chairs:" starts one.
        if (before.endsWith(":") && !Character.isLowerCase(after.charAt(0)) || LABEL.matcher(after).matches()) {
            return true;
        }
        // A quotation that opens after a finished sentence (a statement whose every paragraph is quoted),
        // and a resolution's preambular paragraph ("..., Recalling further ...") start a paragraph
        // however long the line above.
        if (SENTENCE_END.matcher(before).matches() && (after.startsWith("\u201C") || after.startsWith("\""))
                || before.endsWith(",") && PREAMBLE.matcher(after).lookingAt()) {
            return true;
        }
        if (before.length() + 1 + nextWord >= limit) {
            return false;
        }
        String lastWord = before.replaceAll(".*\\s", "").toLowerCase(Locale.ROOT);
        if (CONNECTORS.contains(lastWord) || before.endsWith("-")) {
            return false;
        }
        return !Character.isLowerCase(after.charAt(0));
    }
}
