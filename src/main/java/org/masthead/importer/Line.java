package org.masthead.importer;

/**
 * One line of the raw input with the file line it came from, so every diagnostic can point at it.
 *
 * @param pageStart true on the first kept line of a new page (a form feed stood before it)
 */
record Line(int number, String text, boolean pageStart) {

    boolean blank() {
        return text.isBlank();
    }

    Line withText(String newText) {
        return new Line(number, newText, pageStart);
    }

    Line startingPage() {
        return new Line(number, text, true);
    }
}
