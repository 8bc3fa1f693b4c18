package org.masthead.model;

/** Natural order for symbols: runs of digits compare by value, so S/2014/9 sorts before S/2014/10. */
final class NaturalOrder {
    private NaturalOrder() {
    }

    /** A key whose plain string order is this natural order, for runs of up to ten digits. */
    static String key(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                sb.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < s.length() && isDigit(s.charAt(j))) {
                j++;
            }
            int start = i;
            while (start < j - 1 && s.charAt(start) == '0') {
                start++;
            }
            for (int pad = j - start; pad < 10; pad++) {
                sb.append('0');
            }
            sb.append(s, start, j);
            i = j;
        }
        return sb.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
