package org.masthead.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.masthead.model.Symbol;

/**
 * Finds references to UN documents in running text: bare symbols ({@code S/2014/229},
 * {@code (S/2013/680)}, {@code S/PRST/2014/2}) and resolutions named in words
 * ({@code resolution 2164 (2014)}, {@code General Assembly resolution 64/288},
 * {@code resolutions 1267 (1999), 1989 (2011) and 2253 (2015)}), also when a line break or
 * {@code of <date>} stands inside. Patterns are compiled once; an instance is immutable and
 * safe to share across threads.
 */
public final class ReferenceFinder {

    /** Roots of symbol series that appear in running text. Longer roots first so the alternation prefers them. */
    private static final String ROOTS =
            "CEDAW|UNITAR|UNCTAD|UNEP|CCPR|CERD|CRPD|ICEF|CMW|CRC|CAT|CED|DP|TD|ST|S|A|E|T";

    private static final java.util.Set<String> ROOT_SET = java.util.Set.of(ROOTS.split("\\|"));

    /**
     * A symbol from its root on; the text before the root is checked by hand ({@link #findBare}
     * looks only where a '/' is, which is far cheaper than trying the pattern at every character).
     */
    private static final Pattern BARE = Pattern.compile(
            "(?:" + ROOTS + ")/[A-Za-z0-9][A-Za-z0-9.\\-/]*(?:\\s?\\(\\d{4}\\))?\\*?");

    private static final String WS = "[ \\t]*(?:\\r?\\n[ \\t]*)?";
    private static final String DATE = "\\d{1,2}" + WS + "[A-Z][a-z]+" + WS + "\\d{4}";

    private static final Pattern KEYWORD = Pattern.compile("[Rr]esolutions?" + WS);
    /** The body named just before the keyword ({@code General Assembly resolution 64/288}). */
    private static final Pattern BODY_BEFORE = Pattern.compile(
            "\\b(Security" + WS + "Council|General" + WS + "Assembly|Economic" + WS + "and" + WS + "Social"
                    + WS + "Council|Human" + WS + "Rights" + WS + "Council)" + WS + "$");
    /** How far before the keyword a body's name may start (the longest name, with line breaks). */
    private static final int BODY_REACH = 48;

    /** The letter of a resolution adopted in parts ({@code 377 A (V)}): the parts share one symbol. */
    private static final String PART = "(?:[ \\t]+[A-D](?=[ \\t]*\\())?";
    /** {@code 2164 (2014)}: the Security Council's numbering. */
    private static final Pattern SC_ITEM = Pattern.compile("\\G(\\d{1,4})" + PART + WS + "\\((\\d{4})\\)");
    /** {@code 64/288}, {@code ES-11/1}: the numbering of the General Assembly and other bodies. */
    private static final Pattern SLASH_ITEM = Pattern.compile("\\G((?:ES-)?\\d{1,2})/(\\d{1,4})(?![\\d/])");
    private static final Pattern OF_DATE = Pattern.compile("\\G" + WS + "of" + WS + DATE);
    private static final Pattern SEPARATOR = Pattern.compile("\\G" + WS + "(?:,|,?" + WS + "and\\b|,?" + WS
            + "as" + WS + "well" + WS + "as\\b)" + WS);
    /** {@code 1514 (XV)}, {@code 1474 (ES-IV)}: General Assembly resolutions numbered before 1976, by session. */
    private static final Pattern SESSION_ITEM = Pattern.compile("\\G(\\d{1,4})" + PART + WS + "\\(((?:E?S-)?[IVXL]+)\\)");
    /**
     * Between the symbols of a joint document: a hyphen ({@code A/68/789-S/2014/163}), or nothing where
     * text extraction lost the dash ({@code A/68/645S/2013/721}).
     */
    private static final Pattern JOINT = Pattern.compile("-(?=(?:" + ROOTS + ")/)|(?<=\\d)(?=(?:" + ROOTS + ")/)");
    /** {@code A/68/L.39 and Add.1}: an addendum or corrigendum named after its base symbol. */
    private static final Pattern ADDED = Pattern.compile("\\G" + WS + "and" + WS + "((?:Add|Corr|Rev|Amend)\\.\\d+)\\b");

    public List<Reference> find(CharSequence text) {
        List<Reference> found = new ArrayList<>();
        findBare(text, found);
        findWords(text, found);
        found.sort(Comparator.comparingInt(Reference::start));
        return removeOverlaps(found);
    }

