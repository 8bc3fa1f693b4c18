package org.masthead.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recorded vote as the General Assembly publishes it, in the compilations' note on the adoption
 * line or in the text: "In favour: Albania, Andorra, ... Against: Armenia, ... Abstaining:
 * Afghanistan, ...", the adoption line giving the counts ("by a recorded vote of 100 to 11, with
 * 58 abstentions"). The countries stay in the text where they are printed; the front matter
 * gets the counts ({@link #summary}).
 *
 * @param stated the counts the adoption line states (in favour, against, abstaining), when it states them
 */
record RecordedVote(List<String> inFavour, List<String> against, List<String> abstaining, Optional<int[]> stated) {

    private static final String[] LABELS = {"In favour:", "Against:", "Abstaining:"};
    private static final Pattern STATED = Pattern.compile("recorded vote of (\\d+) to (\\d+|none)(?:,? with (\\d+|no) abstentions?)?");

    RecordedVote {
        inFavour = List.copyOf(inFavour);
        against = List.copyOf(against);
        abstaining = List.copyOf(abstaining);
    }

    /**
     * Reads the first recorded vote of a text (Markdown, its escapes and line breaks allowed): the
     * lists follow one another in one paragraph or each in its own, "In favour:" first.
     */
    static Optional<RecordedVote> read(String text) {
        String plain = text.replace("\\\n", " ").replace("\\", "");
        int[] at = new int[LABELS.length];
        at[0] = plain.indexOf(LABELS[0]);
        if (at[0] < 0) {
            return Optional.empty();
        }
        int last = 0;
        for (int k = 1; k < LABELS.length; k++) {
            int found = plain.indexOf(LABELS[k], at[last]);
            int end = paragraphEnd(plain, listStart(plain, at[last], LABELS[last]));
            // The next list goes on in the same paragraph or starts the next one.
            at[k] = found >= 0 && (found < end || plain.substring(end, found).isBlank()) ? found : -1;
            last = at[k] >= 0 ? k : last;
        }
        List<List<String>> lists = new ArrayList<>();
        for (int k = 0; k < LABELS.length; k++) {
            if (at[k] < 0) {
                lists.add(List.of());
                continue;
            }
            int start = listStart(plain, at[k], LABELS[k]);
            int end = paragraphEnd(plain, start);
            for (int j = k + 1; j < LABELS.length; j++) {
                if (at[j] >= 0) {
                    end = Math.min(end, at[j]);
                    break;
                }
            }
            lists.add(names(plain.substring(start, end)));
        }
        Optional<int[]> stated = Optional.empty();
        Matcher s = STATED.matcher(plain.replaceAll("\\s+", " "));
        if (s.find()) {
            stated = Optional.of(new int[] {count(s.group(1)), count(s.group(2)), s.group(3) == null ? 0 : count(s.group(3))});
        }
        return Optional.of(new RecordedVote(lists.get(0), lists.get(1), lists.get(2), stated));
    }

    /** Where a list starts: after its label and the blanks after it ("In favour:" may stand alone on its line). */
    private static int listStart(String text, int label, String name) {
        int start = label + name.length();
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    /** Where the list starting at {@code from} ends: a paragraph break, unless after a comma (the list goes on). */
    private static int paragraphEnd(String text, int from) {
        int end = text.indexOf("\n\n", from);
        while (end > 0 && text.charAt(end - 1) == ',') {
            end = text.indexOf("\n\n", end + 2);
        }
        return end < 0 ? text.length() : end;
    }

    /** The front matter's {@code vote}: {@code recorded: 100 in favour, 11 against, 58 abstaining}. */
    String summary() {
        return "recorded: " + inFavour.size() + " in favour, " + against.size() + " against, " + abstaining.size() + " abstaining";
    }

    /** Whether the lists hold as many countries as the adoption line counts (true when it states none). */
    boolean agrees() {
        return stated.map(c -> c[0] == inFavour.size() && c[1] == against.size() && c[2] == abstaining.size()).orElse(true);
    }

    private static int count(String printed) {
        return printed.equals("none") || printed.equals("no") ? 0 : Integer.parseInt(printed);
    }

    /** The countries of one list: separated by commas or semicolons outside brackets ("Bolivia (Plurinational State of)"). */
    private static List<String> names(String list) {
        List<String> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        StringBuilder name = new StringBuilder();
        int depth = 0;
        for (char c : (list.strip() + ",").toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if ((c == ',' || c == ';') && depth <= 0) {
                String n = name.toString().replaceAll("\\s+", " ").strip().replaceFirst("\\.$", "");
                if (!n.isEmpty() && !n.equalsIgnoreCase("none")) {
                    out.add(n);
                }
                name.setLength(0);
            } else {
                name.append(c);
            }
        }
        return out;
    }
}
