package org.masthead.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.masthead.diag.Diagnostic;
import org.masthead.diag.Diagnostics;
import org.masthead.model.Language;

/** A body whose letters plainly belong to another script than its language's is a warning; nothing else is. */
class ScriptsTest {
    private static final String ENGLISH = "The Security Council, recalling its previous resolutions on the situation in Mali, "
            + "welcomes the report of the Secretary-General (S/2014/229).";
    private static final String RUSSIAN = "Совет Безопасности, ссылаясь на свои предыдущие резолюции о положении в Мали, "
            + "приветствует доклад Генерального секретаря (S/2014/229).";
    private static final String ARABIC = "إن مجلس الأمن، إذ يشير إلى قراراته السابقة بشأن الحالة في مالي، يرحب بتقرير الأمين العام "
            + "(S/2014/229) وبالقرار 2164 (2014) وبالوثيقة A/68/789.";
    private static final String CHINESE = "安全理事会，回顾其以往关于马里局势的各项决议，欢迎秘书长的报告（S/2014/229）。";

    private static List<Diagnostic> check(String body, Language language) {
        Diagnostics d = new Diagnostics();
        Scripts.check(body, language, Path.of("content/S/2014/660." + language.code() + ".md"), 7, d);
        return d.sorted();
    }

    @Test
    void eachLanguageInItsOwnScriptPasses() {
        assertEquals(List.of(), check(ENGLISH, Language.EN));
        assertEquals(List.of(), check(ENGLISH, Language.FR));
        assertEquals(List.of(), check(RUSSIAN, Language.RU));
        assertEquals(List.of(), check(ARABIC, Language.AR));
        assertEquals(List.of(), check(CHINESE + " " + CHINESE, Language.ZH));
    }

    @Test
    void aBodyInAnotherScriptIsAWarningOnTheFirstLineOfTheBody() {
        List<Diagnostic> ar = check(ENGLISH, Language.AR);
        assertEquals(1, ar.size());
        assertEquals(7, ar.get(0).line());
        assertTrue(ar.get(0).message().contains("mostly in Latin letters"), ar.get(0).message());
        assertTrue(ar.get(0).message().contains("'ar'"), ar.get(0).message());
        assertTrue(check(RUSSIAN, Language.FR).get(0).message().contains("mostly in Cyrillic letters"));
        assertEquals(1, check(ENGLISH, Language.ZH).size(), "a Chinese version without Han");
        assertEquals(1, check(ENGLISH, Language.RU).size(), "a Russian version without Cyrillic");
        assertEquals(1, check(CHINESE + CHINESE + CHINESE, Language.EN).size());
    }

    @Test
    void shortBodiesDigitsAndSymbolsAreNotJudged() {
        assertEquals(List.of(), check("See S/2014/660 and A/68/789.", Language.AR), "too few letters to tell");
        assertEquals(List.of(), check("| 2014 | 2015 |\n|---|---|\n| 1 234 567 | 2 345 678 |\n".repeat(20), Language.ZH));
        // Symbols and numbers in Latin letters do not outweigh the text around them.
        assertEquals(List.of(), check(CHINESE + " S/2014/660, S/2014/229, A/68/789, S/RES/2164 (2014).", Language.ZH));
    }

    @Test
    void theThresholdIsHalfTheLetters() {
        String latin = "a".repeat(30);
        String cyrillic = "д".repeat(30);
        assertEquals(List.of(), check(latin + " " + cyrillic, Language.RU), "half is enough");
        assertEquals(1, check(latin + "a " + cyrillic, Language.RU).size(), "fewer than half is not");
    }
}
