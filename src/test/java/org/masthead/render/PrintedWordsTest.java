package org.masthead.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.masthead.model.Distribution;
import org.masthead.model.Language;

/**
 * The printed forms against published UN texts: each expected value below is copied from the
 * published document named beside it (see the source column of printed-words.tsv), not from
 * this program's output.
 */
class PrintedWordsTest {
    private final PrintedWords words = PrintedWords.builtin();

    @Test
    void datesAreWrittenAsThePublishedVersionsWriteThem() {
        // S/2000/796, French: "14 août 2000"; press release AG/AB/3749: "1er juillet 2006"
        assertEquals("14 août 2000", words.date(LocalDate.of(2000, 8, 14), Language.FR));
        assertEquals("1er juillet 2006", words.date(LocalDate.of(2006, 7, 1), Language.FR));
        // A/59/2005/Add.2 and A/57/551, Spanish
        assertEquals("23 de mayo de 2005", words.date(LocalDate.of(2005, 5, 23), Language.ES));
        assertEquals("4 de diciembre de 2002", words.date(LocalDate.of(2002, 12, 4), Language.ES));
        // S/2001/988, Russian: "от 22 октября 2001 года"
        assertEquals("22 октября 2001 года", words.date(LocalDate.of(2001, 10, 22), Language.RU));
        // A/67/352/Add.1, A/74/L.75 and the Council's rules page, Arabic: Western digits, both month names
        assertEquals("29 تشرين الأول/أكتوبر 2012", words.date(LocalDate.of(2012, 10, 29), Language.AR));
        assertEquals("13 آذار/مارس 2003", words.date(LocalDate.of(2003, 3, 13), Language.AR));
        assertEquals("17 كانون الأول/ديسمبر 1980", words.date(LocalDate.of(1980, 12, 17), Language.AR));
        // S/PRST/2008/24 and S/PRST/2001/12, Chinese
        assertEquals("2008年6月24日", words.date(LocalDate.of(2008, 6, 24), Language.ZH));
        assertEquals("2001年4月24日", words.date(LocalDate.of(2001, 4, 24), Language.ZH));
        assertEquals("12 September 2014", words.date(LocalDate.of(2014, 9, 12), Language.EN));
    }

    @Test
    void mastheadsOfTheRussianAndArabicVersionsPrintTheirDateInEnglish() {
        // S/2001/988 (Russian): "23 October 2001"; A/74/L.75 (Arabic): "16 July 2020"; S/2000/796 (French): "14 août 2000"
        assertEquals("23 October 2001", words.mastheadDate(LocalDate.of(2001, 10, 23), Language.RU));
        assertEquals("16 July 2020", words.mastheadDate(LocalDate.of(2020, 7, 16), Language.AR));
        assertEquals("14 août 2000", words.mastheadDate(LocalDate.of(2000, 8, 14), Language.FR));
        assertEquals("23 de mayo de 2005", words.mastheadDate(LocalDate.of(2005, 5, 23), Language.ES));
    }

    @Test
    void mastheadWordsAreThoseOfThePublishedVersions() {
        // S/2000/796: "Nations Unies / Conseil de sécurité / Distr. générale / Français / Original: anglais"
        assertEquals("Nations Unies", words.word(Language.FR, "un"));
        assertEquals("Conseil de sécurité", words.organ("Security Council", Language.FR));
        assertEquals("Distr.", words.word(Language.FR, "distr"));
        assertEquals("générale", words.distribution(Distribution.GENERAL, Language.FR));
        assertEquals("Français", words.word(Language.FR, "version"));
        assertEquals("anglais", words.original("English", Language.FR));
        // A/59/2005/Add.2: "Naciones Unidas / Asamblea General / Distr. general / Español / Original: inglés"
        assertEquals("Asamblea General", words.organ("General Assembly", Language.ES));
        assertEquals("general", words.distribution(Distribution.GENERAL, Language.ES));
        assertEquals("inglés", words.original("English", Language.ES));
        // S/2001/988 and A/56/441: the Russian masthead block in English, "(Подпись)", "Приложение"
        assertEquals("Организация Объединенных Наций", words.word(Language.RU, "un"));
        assertEquals("Russian", words.word(Language.RU, "version"));
        assertEquals("English", words.original("English", Language.RU));
        assertEquals("(Подпись)", words.word(Language.RU, "signed"));
        assertEquals("Приложение", words.word(Language.RU, "annex"));
        // A/74/L.75: "Distr.: Limited", "Arabic Original: English"
        assertEquals("Limited", words.distribution(Distribution.LIMITED, Language.AR));
        assertEquals("Arabic", words.word(Language.AR, "version"));
        // An organ or original language the table does not know is printed as the front matter has it.
        assertEquals("Economic and Social Council", words.organ("Economic and Social Council", Language.FR));
        assertEquals("German", words.original("German", Language.FR));
    }

    @Test
    void everyFormSaysWhereItComesFromAndEveryLanguageHasTheMastheadWords() {
        for (PrintedWords.Form f : words.all()) {
            assertFalse(f.source().isBlank(), () -> f + " names no source");
            if (!f.sourced()) {
                assertTrue(f.source().startsWith("unverified"), () -> f + " is not sourced and does not say so");
            }
        }
        for (Language l : Language.values()) {
            for (String key : List.of("un", "distr", "version", "original", "masthead.date", "annex", "signed",
                    "distribution.General", "distribution.Limited", "distribution.Restricted",
                    "organ.Security Council", "organ.General Assembly")) {
                assertTrue(words.form(l, key).isPresent(), () -> l + " lacks " + key);
            }
        }
        for (int m = 1; m <= 12; m++) {
            assertTrue(words.form(Language.AR, "month." + m).isPresent(), "Arabic month " + m);
        }
    }
}
