package org.masthead.fuzz;

import org.junit.jupiter.api.Test;

/** What the fuzz tests found, kept as they found it: each input once failed the property it is checked against. */
class FuzzFindingsTest {
    private final FrontMatterFuzzTest frontMatter = new FrontMatterFuzzTest();

    /** SnakeYAML names a line break it did not expect by writing one: the diagnostic took two lines. */
    @Test
    void aYamlErrorAboutALineBreakIsOneLine() {
        frontMatter.wellFormed(FrontMatterFuzzTest.GOOD.replace("    signatories:\n      - name: Abdoulaye Diop",
                "    signatories: *\n      - name: Abdoulaye Diop"));
    }

    /** An empty folded scalar ({@code subjects: >}) gave a subject with no name: a browse page without a label. */
    @Test
    void anEmptyFoldedListValueGivesNoEmptySubject() {
        frontMatter.wellFormed(FrontMatterFuzzTest.GOOD.replace("subjects: [Mali, MINUSMA]", "subjects: > "));
    }
}
