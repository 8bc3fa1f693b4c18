package org.masthead.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the cleaned lines of a body into Markdown blocks: paragraphs, numbered paragraphs and
 * lists, headings, and the {@code (Signed)} blocks and annex heads, read into {@link Section}s.
 */
final class BodyWriter {

    private static final Pattern ROMAN = Pattern.compile("([IVX]+)\\.(?:\\s+(.+))?");
    private static final Pattern LETTERED = Pattern.compile("([A-Z])\\.(?:\\s+(.+))?");
    private static final Pattern MARKER_ONLY = Pattern.compile("\\d{1,3}\\.|\\([a-z]{1,4}\\)|\\(\\d{1,2}\\)|[\u2022\u25CF\u2013-]");
    private static final Pattern MARKER_START = Pattern.compile("(?:\\d{1,3}\\.|\\([a-z]{1,4}\\)|\\(\\d{1,2}\\)|[\u2022\u25CF])\\s.*");
    private static final Pattern LETTER_TITLE = Pattern.compile("(?:Identical letters|Letter|Note verbale) dated .*");
    private static final Pattern NUMBER_ONLY = Pattern.compile("\\d{1,3}\\.");
    /** In the compilations, what starts a block even without a blank line: the adoption line, a note after it. */
    private static final Pattern ADOPTED = Pattern.compile("Adopted (?:unanimously |without (?:a )?vote )?(?:at|by) .*");
    /** A note ("52 One member ..."), never a date that a line break put first ("8 January 1992, 740 ..."). */
    private static final Pattern NOTE_LINE = Pattern.compile("\\d{1,3}\\s+(?!(?:January|February|March|April|May|June"
            + "|July|August|September|October|November|December)\\b)\\p{Lu}.*");

    private final List<Line> lines;
    private final boolean pdf;
    private final boolean compiled;
    private final WordMender mender;
    private final int[] breakBelow;

    private final List<String> blocks = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<String> paragraph = new ArrayList<>();
    private String lastLine = "";
    private int lastIndex;
    private final Set<Integer> consumed = new HashSet<>();
    private boolean adoptionSeen;

    /** The body as Markdown blocks, and the main text and each annex with what was read in them. */
    record Body(List<String> blocks, List<Section> sections) {
    }

    /**
     * @param pdf      true for pdftotext output, where paragraphs are not separated by blank lines and
     *                 a short line ends a paragraph; false for text whose paragraphs are blank-separated
     * @param compiled true for a resolution from the annual compilations, whose adoption line and
     *                 notes may follow the last paragraph without a blank line
     */
    static Body write(List<Line> lines, boolean pdf, boolean compiled) {
        BodyWriter w = new BodyWriter(lines, pdf, compiled);
        w.write();
        return new Body(List.copyOf(w.blocks), List.copyOf(w.sections));
    }

    private BodyWriter(List<Line> lines, boolean pdf, boolean compiled) {
        this.lines = lines;
        this.pdf = pdf;
        this.compiled = compiled;
        this.mender = new WordMender(lines);
        this.breakBelow = ParagraphBreaks.breakBelow(lines);
        sections.add(new Section(null));
    }

    private void write() {
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
            Matcher annex = AnnexHead.HEADING.matcher(s);
            if (annex.matches()) {
                flush();
                AnnexHead head = AnnexHead.read(lines, annex, i + 1);
                sections.add(head.section());
                blocks.addAll(head.blocks());
                head.consumed().ifPresent(consumed::add);
                i = head.next();
                continue;
            }
            if (SignatureParser.SIGNED.matcher(s).matches()) {
                flush();
                SignatureParser.Block b = SignatureParser.read(lines, i);
                sections.get(sections.size() - 1).signatories.add(b.signatory());
                blocks.add(String.join("\\\n", b.printed()));
                i = b.next();
                continue;
            }
            if (s.startsWith("#") || s.startsWith("|") && s.contains("\n")) {
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
                    blocks.add(t.printed());
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
            if (MARKER_START.matcher(s).matches() || !paragraph.isEmpty() && pdf && ParagraphBreaks.ends(lastLine, s, breakBelow[lastIndex])
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
        } else if (l.matches() && l.group(2) != null && !NameInitial.startsName(s, i > 0 ? lines.get(i - 1).text().strip() : "")) {
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
        if (ParagraphBreaks.CONNECTORS.contains(lastWord) && i + 1 < lines.size() && !lines.get(i + 1).blank()
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
}
