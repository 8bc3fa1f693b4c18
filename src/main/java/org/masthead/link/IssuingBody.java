package org.masthead.link;

import static org.masthead.link.Scan.collapseSpace;
import static org.masthead.link.Scan.regionEquals;
import static org.masthead.link.Scan.skipSpaceBack;
import static org.masthead.link.Scan.wordBefore;

import java.util.Optional;

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

    /** A body's name before a keyword ("" if none), and where the reference's text starts: at the name, or at the keyword. */
    record Name(String text, int start) {
    }

    /**
     * The name of the body written right before the keyword at {@code kw}, words apart by
     * {@code WS}, within {@link #BODY_REACH} characters and starting a word; or "" if none. The
     * same as finding {@code \\b(Security WS Council|...) WS $} in that stretch, without trying
     * the pattern at each of its characters.
     */
    static Name before(CharSequence text, int kw) {
        int floor = Math.max(0, kw - BODY_REACH);
        int end = skipSpaceBack(text, kw, floor);
        int start = bodyEndingAt(text, end, floor);
        if (start >= 0) {
            return new Name(collapseSpace(text.subSequence(start, end)), start);
        }
        // The pattern's $ also matched before one final line break: "Security Council\n\nresolution".
        // The name is read, but the link starts at the keyword: it cannot span two paragraphs.
        int t = beforeFinalBreak(text, kw, floor);
        int beforeBreak = t >= 0 ? skipSpaceBack(text, t, floor) : -1;
        int broken = t >= 0 ? bodyEndingAt(text, beforeBreak, floor) : -1;
        return new Name(broken >= 0 ? collapseSpace(text.subSequence(broken, beforeBreak)) : "", kw);
    }

    /** Where the name of a body that ends at {@code end} starts, or -1. */
    private static int bodyEndingAt(CharSequence text, int end, int floor) {
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
                return p;
            }
        }
        return -1;
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

    /** Decisions numbered by session ("General Assembly decision 68/505"); the Security Council numbers none. */
    static Optional<String> decisionRoot(String body) {
        return switch (body) {
            case "Security Council", "Economic and Social Council" -> Optional.empty();
            case "Human Rights Council" -> Optional.of("A/HRC/DEC/");
            default -> Optional.of("A/DEC/");
        };
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