    private void findBare(CharSequence text, List<Reference> out) {
        Matcher m = BARE.matcher(text);
        int len = text.length();
        int next = 0;
        for (int slash = indexOf(text, '/', 0); slash >= 0; slash = indexOf(text, '/', next)) {
            next = slash + 1;
            int start = slash;
            while (start > 0 && isUpper(text.charAt(start - 1))) {
                start--;
            }
            if (start == slash || (start > 0 && joinsWord(text.charAt(start - 1)))
                    || !ROOT_SET.contains(text.subSequence(start, slash).toString())) {
                continue;
            }
            m.region(start, len);
            if (!m.lookingAt()) {
                continue;
            }
            next = m.end();
            String token = m.group();
            // A joint symbol (A/68/789-S/2014/163) is two references.
            int from = 0;
            Matcher j = JOINT.matcher(token);
            while (j.find()) {
                addBare(token.substring(from, j.start()), start + from, out);
                from = j.end();
            }
            Symbol last = addBare(token.substring(from), start + from, out);
            Matcher added = last == null ? null : at(ADDED, text, m.end());
            if (added != null) {
                Symbol.parse(last.text() + "/" + added.group(1)).symbol().ifPresent(
                        s -> out.add(new Reference(s, added.start(1), added.end(1))));
            }
        }
    }

    private Symbol addBare(String piece, int start, List<Reference> out) {
        String trimmed = piece;
        // Sentence punctuation and dangling separators are not part of a symbol.
        while (!trimmed.isEmpty() && ".-/".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        String t = trimmed;
        if (t.chars().noneMatch(Character::isDigit)) {
            return null;
        }
        Symbol s = Symbol.parse(t).symbol().orElse(null);
        if (s != null) {
            out.add(new Reference(s, start, start + t.length()));
        }
        return s;
    }

    private void findWords(CharSequence text, List<Reference> out) {
        Matcher k = KEYWORD.matcher(text);
        Matcher b = BODY_BEFORE.matcher(text);
        int len = text.length();
        int from = 0;
        while (from < len) {
            // Look only where the word is: trying the pattern at every character costs more than all else.
            int at = indexOf(text, "esolution", from);
            if (at < 0) {
                break;
            }
            if (at == 0) {
                from = 1;
                continue;
            }
            int kw = at - 1;
            k.region(kw, len);
            if ((kw > 0 && Character.isLetterOrDigit(text.charAt(kw - 1))) || !k.lookingAt()) {
                from = at + 1;
                continue;
            }
            b.region(Math.max(0, kw - BODY_REACH), kw);
            String body = b.find() ? b.group(1).replaceAll("\\s+", " ") : "";
            int pos = k.end();
            boolean any = false;
            while (true) {
                Matcher sc = at(SC_ITEM, text, pos);
                Matcher ga = sc == null ? at(SESSION_ITEM, text, pos) : null;
                Matcher sl = sc == null && ga == null ? at(SLASH_ITEM, text, pos) : null;
                Reference r;
                int end;
                if (sc != null) {
                    r = new Reference(Symbol.of("S/RES/" + sc.group(1) + " (" + sc.group(2) + ")"), pos, sc.end());
                    end = sc.end();
                } else if (ga != null) {
                    r = new Reference(Symbol.of("A/RES/" + ga.group(1) + " (" + ga.group(2) + ")"), pos, ga.end());
                    end = ga.end();
                } else if (sl != null) {
                    r = new Reference(Symbol.of(slashRoot(body) + sl.group(1) + "/" + sl.group(2)), pos, sl.end());
                    end = sl.end();
                } else {
                    break;
                }
                out.add(r);
                any = true;
                Matcher of = at(OF_DATE, text, end);
                if (of != null) {
                    end = of.end();
                }
                Matcher sep = at(SEPARATOR, text, end);
                if (sep == null) {
                    break;
                }
                pos = sep.end();
            }
            from = any ? Math.max(pos, k.end()) : k.end();
        }
    }

    /**
     * The pattern matched right at {@code pos}, or null. Not {@code find(pos)}: when a {@code \\G}
     * pattern fails at pos, find goes on trying every later position to the end of the text.
     */
    private static Matcher at(Pattern p, CharSequence text, int pos) {
        Matcher m = p.matcher(text);
        m.region(pos, text.length());
        return m.lookingAt() ? m : null;
    }

    private static int indexOf(CharSequence text, char c, int from) {
        if (text instanceof String s) {
            return s.indexOf(c, from);
        }
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(CharSequence text, String word, int from) {
        if (text instanceof String s) {
            return s.indexOf(word, from);
        }
        return text.toString().indexOf(word, from);
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** What may not stand right before a symbol's root: a letter, a digit, or a symbol's own punctuation. */
    private static boolean joinsWord(char c) {
        return Character.isLetterOrDigit(c) || c == '/' || c == '.' || c == '_' || c == '-';
    }

    private static String slashRoot(String body) {
        return switch (body) {
            case "Economic and Social Council" -> "E/RES/";
            case "Human Rights Council" -> "A/HRC/RES/";
            case "Security Council" -> "S/RES/";
            default -> "A/RES/";
        };
    }

    private static List<Reference> removeOverlaps(List<Reference> sorted) {
        List<Reference> out = new ArrayList<>(sorted.size());
        int lastEnd = -1;
        for (Reference r : sorted) {
            if (r.start() >= lastEnd) {
                out.add(r);
                lastEnd = r.end();
            }
        }
        return out;
    }
}
