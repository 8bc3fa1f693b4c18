package org.masthead.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    private static final Set<String> ROOT_SET = Set.of(ROOTS.split("\\|"));

    /** The longest root, in characters: a longer run of capitals before a '/' is no root. */
    private static final int LONGEST_ROOT = 6;

    private static final String WS = "[ \\t]*(?:\\r?\\n[ \\t]*)?";
    private static final String DATE = "\\d{1,2}" + WS + "[A-Z][a-z]+" + WS + "\\d{4}";

    /**
     * The bodies whose name may stand before the keyword ({@code General Assembly resolution 64/288}),
     * word by word: {@link #bodyBefore} matches them backwards from the keyword.
     */
    private static final String[][] BODIES = {
            {"Security", "Council"}, {"General", "Assembly"}, {"Economic", "and", "Social", "Council"},
            {"Human", "Rights", "Council"}};
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
    /** The patterns a {@link Scan} keeps a matcher of. */
    private static final List<Pattern> PATTERNS = List.of(SC_ITEM, SESSION_ITEM, SLASH_ITEM, OF_DATE, SEPARATOR, ADDED);

    public List<Reference> find(CharSequence text) {
        List<Reference> found = new ArrayList<>();
        Scan scan = new Scan(text);
        findBare(scan, found);
        findWords(scan, found);
        found.sort(Comparator.comparingInt(Reference::start));
        return removeOverlaps(found);
    }

    /**
     * One text and its matchers, each made on first use and moved with {@code region()}: making
     * a matcher costs more than most of the matches it tries here.
     */
    private static final class Scan {
        final CharSequence text;
        final int len;
        private final Matcher[] matchers = new Matcher[PATTERNS.size()];

        Scan(CharSequence text) {
            this.text = text;
            this.len = text.length();
        }

        /**
         * The pattern matched right at {@code pos}, if it matches there. Not {@code find(pos)}: when a {@code \\G}
         * pattern fails at pos, find goes on trying every later position to the end of the text.
         */
        Optional<Matcher> at(Pattern p, int pos) {
            int i = PATTERNS.indexOf(p);
            Matcher m = matchers[i];
            if (m == null) {
                m = p.matcher(text);
                matchers[i] = m;
            }
            m.region(pos, len);
            return m.lookingAt() ? Optional.of(m) : Optional.empty();
        }

        char charAt(int i) {
            return text.charAt(i);
        }
    }

    private void findBare(Scan scan, List<Reference> out) {
        CharSequence text = scan.text;
        int next = 0;
        for (int slash = indexOf(text, '/', 0); slash >= 0; slash = indexOf(text, '/', next)) {
            next = slash + 1;
            int start = slash;
            while (start > 0 && isUpper(text.charAt(start - 1))) {
                start--;
            }
            if (start == slash || slash - start > LONGEST_ROOT || (start > 0 && joinsWord(text.charAt(start - 1)))
                    || !ROOT_SET.contains(text.subSequence(start, slash).toString())) {
                continue;
            }
            int end = bareEnd(scan, slash);
            if (end < 0) {
                continue;
            }
            next = end;
            String token = text.subSequence(start, end).toString();
            // A joint symbol (A/68/789-S/2014/163) is two references.
            int from = 0;
            if (mayBeJoint(token)) {
                Matcher j = JOINT.matcher(token);
                while (j.find()) {
                    addBare(token.substring(from, j.start()), start + from, out);
                    from = j.end();
                }
            }
            Optional<Symbol> last = addBare(token.substring(from), start + from, out);
            if (last.isPresent() && firstAfterSpace(scan, end) == 'a') {
                scan.at(ADDED, end).ifPresent(added -> Symbol.parse(last.get().text() + "/" + added.group(1)).symbol()
                        .ifPresent(s -> out.add(new Reference(s, added.start(1), added.end(1)))));
            }
        }
    }

    /**
     * Where a symbol whose root ends at {@code slash} ends, or -1: what the pattern
     * {@code /[A-Za-z0-9][A-Za-z0-9.\-/]*(?:\s?\(\d{4}\))?\*?} would match, by hand, as this
     * runs at every symbol of every text.
     */
    private static int bareEnd(Scan scan, int slash) {
        int len = scan.len;
        int i = slash + 1;
        if (i >= len || !isAlnum(scan.charAt(i))) {
            return -1;
        }
        for (i++; i < len; i++) {
            char c = scan.charAt(i);
            if (!isAlnum(c) && c != '.' && c != '-' && c != '/') {
                break;
            }
        }
        // A year in parentheses, maybe after one space: S/RES/2164 (2014).
        int y = i < len && isRegexSpace(scan.charAt(i)) ? i + 1 : i;
        if (y + 6 <= len && scan.charAt(y) == '(' && isDigits(scan, y + 1, 4) && scan.charAt(y + 5) == ')') {
            i = y + 6;
        }
        if (i < len && scan.charAt(i) == '*') {
            i++;
        }
        return i;
    }

    /**
     * True when a root may start inside the token after a hyphen or a digit, the only places
     * {@link #JOINT} matches; most tokens have none, and skip the pattern.
     */
    private static boolean mayBeJoint(String token) {
        for (int i = 1; i < token.length(); i++) {
            char p = token.charAt(i - 1);
            if (isUpper(token.charAt(i)) && (p == '-' || (p >= '0' && p <= '9'))) {
                return true;
            }
        }
        return false;
    }

    private Optional<Symbol> addBare(String piece, int start, List<Reference> out) {
        String trimmed = piece;
        // Sentence punctuation and dangling separators are not part of a symbol.
        while (!trimmed.isEmpty() && ".-/".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        String t = trimmed;
        if (!hasDigit(t)) {
            return Optional.empty();
        }
        Optional<Symbol> s = Symbol.parse(t).symbol();
        s.ifPresent(symbol -> out.add(new Reference(symbol, start, start + t.length())));
        return s;
    }

    private void findWords(Scan scan, List<Reference> out) {
        CharSequence text = scan.text;
        int len = scan.len;
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
            char r = text.charAt(kw);
            if ((r != 'R' && r != 'r') || (kw > 0 && Character.isLetterOrDigit(text.charAt(kw - 1)))) {
                from = at + 1;
                continue;
            }
            // [Rr]esolutions? and the space after it.
            int keywordEnd = at + "esolution".length();
            if (keywordEnd < len && text.charAt(keywordEnd) == 's') {
                keywordEnd++;
            }
            keywordEnd = skipSpace(scan, keywordEnd);
            String body = bodyBefore(text, kw);
            int pos = keywordEnd;
            boolean any = false;
            while (pos < len && startsItem(text.charAt(pos))) {
                Optional<Matcher> item;
                String symbol;
                if ((item = scan.at(SC_ITEM, pos)).isPresent()) {
                    symbol = "S/RES/" + item.get().group(1) + " (" + item.get().group(2) + ")";
                } else if ((item = scan.at(SESSION_ITEM, pos)).isPresent()) {
                    symbol = "A/RES/" + item.get().group(1) + " (" + item.get().group(2) + ")";
                } else if ((item = scan.at(SLASH_ITEM, pos)).isPresent()) {
                    symbol = slashRoot(body) + item.get().group(1) + "/" + item.get().group(2);
                } else {
                    break;
                }
                int end = item.get().end();
                out.add(new Reference(Symbol.of(symbol), pos, end));
                any = true;
                if (firstAfterSpace(scan, end) == 'o') {
                    end = scan.at(OF_DATE, end).map(Matcher::end).orElse(end);
                }
                char c = firstAfterSpace(scan, end);
                Optional<Matcher> sep = c == ',' || c == 'a' ? scan.at(SEPARATOR, end) : Optional.empty();
                if (sep.isEmpty()) {
                    break;
                }
                pos = sep.get().end();
            }
            from = any ? Math.max(pos, keywordEnd) : keywordEnd;
        }
    }

    /** What an item of a resolution list can start with: a digit, or the E of {@code ES-11/1}. */
    private static boolean startsItem(char c) {
        return (c >= '0' && c <= '9') || c == 'E';
    }

    /**
     * The name of the body written right before the keyword at {@code kw}, words apart by
     * {@link #WS}, within {@link #BODY_REACH} characters and starting a word; or "" if none. The
     * same as finding {@code \\b(Security WS Council|...) WS $} in that stretch, without trying
     * the pattern at each of its characters.
     */
    private static String bodyBefore(CharSequence text, int kw) {
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

    /** Past {@link #WS} from {@code i}: blanks, at most one line break, blanks. */
    private static int skipSpace(Scan scan, int i) {
        int len = scan.len;
        while (i < len && isBlank(scan.charAt(i))) {
            i++;
        }
        if (i < len && scan.charAt(i) == '\n') {
            i++;
        } else if (i + 1 < len && scan.charAt(i) == '\r' && scan.charAt(i + 1) == '\n') {
            i += 2;
        } else {
            return i;
        }
        while (i < len && isBlank(scan.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Back over {@link #WS} from {@code i}, not below {@code floor}. */
    private static int skipSpaceBack(CharSequence text, int i, int floor) {
        while (i > floor && isBlank(text.charAt(i - 1))) {
            i--;
        }
        if (i > floor && text.charAt(i - 1) == '\n') {
            i--;
            if (i > floor && text.charAt(i - 1) == '\r') {
                i--;
            }
            while (i > floor && isBlank(text.charAt(i - 1))) {
                i--;
            }
        }
        return i;
    }

    /**
     * The first character at or after {@code i} that is not a blank or line break, or 0: the
     * patterns that start with {@link #WS} and a word are tried only where that word's letter is.
     */
    private static char firstAfterSpace(Scan scan, int i) {
        for (; i < scan.len; i++) {
            char c = scan.charAt(i);
            if (!isBlank(c) && c != '\n' && c != '\r') {
                return c;
            }
        }
        return 0;
    }

    private static boolean regionEquals(CharSequence text, int at, String word) {
        for (int i = 0; i < word.length(); i++) {
            if (text.charAt(at + i) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a word character stands right before {@code p}, as a regular expression's
     * {@code \\b} sees it within the stretch from {@code floor}: a letter, a digit or '_', or a
     * combining mark on one.
     */
    private static boolean wordBefore(CharSequence text, int p, int floor) {
        if (p <= floor) {
            return false;
        }
        int c = Character.codePointBefore(text, p);
        if (c == '_' || Character.isLetterOrDigit(c)) {
            return true;
        }
        for (int x = p - 1; x >= floor && Character.getType(c) == Character.NON_SPACING_MARK; x--) {
            c = Character.codePointAt(text, x);
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /** Each run of white space as one space, as in "Security Council" written across a line break. */
    private static String collapseSpace(CharSequence name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isRegexSpace(c)) {
                sb.append(c);
            } else if (sb.charAt(sb.length() - 1) != ' ') {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** {@code \\s}: the six ASCII white-space characters. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isAlnum(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static boolean isDigits(Scan scan, int from, int n) {
        for (int i = from; i < from + n; i++) {
            char c = scan.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
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
