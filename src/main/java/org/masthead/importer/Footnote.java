package org.masthead.importer;

/**
 * A footnote moved from the foot of its page.
 *
 * @param label  the printed mark ({@code 1}, {@code 22}, {@code *}, {@code **})
 * @param linked true when its mark was found in the text, so it becomes a Markdown footnote;
 *               otherwise its text stays in the body where it was printed
 */
record Footnote(String label, String text, int line, boolean linked) {

    /** The Markdown label: the number, or for a star (which every page may use again) the note's line. */
    String key() {
        return label.startsWith("*") ? "star-" + line : label;
    }

    Footnote withLinked() {
        return new Footnote(label, text, line, true);
    }
}
