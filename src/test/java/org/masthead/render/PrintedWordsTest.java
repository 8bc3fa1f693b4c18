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
    void wordsOnceUnverifiedAreThoseOfThePublishedVersionsNowRead() {
        // A/HRC/RES/35/3, Chinese: "联 合 国 / 大 会 / Distr.: General / 10 July 2017 / Chinese / Original: English"
        assertEquals("联合国", words.word(Language.ZH, "un"));
        assertEquals("大会", words.organ("General Assembly", Language.ZH));
        assertEquals("Distr.:", words.word(Language.ZH, "distr"));
        assertEquals("General", words.distribution(Distribution.GENERAL, Language.ZH));
        assertEquals("Chinese", words.word(Language.ZH, "version"));
        assertEquals("Original:", words.word(Language.ZH, "original"));
        assertEquals("10 July 2017", words.mastheadDate(LocalDate.of(2017, 7, 10), Language.ZH));
        // CCPR/C/99/D/1868/2009, Chinese: "Distr.: Restricted*", "[附件] / 附件"
        assertEquals("Restricted", words.distribution(Distribution.RESTRICTED, Language.ZH));
        assertEquals("附件", words.word(Language.ZH, "annex"));
        // A/HRC/34/L.6 and CCPR/C/101/D/1769/2008, French: "Distr. limitée", "Distr. restreinte*", "Annexe"
        assertEquals("limitée", words.distribution(Distribution.LIMITED, Language.FR));
        assertEquals("restreinte", words.distribution(Distribution.RESTRICTED, Language.FR));
        assertEquals("Annexe", words.word(Language.FR, "annex"));
        // S/2017/693 "(Signé) V. Nebenzia", "Original : russe"; S/2016/588 "Original : arabe";
        // CCPR/C/132/D/2833/2016 "Original : espagnol"; CERD/C/EGY/CO/17-22 "Original : français"
        assertEquals("(Signé)", words.word(Language.FR, "signed"));
        assertEquals("russe", words.original("Russian", Language.FR));
        assertEquals("arabe", words.original("Arabic", Language.FR));
        assertEquals("espagnol", words.original("Spanish", Language.FR));
        assertEquals("français", words.original("French", Language.FR));
        // A/AC.154/383 "(Firmado) Russell Graham"; CAT/C/SR.844 "Original: francés"; S/2016/588 "Original: árabe"
        assertEquals("(Firmado)", words.word(Language.ES, "signed"));
        assertEquals("francés", words.original("French", Language.ES));
        assertEquals("árabe", words.original("Arabic", Language.ES));
        // S/2015/279 "(توقيع)"; CCPR/C/100/D/1383/2005 "Distr.: Restricted", "المرفق", "25 شباط/فبراير 2005"
        assertEquals("(توقيع)", words.word(Language.AR, "signed"));
        assertEquals("Restricted", words.distribution(Distribution.RESTRICTED, Language.AR));
        assertEquals("المرفق", words.word(Language.AR, "annex"));
        assertEquals("25 شباط/فبراير 2005", words.date(LocalDate.of(2005, 2, 25), Language.AR));
        // CRC/C/OMN/CO/3-4, CCPR/C/SR.1950, E/CONF.103/2 and CERD/C/URY/CO/21-23, Arabic
        assertEquals("12 كانون الثاني/يناير 2016", words.date(LocalDate.of(2016, 1, 12), Language.AR));
        assertEquals("24 تموز/يوليه 2001", words.date(LocalDate.of(2001, 7, 24), Language.AR));
        assertEquals("23 آب/أغسطس 2013", words.date(LocalDate.of(2013, 8, 23), Language.AR));
        assertEquals("24 تشرين الثاني/نوفمبر 2016", words.date(LocalDate.of(2016, 11, 24), Language.AR));
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
