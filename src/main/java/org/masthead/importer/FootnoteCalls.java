package org.masthead.importer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a footnote is called in the text of its page and puts the Markdown mark
 * {@code [^key]} there. A call is printed as a superscript, which pdftotext writes either set
 * apart ({@code region. 1 The}) or glued to what it follows ({@code Agreement1}, {@code Iran.3},
 * {@code 2014;66}, {@code peaceful". 6,7}); a star ({@code *}, {@code **}) calls a note too.
 */
final class FootnoteCalls {

    /** Closing punctuation a call may follow. */
    private static final String CLOSE = "[.,;:)\\]\u201D\u2019\"]";
    /** A number before a month is a day ("on 8 and 9 February"), never a call. */
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December)\\b";
    /** A mark already placed, so "6,7" becomes two calls. */
    private static final String PLACED = "\\[\\^[^\\]\\s]{1,12}],?";

    private FootnoteCalls() {
    }

    /**
     * Marks the call of {@code note} in {@code body}; {@code lastCall} holds the line of the page's
     * previous call, from which the looser patterns search (calls come in the order of the notes).
     *
     * @return true when the call was found and marked
     */
    static boolean place(List<Line> body, Footnote note, int[] lastCall) {
        if (note.label().startsWith("*")) {
            return placeStar(body, note, body.size());
        }
        List<Pattern> patterns = numberPatterns(note.label());
        // The most trusted form is looked for over the whole page; the others from the previous
        // call on, the first one in the text winning ("period.9" before "on 9 February").
        if (mark(body, List.of(patterns.get(0)), 0, note, lastCall)) {
            return true;
        }
        return mark(body, patterns.subList(1, patterns.size()), lastCall[0], note, lastCall);
    }

    private static boolean mark(List<Line> body, List<Pattern> patterns, int from, Footnote note, int[] lastCall) {
        for (int i = from; i < body.size(); i++) {
            Line l = body.get(i);
            Matcher first = null;
            for (Pattern p : patterns) {
                Matcher m = p.matcher(l.text());
                if (m.find() && (first == null || m.start() < first.start())) {
                    first = m;
                }
            }
            if (first != null) {
                String t = l.text().substring(0, first.start()) + "[^" + note.key() + "]" + l.text().substring(first.end());
                body.set(i, l.withText(t));
                lastCall[0] = i;
                return true;
            }
        }
        return false;
    }

    /**
     * In order of trust: set apart after punctuation or a year, the first on the page; set apart
     * after a word ({@code resolutions 2 are}, {@code PFEP, 21and}); glued to a word in lower case
     * or to punctuation ({@code reactor10 (see}, {@code Iran.3 The}), never to a capital
     * ({@code UF6}), a hyphen ({@code IR-40}), a unit ({@code km2}) or into a decimal ({@code 22.9}).
     */
    private static List<Pattern> numberPatterns(String label) {
        String n = Pattern.quote(label);
        String notDecimal = "(?![\\d%]|[.,]\\d)";
        return List.of(
                Pattern.compile("(?<=" + CLOSE + "|\\b\\d{4})\\s+" + n + "(?=\\s|$|,\\d{1,3}(?:\\s|$))"),
                Pattern.compile("(?<=\\p{L}" + CLOSE + "?)\\s" + n + "(?!(?:st|nd|rd|th)\\b|\\s+" + MONTH + ")"
                        + "(?=\\s+\\p{L}|\\p{L}|\\(|$)"),
                Pattern.compile("(?<!\\b(?:k|c|m)?m)(?<=\\p{Ll}|\\p{L}" + CLOSE + "|[\u201D\u2019\"]" + CLOSE
                        + "|\\b\\d{4}[.,;:]|" + PLACED + ")" + n + notDecimal + "(?=[\\s,.;:(]|$|\\p{Lu})"));
    }

    /**
     * Marks the call of a star note, the last one above line {@code before}: a star glued to a word,
     * a number or punctuation, or after one space ({@code Secretary-General **}), never part of a
     * longer run of stars. A page's stars call the notes under them ("24.5 kg*" / the table's note).
     */
    static boolean placeStar(List<Line> body, Footnote note, int before) {
        Pattern mark = Pattern.compile("(?<=[\\p{L}\\p{N}" + CLOSE.substring(1, CLOSE.length() - 1) + "])\\s?(?<!\\*)"
                + Pattern.quote(note.label()) + "(?!\\*)");
        for (int i = before - 1; i >= 0; i--) {
            Line l = body.get(i);
            Matcher m = mark.matcher(l.text());
            int start = -1;
            int end = -1;
            while (m.find()) {
                start = m.start();
                end = m.end();
            }
            if (start >= 0) {
                body.set(i, l.withText(l.text().substring(0, start) + "[^" + note.key() + "]" + l.text().substring(end)));
                return true;
            }
        }
        return false;
    }
}
