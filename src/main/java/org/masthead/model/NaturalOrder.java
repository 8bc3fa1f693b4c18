package org.masthead.model;

/**
 * Compares strings with runs of digits by value, so S/2014/9 sorts before S/2014/10.
 * Allocation-free: it runs inside every sort and tree lookup of symbols.
 */
final class NaturalOrder {
    private NaturalOrder() {
    }

    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        int n = a.length();
        int m = b.length();
        while (i < n && j < m) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                while (i < n - 1 && a.charAt(i) == '0' && isDigit(a.charAt(i + 1))) {
                    i++;
                }
                while (j < m - 1 && b.charAt(j) == '0' && isDigit(b.charAt(j + 1))) {
                    j++;
                }
                int si = i;
                int sj = j;
                while (i < n && isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < m && isDigit(b.charAt(j))) {
                    j++;
                }
                int la = i - si;
                int lb = j - sj;
                if (la != lb) {
                    return Integer.compare(la, lb);
                }
                for (int k = 0; k < la; k++) {
                    int c = Character.compare(a.charAt(si + k), b.charAt(sj + k));
                    if (c != 0) {
                        return c;
                    }
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(n - i, m - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
