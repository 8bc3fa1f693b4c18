package org.masthead.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the cleaned lines of a body into Markdown blocks: joins lines into paragraphs, keeps
 * numbered paragraphs and lists, makes section, annex and enclosure headings, and reads the
 * {@code (Signed)} blocks and annex titles into {@link Section}s as it goes.
 */
final class BodyWriter {

    private static final Pattern ANNEX = Pattern.compile(
            "(?:#+\\s*)?(ANNEX|Annex|ENCLOSURE|Enclosure|APPENDIX|Appendix)(?:\\s+([IVX]+|\\d+))?");
    private static final Pattern ORIGINAL = Pattern.compile("\\[Original:\\s*(.*?)\\]?");
    private static final Pattern ORIGINAL_END = Pattern.compile("([A-Za-z][A-Za-z/, ]*)\\]");
    private static final Pattern ROMAN = Pattern.compile("([IVX]+)\\.(?:\\s+(.+))?");
    private static final Pattern LETTERED = Pattern.compile("([A-Z])\\.(?:\\s+(.+))?");
    private static final Pattern MARKER_ONLY = Pattern.compile("\\d{1,3}\\.|\\([a-z]{1,4}\\)|\\(\\d{1,2}\\)|[\u2022\u25CF\u2013-]");
    private static final Pattern MARKER_START = Pattern.compile("(?:\\d{1,3}\\.|\\([a-z]{1,4}\\)|\\(\\d{1,2}\\)|[\u2022\u25CF])\\s.*");
    private static final Pattern LETTER_TITLE = Pattern.compile("(?:Identical letters|Letter|Note verbale) dated .*");
    private static final Pattern LABEL = Pattern.compile("\\p{Lu}[\\p{L}-]*(?: [\\p{L}-]+){0,2}:(?:\\s.*)?");
    /** The unit that did not fit on the line before: a number or a title travels with the word after it. */
    private static final Pattern UNIT = Pattern.compile("(?:(?:\\d+|H\\.E\\.|Mr\\.|Mrs\\.|Ms\\.|Dr\\.) )*\\S+");
    private static final Pattern NUMBER_ONLY = Pattern.compile("\\d{1,3}\\.");
    /** In the compilations, what starts a block even without a blank line: the adoption line, a note after it. */
    private static final Pattern ADOPTED = Pattern.compile("Adopted (?:unanimously |without (?:a )?vote )?(?:at|by) .*");
    /** A note ("52 One member ..."), never a date that a line break put first ("8 January 1992, 740 ..."). */
    private static final Pattern NOTE_LINE = Pattern.compile("\\d{1,3}\\s+(?!(?:January|February|March|April|May|June"
            + "|July|August|September|October|November|December)\\b)\\p{Lu}.*");
    private static final Set<String> CONNECTORS = new HashSet<>(Arrays.asList(
            "of", "the", "to", "and", "for", "on", "in", "from", "by", "with", "at", "a", "an", "its", "their",
            "or", "as", "that", "which", "under", "into", "between", "pursuant", "concerning", "dated", "his", "her"));

    private final List<Line> lines;
    private final boolean pdf;
    private final boolean compiled;
    private final WordMender mender;
    private final int[] breakBelow;

    final List<String> blocks = new ArrayList<>();
    final List<Section> sections = new ArrayList<>();
    private final List<String> paragraph = new ArrayList<>();
    private String lastLine = "";
    private int lastIndex;
    private final Set<Integer> consumed = new HashSet<>();
    private boolean adoptionSeen;

    /**
     * @param pdf true for pdftotext output, where paragraphs are not separated by blank lines and
     *            a short line ends a paragraph; false for text whose paragraphs are blank-separated
     */
    BodyWriter(List<Line> lines, boolean pdf) {
        this(lines, pdf, false);
    }

    /**
     * @param compiled true for a resolution from the annual compilations, whose adoption line and
     *                 notes may follow the last paragraph without a blank line
     */
    BodyWriter(List<Line> lines, boolean pdf, boolean compiled) {
        this.lines = lines;
        this.pdf = pdf;
        this.compiled = compiled;
        this.mender = new WordMender(lines);
        this.breakBelow = breakBelow(lines);
        sections.add(new Section(null));
    }

