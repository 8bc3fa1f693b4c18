package org.masthead.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Words split by the PDF's justification are joined only where the split is evident. */
class WordMenderTest {

    private static String mend(String text, String... elsewhere) {
        List<Line> lines = new ArrayList<>();
        for (String e : elsewhere) {
            lines.add(new Line(lines.size() + 1, e, false));
        }
        return new WordMender(lines).mend(text);
    }

    @Test
    void joinsAPieceThatIsNoWordIntoADictionaryWord() {
        assertEquals("the intention of the Council", mend("the intenti on of the Council"));
        assertEquals("established by resolution 690 (1991)", mend("established by resolutio n 690 (1991)"));
    }

    @Test
    void joinsASymbolKeywordBeforeItsNumberEvenFromTwoWords() {
        assertEquals("General Assembly resolution 64/288", mend("General Assembly re solution 64/288"));
    }

    @Test
    void leavesTwoRealWordsApart() {
        assertEquals("in any way the Council", mend("in any way the Council"));
        assertEquals("a re solution of the problem", mend("a re solution of the problem"));
    }

    @Test
    void joinsWhatTheDocumentSpellsWholeElsewhere() {
        assertEquals("the annex", mend("the ann ex", "see annex"));
    }
}
