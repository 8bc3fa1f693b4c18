package org.masthead.model;

import static org.masthead.model.SymbolChars.hasWhitespace;
import static org.masthead.model.SymbolChars.isLetters;
import static org.masthead.model.SymbolChars.isPart;
import static org.masthead.model.SymbolChars.isUpperLetters;
import static org.masthead.model.SymbolChars.isYearOrSession;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UN document symbol in canonical form, such as {@code S/2014/660}, {@code S/RES/2164 (2014)}
 * or {@code A/ES-11/L.1/Add.1}. Immutable; compares by its canonical text.
 *
 * <p>Grammar (FORMAT.md section 2): {@code ORGAN ("/" PART)* SUFFIX*}, parts of letters, digits,
 * {@code .} and {@code -}; Security Council resolutions carry their year in parentheses, General
 * Assembly resolutions before 1976 their session ({@code A/RES/1514 (XV)}). A trailing
 * reissue mark {@code *} is accepted and dropped: it marks a printing, not another document.
 */
public final class Symbol implements Comparable<Symbol> {

    private static final Pattern YEAR_SUFFIX = Pattern.compile("^(.*?)\\s*\\((\\d{4}|(?:E?S-)?[IVXL]+)\\)$");
    private static final Pattern FAMILY_SUFFIX =
            Pattern.compile("(?i)/(?:Add|Corr|Rev|Amend)\\.\\d+[A-Za-z]?$|(?i)/Summary$");
    private static final List<String> SUFFIX_WORDS = List.of("Add", "Corr", "Rev", "Amend");

    /**
     * The longest symbol accepted. A symbol names a folder of the site, and every common file
     * system takes 255 bytes a name; the longest real symbols are about 40 characters.
     */
    public static final int MAX_LENGTH = 100;

    private final String text;
    // Derived values, computed on first use; benign races only ever store equal values.
    private Symbol familyBase;
    private String sortKey;

    private Symbol(String text) {
        this.text = text;
    }

    /** Parses text into a symbol, or explains why it is not one. */
    public static Result parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Result.failure("the symbol is empty");
        }
        if (raw.length() > MAX_LENGTH && raw.strip().length() > MAX_LENGTH) {
            return Result.failure("the symbol is " + raw.strip().length() + " characters long; the longest accepted is "
                    + MAX_LENGTH);
        }
        if (isCanonical(raw)) {
            return Result.success(new Symbol(raw));
        }
        String s = raw.strip()
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u2011', '-').replace('\u2010', '-');
        if (s.endsWith("*")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        String year = null;
        if (s.endsWith(")")) {
            Matcher y = YEAR_SUFFIX.matcher(s);
            if (y.matches()) {
                s = y.group(1).strip();
                year = y.group(2);
            }
        }
        if (hasWhitespace(s)) {
            s = s.replaceAll("\\s+", "");
        }
        if (s.startsWith("/") || s.endsWith("/")) {
            return Result.failure("a symbol cannot start or end with '/': " + raw.strip());
        }
        String[] parts = s.split("/", -1);
        if (parts.length < 2) {
            return Result.failure("'" + raw.strip() + "' has no '/': a symbol looks like S/2014/660");
        }
        if (!isLetters(parts[0])) {
            return Result.failure("a symbol starts with the letters of its organ (S, A, E, ST, ...): "
                    + raw.strip());
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (!isPart(p)) {
                return Result.failure("'" + p + "' is not a valid symbol part in '" + raw.strip()
                        + "': parts are letters, digits, '.' and '-'");
            }
            if (i > 0) {
                out.append('/');
            }
            out.append(i == 0 ? p.toUpperCase(Locale.ROOT) : canonicalSuffix(p));
        }
        if (year != null) {
            out.append(" (").append(year).append(')');
        }
        return Result.success(new Symbol(out.toString()));
    }

    /**
     * True when the text is already a symbol in canonical form, as what the reference finder
     * hands in mostly is: parse would give it back unchanged, so it is taken as it is.
     */
    private static boolean isCanonical(String s) {
        int end = s.length();
        if (end > 0 && s.charAt(end - 1) == ')') {
            int open = s.lastIndexOf(" (");
            if (open < 0 || !isYearOrSession(s, open + 2, end - 1)) {
                return false;
            }
            end = open;
        }
        int parts = 0;
        for (int from = 0, i = 0; i <= end; i++) {
            if (i == end || s.charAt(i) == '/') {
                String part = s.substring(from, i);
                boolean ok = parts == 0 ? isUpperLetters(part) : isPart(part) && canonicalSuffix(part).equals(part);
                if (!ok) {
                    return false;
                }
                parts++;
                from = i + 1;
            }
        }
        return parts >= 2;
    }

    /** Parses or throws: for symbols written in code and tests, known to be valid. */
    public static Symbol of(String raw) {
        Result r = parse(raw);
        if (r.symbol().isEmpty()) {
            throw new IllegalArgumentException(r.error());
        }
        return r.symbol().get();
    }

    private static String canonicalSuffix(String part) {
        int dot = part.indexOf('.');
        String word = dot < 0 ? part : part.substring(0, dot);
        for (String w : SUFFIX_WORDS) {
            if (w.equalsIgnoreCase(word) && dot > 0) {
                return w + part.substring(dot);
            }
        }
        if ("summary".equalsIgnoreCase(part)) {
            return "Summary";
        }
        return part;
    }

    /** The canonical form, e.g. {@code S/RES/2164 (2014)}. */
    public String text() {
        return text;
    }

    /** The first segment: {@code S}, {@code A}, {@code E}, {@code ST}, ... */
    public String root() {
        return text.substring(0, text.indexOf('/'));
    }

    public Organ organ() {
        return Organ.ofRoot(root());
    }

    /**
     * The path of this symbol's page under the site root: spaces removed, as on the UN's own
     * permalinks ({@code S/RES/2164(2014)}). Parsing already limits characters to letters, digits,
     * {@code . - / ( )} and forbids {@code ..}, so no symbol can address a file outside the site.
     */
    public String urlPath() {
        return text.replace(" ", "");
    }

    /** The document this one belongs to: {@code S/2014/2} for {@code S/2014/2/Rev.3}; itself otherwise. */
    public Symbol familyBase() {
        Symbol base = familyBase;
        if (base == null) {
            String t = text;
            Matcher m = FAMILY_SUFFIX.matcher(t);
            while (m.find()) {
                t = t.substring(0, m.start());
                m = FAMILY_SUFFIX.matcher(t);
            }
            base = t.equals(text) ? this : new Symbol(t);
            familyBase = base;
        }
        return base;
    }

    public boolean isFamilyMember() {
        return familyBase() != this;
    }

    /** The address of this symbol on the UN's document system. */
    public String undocsUrl() {
        return "https://undocs.org/" + urlPath();
    }

    @Override
    public int compareTo(Symbol o) {
        int c = sortKey().compareTo(o.sortKey());
        return c != 0 ? c : text.compareTo(o.text);
    }

    /**
     * The text with every run of digits padded to ten places, so that plain string order is
     * natural order (S/2014/9 before S/2014/10). Made once per symbol: the build sorts often.
     */
    private String sortKey() {
        String k = sortKey;
        if (k == null) {
            k = NaturalOrder.key(text);
            sortKey = k;
        }
        return k;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Symbol other && other.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    /** A parsed symbol or the reason the text is not one. */
    public record Result(Optional<Symbol> symbol, String error) {
        static Result success(Symbol s) {
            return new Result(Optional.of(s), null);
        }

        static Result failure(String error) {
            return new Result(Optional.empty(), error);
        }
    }
}
