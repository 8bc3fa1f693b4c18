package org.masthead.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a title printed over several lines (document, annex or enclosure title). pdftotext puts
 * the first body line right under a title with no blank line between, so the title ends at a
 * blank line, at a line as long as body text (titles are set narrower), or where a body starts.
 */
final class TitleReader {

    /** Titles are set in a narrower measure than body text; no title line in the corpus exceeds 66. */
    static final int MAX_TITLE_LINE = 66;

    private static final Pattern BODY_START = Pattern.compile(
            "(?:[IVX]+\\.|\\d+\\.|[A-Z]\\.)(?:\\s.*)?|\\[Original.*|Reporting period.*|\\(Signed\\).*"
                    + "|The (?:Security Council|General Assembly),?|(?:Security Council|General Assembly),|Letter of transmittal|Annex(?:es)?(?: [IVX\\d]+)?"
                    + "|Enclosure(?: [IVX\\d]+)?|Resolution adopted by .*|\\d+ \\(\\d{4}\\)\\..*"
                    // A resolution's adoption line is not its title: "Adopted by the Security Council at its 8980th meeting, on".
                    + "|Adopted (?:unanimously )?(?:by|at) .*");
    /**
     * A letter's title ("Letter dated ... from ... addressed to ...") spans the full title measure,
     * which a long sender can push past {@link #MAX_TITLE_LINE}; its grammar says where it ends.
     */
    static final int MAX_LETTER_TITLE_LINE = 80;
    private static final Pattern LETTER = Pattern.compile("(?:Identical letters|Letter|Note verbale) dated .*");
    private static final Pattern OPEN_END = Pattern.compile(
            ".*(?:\\b(?:of|the|to|and|for|on|in|from|by|with|at|a|an|concerning|pursuant|addressed)|[,\\-])$");
    /** "addressed to the ...", or a bare "to the ..." ("from the Secretary-General to the President ..."); "to the United Nations" ends a sender's title. */
    private static final Pattern ADDRESSEE = Pattern.compile(" addressed to | to the (?!United Nations\\b)");
    private static final Pattern SUBTITLE = Pattern.compile("(?:Report|Note|Letter|Statement) (?:of|by|dated) .*");

    /**
     * A title and the index of the line after it.
     *
     * @param text    the title, for the front matter
     * @param printed the title as the body shows it: with the footnote calls the cleaner marked
     *                ({@code ... of Iran[^star-75]}), whose notes would otherwise be lost
     */
    record Title(String text, String printed, int line, int next) {
    }

    private TitleReader() {
    }

    /** Reads the title starting at {@code start}; empty text when the line there cannot start one. */
    static Title read(List<Line> lines, int start) {
        List<String> parts = new ArrayList<>();
        int i = start;
        boolean capitals = false;
        boolean letter = LETTER.matcher(lines.get(start).text().strip()).matches();
        int max = letter ? MAX_LETTER_TITLE_LINE : MAX_TITLE_LINE;
        while (i < lines.size()) {
            String s = lines.get(i).text().strip();
            if (s.isEmpty() || (i > start && lines.get(i).pageStart())) {
                break;
            }
            if (s.startsWith("#")) {
                // Markdown from PDF: the title is one heading line.
                if (parts.isEmpty()) {
                    parts.add(s.replaceFirst("^#+\\s*", ""));
                    i++;
                }
                break;
            }
            if (parts.isEmpty()) {
                if (s.length() > max) {
                    break;
                }
                capitals = isCapitals(s);
            } else if (s.length() > max || BODY_START.matcher(s).matches()
                    || (capitals && !isCapitals(s)) || letter && addressed(parts) && !continuesAddressee(s)) {
                break;
            }
            parts.add(s);
            i++;
        }
        String printed = join(parts);
        return new Title(printed.replaceAll("\\[\\^[^\\]\\s]+]", "").strip(), printed,
                parts.isEmpty() ? 0 : lines.get(start).number(), i);
    }

    /** The title so far names its addressee and does not stop mid-phrase. */
    private static boolean addressed(List<String> parts) {
        String last = parts.get(parts.size() - 1);
        return ADDRESSEE.matcher(String.join(" ", parts)).find() && !OPEN_END.matcher(last).matches();
    }

    /**
     * After a complete "addressed to ..." only the rest of a name can follow ("Security" /
     * "Council", "... the" / "Congo"): a line in lower case or a short one without punctuation.
     * The body's first line is set to the full measure.
     */
    private static boolean continuesAddressee(String s) {
        return Character.isLowerCase(s.charAt(0)) || s.length() <= 40 && !s.matches(".*[.;:]");
    }

    static boolean startsBody(String stripped) {
        return BODY_START.matcher(stripped).matches();
    }

    private static boolean isCapitals(String s) {
        return s.chars().anyMatch(Character::isLetter) && s.chars().noneMatch(Character::isLowerCase);
    }

    static String join(List<String> parts) {
        StringBuilder sb = new StringBuilder();
        // The last character of the title so far, a footnote mark after it not counted.
        char last = ' ';
        for (String part : parts) {
            // Stars after a line of a title call footnotes ("... of Iran*" / "Report by the Director General").
            String p = part.replaceFirst("\\s*\\*+$", "");
            if (sb.length() > 0) {
                if (last == '-' && sb.length() > 1 && Character.isLetter(sb.charAt(sb.length() - 2))) {
                    sb.append(p);
                    continue;
                }
                // "The situation in Afghanistan ..." / "Report of the Secretary-General": two parts of one title.
                sb.append(SUBTITLE.matcher(p).matches() && Character.isLetterOrDigit(last) ? ": " : " ");
            }
            sb.append(p);
            String bare = p.replaceFirst("\\[\\^[^\\]\\s]+]$", "");
            last = bare.isEmpty() ? last : bare.charAt(bare.length() - 1);
        }
        String t = sb.toString().replaceAll("\\s+", " ").strip();
        // Stars after a title call footnotes ("Note by the Secretary-General **").
        return t.replaceFirst("\\s*\\*+$", "");
    }
}
