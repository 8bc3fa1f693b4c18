package org.masthead.importer;

import java.util.regex.Pattern;

/**
 * Tells a person's initial ("U. Joy Ogwu (Nigeria)") from the letter of a section heading
 * ("B. United Nations Mission in South Sudan (UNMISS)", "J. Cooperation with regional
 * organizations"): lists of officers print a name, capitalised word by word, then the country
 * in brackets; or the name stands under a label such as "Chair:".
 */
final class NameInitial {

    /**
     * One to five capitalised words or name particles ("Joy Ogwu", "Jean-Marc de La Sablière"),
     * then a country in words, not an acronym.
     */
    private static final Pattern NAME_AND_COUNTRY = Pattern.compile("\\p{Lu}\\.\\s+(?:(?:\\p{Lu}[\\p{L}’'.-]*|"
            + "(?:de|da|del|della|di|du|dos|das|van|von|der|den|bin|ibn|al|el|le|la)\\b)\\s+){0,4}"
            + "\\p{Lu}[\\p{L}’'-]+\\s+\\((?=[^)]*\\p{Ll})\\p{Lu}[^()]*\\)");
    /** A label a name is printed under ("Chair:", "Vice-Chairs:", "Rapporteur:"): a word or two and a colon. */
    private static final Pattern LABEL = Pattern.compile("\\p{Lu}[\\p{L}-]*(?:\\s+[\\p{L}-]+)?:");

    private NameInitial() {
    }

    /**
     * @param line     the stripped line, which starts with a capital letter and a full stop
     * @param previous the stripped line above it, empty if blank
     */
    static boolean startsName(String line, String previous) {
        return NAME_AND_COUNTRY.matcher(line).matches() || LABEL.matcher(previous).matches();
    }
}
