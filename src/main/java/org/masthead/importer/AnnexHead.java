package org.masthead.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of an annex or enclosure: its heading ({@code Annex II}), then its
 * {@code [Original: ...]} line and its title, in either order.
 *
 * @param section  the annex, with its title and original language as far as printed
 * @param blocks   the Markdown blocks of the head: the heading, and the title if there is one
 * @param next     the index of the first line after the head
 * @param consumed a line further down that the head used (the end of an {@code [Original:} line
 *                 that pdftotext put below a heading), if any
 */
record AnnexHead(Section section, List<String> blocks, int next, Optional<Integer> consumed) {

    static final Pattern HEADING = Pattern.compile(
            "(?:#+\\s*)?(ANNEX|Annex|ENCLOSURE|Enclosure|APPENDIX|Appendix)(?:\\s+([IVX]+|\\d+))?");
    private static final Pattern ORIGINAL = Pattern.compile("\\[Original:\\s*(.*?)\\]?");
    private static final Pattern ORIGINAL_END = Pattern.compile("([A-Za-z][A-Za-z/, ]*)\\]");
    /** The head is at most the heading, the language line and the title. */
    private static final int MAX_PARTS = 3;

    /** Reads the head whose heading {@code heading} matched; {@code i} is the line after the heading. */
    static AnnexHead read(List<Line> lines, Matcher heading, int start) {
        String word = heading.group(1).substring(0, 1) + heading.group(1).substring(1).toLowerCase(Locale.ROOT);
        String title = "## " + word + (heading.group(2) == null ? "" : " " + heading.group(2));
        Section section = new Section(title);
        List<String> blocks = new ArrayList<>(List.of(title));
        Optional<Integer> consumed = Optional.empty();
        int i = start;
        for (int round = 0; round < MAX_PARTS && i < lines.size(); round++) {
            while (i < lines.size() && lines.get(i).blank()) {
                i++;
            }
            if (i >= lines.size()) {
                break;
            }
            String s = lines.get(i).text().strip();
            Matcher o = ORIGINAL.matcher(s);
            if (s.startsWith("[Original:") && o.matches()) {
                if (s.endsWith("]")) {
                    section.original = MastheadParser.language(o.group(1));
                } else {
                    // The list goes on below ("[Original: Arabic, Chinese, English," / "French, Russian and Spanish]"),
                    // or pdftotext put a heading between "[Original:" and "English/French]".
                    String first = o.group(1).strip();
                    for (int j = i + 1; j < Math.min(lines.size(), i + 5); j++) {
                        Matcher end = ORIGINAL_END.matcher(lines.get(j).text().strip());
                        if (end.matches()) {
                            boolean continued = first.endsWith(",");
                            section.original = MastheadParser.language(continued ? first + " " + end.group(1) : end.group(1));
                            if (continued && j == i + 1) {
                                i = j;
                            } else {
                                consumed = Optional.of(j);
                            }
                            break;
                        }
                    }
                }
                i++;
                continue;
            }
            if (section.title == null && !TitleReader.startsBody(s) && !SignatureParser.SIGNED.matcher(s).matches()) {
                TitleReader.Title t = TitleReader.read(lines, i);
                if (t.text().isEmpty()) {
                    break;
                }
                section.title = t.text();
                blocks.add(t.printed());
                i = t.next();
                continue;
            }
            break;
        }
        return new AnnexHead(section, List.copyOf(blocks), i, consumed);
    }
}
