package org.masthead.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The end of a resolution: the adoption line ({@code Adopted at the 2932nd meeting by 14 votes to
 * none}) with its meeting and vote, and, in the compilations, the footnotes printed after it.
 */
final class ResolutionTail {

    /** What the tail says, and the blocks without the footnotes moved out of them. */
    record Tail(List<String> blocks, String meeting, String vote, LocalDate adopted, List<Footnote> footnotes) {
        static Tail none(List<String> blocks) {
            return new Tail(List.copyOf(blocks), null, null, null, List.of());
        }
    }

    private static final Pattern SC = Pattern.compile(
            "Adopted (unanimously )?(?:without (?:a )?vote )?at the (\\d+)(?:st|nd|rd|th|d) meeting\\b[.,]?\\s*(.*)", Pattern.DOTALL);
    private static final Pattern SC_NEW = Pattern.compile(
            "Adopted (unanimously )?by the Security Council at its (\\d+)(?:st|nd|rd|th|d) meeting,?\\s*on (" + Dates.DATE + ")");
    private static final Pattern GA = Pattern.compile("(\\d+)(?:st|nd|rd|th|d) plenary meeting\\b.*");
    private static final Pattern NOTE = Pattern.compile("(\\d{1,3})\\s+(\\S.*)", Pattern.DOTALL);

    private ResolutionTail() {
    }

    /** Reads the adoption line; in compiled resolutions also moves the trailing footnotes out of the blocks. */
    static Tail read(List<String> printed, boolean compiled) {
        List<String> blocks = new ArrayList<>(printed);
        List<Footnote> footnotes = new ArrayList<>();
        String meeting = null;
        String vote = null;
        LocalDate adopted = null;
        int adoption = -1;
        for (int i = 0; i < blocks.size(); i++) {
            String b = blocks.get(i);
            if (SC.matcher(b).matches() || SC_NEW.matcher(b).lookingAt() || GA.matcher(b).matches()) {
                adoption = i;
            }
        }
        if (adoption < 0) {
            return Tail.none(blocks);
        }
        if (compiled) {
            for (int i = blocks.size() - 1; i > adoption; i--) {
                Matcher n = NOTE.matcher(blocks.get(i));
                if (!n.matches()) {
                    continue;
                }
                String label = n.group(1);
                if (placeMark(blocks, adoption, label)) {
                    footnotes.add(0, new Footnote(label, n.group(2), 0, true));
                    blocks.remove(i);
                }
            }
        }
        String b = blocks.get(adoption);
        Matcher sc = SC.matcher(b);
        Matcher scNew = SC_NEW.matcher(b);
        Matcher ga = GA.matcher(b);
        if (sc.matches()) {
            meeting = sc.group(2);
            String rest = sc.group(3).replaceAll("\\[\\^\\d+]", "").replaceAll("\\s+\\d{1,3}$", "").strip();
            rest = rest.replaceFirst("^by\\s+", "");
            // "14 votes to none." is one clause: its full stop is the sentence's, not the vote's.
            if (!rest.substring(0, Math.max(0, rest.length() - 1)).contains(". ")) {
                rest = rest.replaceFirst("\\.$", "");
            }
            if (sc.group(1) != null) {
                vote = rest.isEmpty() ? "unanimously" : "unanimously; " + rest;
            } else if (!rest.isEmpty() && rest.matches("(?s).*\\bvotes?\\b.*")) {
                vote = rest;
            }
        } else if (scNew.lookingAt()) {
            meeting = scNew.group(2);
            adopted = Dates.parse(scNew.group(3)).orElse(null);
            if (scNew.group(1) != null) {
                vote = "unanimously";
            }
        } else if (ga.matches()) {
            meeting = ga.group(1);
        }
        return new Tail(List.copyOf(blocks), meeting, vote, adopted, List.copyOf(footnotes));
    }

    /** The first call of the note at or before the adoption line: a number after punctuation, or ending a paragraph. */
    private static boolean placeMark(List<String> blocks, int last, String label) {
        Pattern mark = Pattern.compile("(?<=[.,;:)\\]\u201D\u2019\"\\p{L}]|\\b\\d{4})\\s*" + label + "(?=\\s|$)");
        for (int i = 0; i <= last; i++) {
            String b = blocks.get(i);
            Matcher m = mark.matcher(b);
            while (m.find()) {
                boolean afterWord = Character.isLetter(b.charAt(Math.max(0, m.start() - 1)))
                        || m.start() > 0 && Character.isLetter(b.charAt(m.start() - 1));
                // After a plain word only at the end of a paragraph ("... meeting 22"): elsewhere it is a quantity.
                if (afterWord && m.end() != b.length()) {
                    continue;
                }
                blocks.set(i, b.substring(0, m.start()) + "[^" + label + "]" + b.substring(m.end()));
                return true;
            }
        }
        return false;
    }
}
