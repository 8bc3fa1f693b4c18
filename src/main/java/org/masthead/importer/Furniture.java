package org.masthead.importer;

import java.util.regex.Pattern;

/** Recognises page furniture: what the printer adds to every page and is no part of the text. */
final class Furniture {

    /** Job numbers: {@code 14-23663 (E) 180214}, also split over lines ({@code 14-23663 (E)}, {@code 180214}). */
    private static final Pattern JOB = Pattern.compile(
            "\\d{2}-\\d{5}\\*?(?:\\s*\\(E\\))?(?:\\s+\\d{6})?\\*?|\\(E\\)(?:\\s+\\d{6})?|\\d{6}");
    /** Barcodes: {@code *1423663*}, {@code *9926220E*}. */
    private static final Pattern BARCODE = Pattern.compile("\\*\\d{7,}[A-Z]?\\*");
    /** Page numbers {@code 2/4} and the pre-2000 continuation mark {@code /...}. */
    private static final Pattern PAGE = Pattern.compile("\\d{1,3}/\\d{1,3}|/\\.\\.\\.|Page \\d+|Please recycle\\s*");

    private Furniture() {
    }

    static boolean isFurniture(String stripped) {
        return JOB.matcher(stripped).matches()
                || BARCODE.matcher(stripped).matches()
                || PAGE.matcher(stripped).matches();
    }
}
