package org.masthead.link;

import static org.masthead.link.Scan.collapseSpace;
import static org.masthead.link.Scan.regionEquals;
import static org.masthead.link.Scan.skipSpaceBack;
import static org.masthead.link.Scan.wordBefore;

/**
 * The body named right before "resolution" ({@code General Assembly resolution 64/288}), and
 * the root its resolutions' symbols take.
 */
final class IssuingBody {
    private IssuingBody() {
    }

    /**
     * The bodies whose name may stand before the keyword ({@code General Assembly resolution 64/288}),
     * word by word: {@link #before} matches them backwards from the keyword.
     */
    private static final String[][] BODIES = {
            {"Security", "Council"}, {"General", "Assembly"}, {"Economic", "and", "Social", "Council"},
            {"Human", "Rights", "Council"}};
    /** How far before the keyword a body's name may start (the longest name, with line breaks). */
    private static final int BODY_REACH = 48;

    /**
     * The name of the body written right before the keyword at {@code kw}, words apart by
     * {@code WS}, within {@link #BODY_REACH} characters and starting a word; or "" if none. The
     * same as finding {@code \\b(Security WS Council|...) WS $} in that stretch, without trying
     * the pattern at each of its characters.
     */
    static String before(CharSequence text, int kw) {
        int floor = Math.max(0, kw - BODY_REACH);
        String name = bodyEndingAt(text, skipSpaceBack(text, kw, floor), floor);
        // The pattern's $ also matched before one final line break: "Security Council\n\nresolution".
        int t = beforeFinalBreak(text, kw, floor);
        return name.isEmpty() && t >= 0 ? bodyEndingAt(text, skipSpaceBack(text, t, floor), floor) : name;
    }

    private static String bodyEndingAt(CharSequence text, int end, int floor) {
        for (String[] words : BODIES) {
            int p = end;
            boolean matched = true;
            for (int w = words.length - 1; w >= 0 && matched; w--) {
                String word = words[w];
                int s = p - word.length();
                matched = s >= floor && regionEquals(text, s, word);
                p = w > 0 ? skipSpaceBack(text, s, floor) : s;
            }
            if (matched && !wordBefore(text, p, floor)) {
                return collapseSpace(text.subSequence(p, end));
            }
        }
        return "";
    }

    /** Where a line break that ends the text before {@code end} starts, or -1 (as {@code $} sees line breaks). */
    private static int beforeFinalBreak(CharSequence text, int end, int floor) {
        if (end - 2 >= floor && text.charAt(end - 2) == '\r' && text.charAt(end - 1) == '\n') {
            return end - 2;
        }
        if (end - 1 < floor) {
            return -1;
        }
        char c = text.charAt(end - 1);
        boolean lineBreak = c == '\n' ? !(end - 2 >= 0 && text.charAt(end - 2) == '\r')
                : c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
        return lineBreak ? end - 1 : -1;
    }

    static String resolutionRoot(String body) {
        return switch (body) {
            case "Economic and Social Council" -> "E/RES/";
            case "Human Rights Council" -> "A/HRC/RES/";
            case "Security Council" -> "S/RES/";
            default -> "A/RES/";
        };
    }
}