    /**
     * Per line, the length a line plus the next word must stay below for the line to end its
     * paragraph (the next word would have fitted): 90% of the measure of its page, since an
     * annexed report may be set wider than the letter.
     */
    private static int[] breakBelow(List<Line> lines) {
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

    void write() {
        String pendingMarker = null;
        int i = 0;
        int last = -1;
        while (i < lines.size()) {
            // Every pass must move on: a reader that took nothing once made this loop fill the heap.
            if (i <= last) {
                throw new IllegalStateException("body writer stuck at line " + lines.get(i).number());
            }
            last = i;
            if (consumed.contains(i)) {
                i++;
                continue;
            }
            Line line = lines.get(i);
            String s = line.text().strip();
            if (s.isEmpty()) {
                if (pendingMarker == null && !continuesAfterGap(i)) {
                    flush();
                }
                i++;
                continue;
            }
            Matcher annex = ANNEX.matcher(s);
            if (annex.matches()) {
                flush();
                i = annex(annex, i + 1);
                continue;
            }
            if (SignatureParser.SIGNED.matcher(s).matches()) {
                flush();
                SignatureParser.Block b = SignatureParser.read(lines, i);
                current().signatories.add(b.signatory());
                blocks.add(String.join("\\\n", b.printed()));
                i = b.next();
                continue;
            }
            if (s.startsWith("#")) {
                flush();
                blocks.add(s);
                i++;
                continue;
            }
            if (pendingMarker != null && pendingMarker.matches("[IVX]+\\.|[A-Z]\\.") && NUMBER_ONLY.matcher(s).matches()) {
                // Old layouts print the section number, then the first paragraph number, then the heading:
                // "II." / "2." / "COMPOSITION OF THE MISSION" / "The Mission was ...".
                int h = nextNonBlank(i + 1);
                if (h >= 0 && heading(pendingMarker + " " + lines.get(h).text().strip(), h)) {
                    consumed.add(h);
                    pendingMarker = s;
                    i++;
                    continue;
                }
            }
            if (pendingMarker != null) {
                s = pendingMarker + " " + s;
                pendingMarker = null;
                if (heading(s, i)) {
                    i++;
                    continue;
                }
                paragraph.add(s);
                lastLine = s;
                lastIndex = i;
                i++;
                continue;
            }
            if (MARKER_ONLY.matcher(s).matches() || s.matches("[IVX]+\\.|[A-Z]\\.")) {
                flush();
                pendingMarker = s;
                i++;
                continue;
            }
            if (pdf && paragraph.isEmpty() && LETTER_TITLE.matcher(s).matches()) {
                // A line too long to be a title reads as none (empty text, next == i): it is body text.
                TitleReader.Title t = TitleReader.read(lines, i);
                if (!t.text().isEmpty()) {
                    blocks.add(t.text());
                    i = t.next();
                    continue;
                }
            }
            if (heading(s, i)) {
                i++;
                continue;
            }
            if (subheading(s, i)) {
                i++;
                continue;
            }
            if (s.equals("Letter of transmittal")) {
                flush();
                blocks.add("## " + s);
                i++;
                continue;
            }
            if (MARKER_START.matcher(s).matches() || !paragraph.isEmpty() && endsParagraph(lastLine, s, breakBelow[lastIndex])
                    || compiledBreak(s)) {
                flush();
            }
            if (compiled && ADOPTED.matcher(s).matches()) {
                adoptionSeen = true;
            }
            paragraph.add(s);
            lastLine = s;
            lastIndex = i;
            i++;
        }
        flush();
    }

    /** Roman-numbered sections become {@code ##}, lettered ones {@code ###}, when short and unpunctuated. */
    private boolean heading(String s, int i) {
        if (!pdf || s.length() > TitleReader.MAX_TITLE_LINE || s.matches(".*[.;:,]")) {
            return false;
        }
        Matcher r = ROMAN.matcher(s);
        Matcher l = LETTERED.matcher(s);
        String level;
        if (r.matches() && r.group(2) != null) {
            level = "## ";
        } else if (l.matches() && l.group(2) != null) {
            level = "### ";
        } else {
            return false;
        }
        if (i + 1 < lines.size() && !lines.get(i + 1).blank()
                && Character.isLowerCase(lines.get(i + 1).text().strip().charAt(0))) {
            return false;
        }
        flush();
        // A heading broken after a connector ("... the return of" / "Kuwaiti property") goes on.
        String lastWord = s.replaceAll(".*\\s", "").toLowerCase(Locale.ROOT);
        if (CONNECTORS.contains(lastWord) && i + 1 < lines.size() && !lines.get(i + 1).blank()
                && lines.get(i + 1).text().strip().length() <= TitleReader.MAX_TITLE_LINE) {
            consumed.add(i + 1);
            s = s + " " + lines.get(i + 1).text().strip();
        }
        blocks.add(level + s);
        return true;
    }

    /**
     * In a compiled resolution, "The Security Council," stands alone, the adoption line starts a
     * block, and after it each note ("52 One member ...") does.
     */
    private boolean compiledBreak(String s) {
        if (!compiled || paragraph.isEmpty()) {
            return false;
        }
        return lastLine.equals("The Security Council,") || ADOPTED.matcher(s).matches()
                || adoptionSeen && NOTE_LINE.matcher(s).matches();
    }

    /**
     * An unnumbered subheading ("Political developments") on a line of its own, right above the
     * number of the paragraph it heads, after a heading or a paragraph that ended with its sentence.
     */
    private boolean subheading(String s, int i) {
        if (!pdf || s.length() > TitleReader.MAX_TITLE_LINE || !Character.isUpperCase(s.charAt(0))
                || s.matches(".*[.;:,)]") || MARKER_START.matcher(s).matches() || s.split(" ").length > 8) {
            return false;
        }
        if (i + 1 >= lines.size() || !NUMBER_ONLY.matcher(lines.get(i + 1).text().strip()).matches()) {
            return false;
        }
        String before = paragraph.isEmpty() ? (blocks.isEmpty() ? "" : blocks.get(blocks.size() - 1)) : lastLine;
        boolean afterHeading = paragraph.isEmpty() && before.startsWith("#");
        if (!afterHeading && !before.endsWith(".")) {
            return false;
        }
        flush();
        String level = "### ";
        for (int k = blocks.size() - 1; k >= 0; k--) {
            if (blocks.get(k).startsWith("### ")) {
                level = "#### ";
                break;
            }
            if (blocks.get(k).startsWith("## ")) {
                break;
            }
        }
        blocks.add(level + s);
        return true;
    }

    /**
     * In a compilation a column or page break leaves a blank line inside a sentence
     * ("... taken to implement" / "" / "resolution 338 (1973)."): a paragraph ending on a word
     * goes on when the next text starts in lower case.
     */
    private boolean continuesAfterGap(int blank) {
        if (!compiled || paragraph.isEmpty() || !Character.isLetter(lastLine.charAt(lastLine.length() - 1))) {
            return false;
        }
        int next = nextNonBlank(blank + 1);
        return next >= 0 && Character.isLowerCase(lines.get(next).text().strip().charAt(0));
    }

    private int nextNonBlank(int from) {
        for (int k = from; k < lines.size(); k++) {
            if (!lines.get(k).blank()) {
                return consumed.contains(k) ? -1 : k;
            }
        }
        return -1;
    }

    private boolean endsParagraph(String before, String after, int limit) {
        if (!pdf) {
            return false;
        }
        // The unit that did not fit: a number or a title travels with the word after it ("23 mars",
        // "H.E. Mr. Karel"), as the typesetter binds them with no-break spaces.
        Matcher unit = UNIT.matcher(after);
        int nextWord = unit.lookingAt() ? unit.end() : after.length();
        // "as follows:" ends a paragraph; a label such as "Chair:" or "Vice-Chairs:" starts one.
        if (before.endsWith(":") && !Character.isLowerCase(after.charAt(0)) || LABEL.matcher(after).matches()) {
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

    /** An annex or enclosure heading, then its {@code [Original: ...]} line and its title, in either order. */
    private int annex(Matcher heading, int i) {
        String word = heading.group(1).substring(0, 1) + heading.group(1).substring(1).toLowerCase(Locale.ROOT);
        String title = "## " + word + (heading.group(2) == null ? "" : " " + heading.group(2));
        Section section = new Section(title);
        sections.add(section);
        blocks.add(title);
        for (int round = 0; round < 3 && i < lines.size(); round++) {
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
                                consumed.add(j);
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
                blocks.add(t.text());
                i = t.next();
                continue;
            }
            break;
        }
        return i;
    }

    private Section current() {
        return sections.get(sections.size() - 1);
    }

    private void flush() {
        if (paragraph.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (String p : paragraph) {
            mender.joinLines(text, p);
        }
        paragraph.clear();
        lastLine = "";
        blocks.add(escape(mender.mend(text.toString())));
    }

    /** Text that would read as Markdown structure is escaped; numbered paragraphs stay ordered list items. */
    private static String escape(String text) {
        if (text.matches("(?s)[*+>#-]\\s.*|[*+>#]\\S.*") || text.matches("(?s)\\d{4}\\.\\s.*")) {
            return "\\" + text;
        }
        return text;
    }

    List<String> mendAll(List<String> texts) {
        return texts.stream().map(mender::mend).toList();
    }
}
