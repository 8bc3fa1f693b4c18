package org.masthead.model;

/** The character tests a symbol's parts must pass when it is parsed. */
final class SymbolChars {
    private SymbolChars() {
    }

    /** {@code 2014}, {@code XV}, {@code ES-IV} or {@code S-II}: what may stand in a symbol's parentheses. */
    static boolean isYearOrSession(String s, int from, int to) {
        if (to - from == 4 && isDigits(s, from, to)) {
            return true;
        }
        int i = s.startsWith("ES-", from) ? from + 3 : s.startsWith("S-", from) ? from + 2 : from;
        if (i >= to) {
            return false;
        }
        for (; i < to; i++) {
            if ("IVXL".indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean isUpperLetters(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < 'A' || s.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }

    // Hand-written checks: parse runs for every candidate reference in every document.
    static boolean hasWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isLetters(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
                return false;
            }
        }
        return true;
    }

    /** Letters, digits, '.' and '-', starting and ending with a letter or digit, never "..". */
    static boolean isPart(String p) {
        int n = p.length();
        if (n == 0 || !isAlnum(p.charAt(0)) || !isAlnum(p.charAt(n - 1))) {
            return false;
        }
        for (int i = 1; i < n - 1; i++) {
            char c = p.charAt(i);
            if (!isAlnum(c) && c != '-' && (c != '.' || p.charAt(i + 1) == '.')) {
                return false;
            }
        }
        return true;
    }

    static boolean isAlnum(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
