package org.masthead.link;

import static org.masthead.link.Scan.firstAfterSpace;
import static org.masthead.link.Scan.hasDigit;
import static org.masthead.link.Scan.indexOf;
import static org.masthead.link.Scan.isAlnum;
import static org.masthead.link.Scan.isDigits;
import static org.masthead.link.Scan.isRegexSpace;
import static org.masthead.link.Scan.isUpper;
import static org.masthead.link.Scan.joinsWord;
import static org.masthead.link.Scan.skipSpace;

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

    /** The letter of a resolution adopted in parts ({@code 377 A (V)}): the parts share one symbol. */
    private static final String PART = "(?:[ \\t]+[A-D](?=[ \\t]*\\())?";
    /** {@code 2164 (2014)}: the Security Council's numbering. */
    private static final Pattern SC_ITEM = Pattern.compile("\\G(\\d{1,4})" + PART + WS + "\\((\\d{4})\\)");
    /** {@code 64/288}, {@code ES-11/1}: the numbering of the General Assembly and other bodies. */
    private static final Pattern SLASH_ITEM = Pattern.compile("\\G((?:ES-)?\\d{1,2})/(\\d{1,4})(?![\\d/])");
    /** "of 13 March 1964", or in a list of one year "of 13 March" ("186 (1964) of 4 March, 187 (1964) of 13 March"). */
    private static final Pattern OF_DATE = Pattern.compile("\\G" + WS + "of" + WS + "\\d{1,2}" + WS + "[A-Z][a-z]+(?:" + WS
            + "\\d{4})?");
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
    private static final Pattern ADDED = Pattern.compile("\\G" + WS + "and" + WS
            + "((Add|Corr|Rev|Amend)\\.(\\d{1,3})(?:[-\u2013](\\d{1,3}))?)\\b");
    /** The most parts a range such as {@code Add.1-3} may name. */
    private static final int MAX_RANGE = 20;
    /** The patterns a {@link Scan} keeps a matcher of. */
    private static final List<Pattern> PATTERNS = List.of(SC_ITEM, SESSION_ITEM, SLASH_ITEM, OF_DATE, SEPARATOR, ADDED);

    public List<Reference> find(CharSequence text) {
        List<Reference> found = new ArrayList<>();
        Scan scan = new Scan(text, PATTERNS);
        findBare(scan, found);
        findWords(scan, Keyword.RESOLUTION, found);
        findWords(scan, Keyword.DECISION, found);
        found.sort(Comparator.comparingInt(Reference::start));
        return removeOverlaps(found);
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
                scan.at(ADDED, end).ifPresent(added -> addParts(last.get(), added, out));
            }
        }
    }

    /**
     * Where a symbol whose root ends at {@code slash} ends, or -1: what the pattern
     * {@code /[A-Za-z0-9][A-Za-z0-9.\-/]*(?:\s?\(\d{4}\))?\*?} would match, by hand, as this
     * runs at every symbol of every text.
     */
    static int bareEnd(Scan scan, int slash) {
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

    /** The words that name documents by number: resolutions of every body, decisions of the bodies that number them. */
    private enum Keyword {
        RESOLUTION('R', "esolution"), DECISION('D', "ecision");

        final char initial;
        final String rest;

        Keyword(char initial, String rest) {
            this.initial = initial;
            this.rest = rest;
        }
    }

    private void findWords(Scan scan, Keyword keyword, List<Reference> out) {
        CharSequence text = scan.text;
        int len = scan.len;
        int from = 0;
        while (from < len) {
            // Look only where the word is: trying the pattern at every character costs more than all else.
            int at = indexOf(text, keyword.rest, from);
            if (at < 0) {
                break;
            }
            if (at == 0) {
                from = 1;
                continue;
            }
            int kw = at - 1;
            char r = text.charAt(kw);
            if (Character.toUpperCase(r) != keyword.initial || (kw > 0 && Character.isLetterOrDigit(text.charAt(kw - 1)))) {
                from = at + 1;
                continue;
            }
            // [Rr]esolutions? (or [Dd]ecisions?) and the space after it.
            int keywordEnd = at + keyword.rest.length();
            if (keywordEnd < len && text.charAt(keywordEnd) == 's') {
                keywordEnd++;
            }
            keywordEnd = skipSpace(scan, keywordEnd);
            IssuingBody.Name name = IssuingBody.before(text, kw);
            String body = name.text();
            int pos = keywordEnd;
            boolean any = false;
            while (pos < len && startsItem(text.charAt(pos))) {
                Optional<Matcher> item;
                String symbol;
                boolean resolution = keyword == Keyword.RESOLUTION;
                Optional<String> root = resolution ? Optional.of(IssuingBody.resolutionRoot(body)) : IssuingBody.decisionRoot(body);
                if (resolution && (item = scan.at(SC_ITEM, pos)).isPresent()) {
                    symbol = "S/RES/" + item.get().group(1) + " (" + item.get().group(2) + ")";
                } else if (resolution && (item = scan.at(SESSION_ITEM, pos)).isPresent()) {
                    symbol = "A/RES/" + item.get().group(1) + " (" + item.get().group(2) + ")";
                } else if (root.isPresent() && (item = scan.at(SLASH_ITEM, pos)).isPresent()
                        && (resolution || item.get().group(2).length() == 3)) {
                    // Decisions of the Assembly and the Council are numbered from 101 in each session ("68/505").
                    symbol = root.get() + item.get().group(1) + "/" + item.get().group(2);
                } else {
                    break;
                }
                int end = item.get().end();
                // The whole reference is the link: "General Assembly resolution 64/288", then only "1989 (2011)" in a list.
                out.add(new Reference(Symbol.of(symbol), any ? pos : name.start(), end));
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

    /** "and Add.1-3" names Add.1, Add.2 and Add.3; a range is taken only when short and ascending. */
    private static void addParts(Symbol base, Matcher added, List<Reference> out) {
        int first = Integer.parseInt(added.group(3));
        int last = added.group(4) == null ? first : Integer.parseInt(added.group(4));
        if (last < first || last - first > MAX_RANGE) {
            last = first;
        }
        for (int n = first; n <= last; n++) {
            // Text spans: "Add.1" for the first, "3" for the last, none (empty) for those between.
            int start = n == first ? added.start(1) : added.start(4);
            int end = n == first ? added.end(3) : n == last ? added.end(4) : added.start(4);
            Symbol.parse(base.text() + "/" + added.group(2) + "." + n).symbol()
                    .ifPresent(s -> out.add(new Reference(s, start, end)));
        }
    }

    /** What an item of a resolution list can start with: a digit, or the E of {@code ES-11/1}. */
    private static boolean startsItem(char c) {
        return (c >= '0' && c <= '9') || c == 'E';
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
