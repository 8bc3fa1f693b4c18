package org.masthead.link;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One text and its matchers, each made on first use and moved with {@code region()}: making
 * a matcher costs more than most of the matches it tries here.
 */
final class Scan {
    final CharSequence text;
    final int len;
    private final List<Pattern> patterns;
    private final Matcher[] matchers;

    Scan(CharSequence text, List<Pattern> patterns) {
        this.text = text;
        this.len = text.length();
        this.patterns = patterns;
        this.matchers = new Matcher[patterns.size()];
    }

    /**
     * The pattern matched right at {@code pos}, if it matches there. Not {@code find(pos)}: when a {@code \\G}
     * pattern fails at pos, find goes on trying every later position to the end of the text.
     */
    Optional<Matcher> at(Pattern p, int pos) {
        int i = patterns.indexOf(p);
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

    // The character tests and skips the reference finder's hand-written scanner is made of.

    /** Past {@code WS} from {@code i}: blanks, at most one line break, blanks. */
    static int skipSpace(Scan scan, int i) {
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

    /** Back over {@code WS} from {@code i}, not below {@code floor}. */
    static int skipSpaceBack(CharSequence text, int i, int floor) {
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
     * patterns that start with {@code WS} and a word are tried only where that word's letter is.
     */
    static char firstAfterSpace(Scan scan, int i) {
        for (; i < scan.len; i++) {
            char c = scan.charAt(i);
            if (!isBlank(c) && c != '\n' && c != '\r') {
                return c;
            }
        }
        return 0;
    }

    static boolean regionEquals(CharSequence text, int at, String word) {
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
    static boolean wordBefore(CharSequence text, int p, int floor) {
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
    static String collapseSpace(CharSequence name) {
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

    static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** {@code \\s}: the six ASCII white-space characters. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static boolean isAlnum(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    static boolean isDigits(Scan scan, int from, int n) {
        for (int i = from; i < from + n; i++) {
            char c = scan.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static int indexOf(CharSequence text, char c, int from) {
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

    static int indexOf(CharSequence text, String word, int from) {
        if (text instanceof String s) {
            return s.indexOf(word, from);
        }
        return text.toString().indexOf(word, from);
    }

    static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** What may not stand right before a symbol's root: a letter, a digit, or a symbol's own punctuation. */
    static boolean joinsWord(char c) {
        return Character.isLetterOrDigit(c) || c == '/' || c == '.' || c == '_' || c == '-';
    }
}
