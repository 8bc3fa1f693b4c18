package org.masthead.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.pipeline.TestSite;

/**
 * The closed vocabularies (organ, document type, the language of an annex's original) in the
 * site's language on document and browse pages, and subjects, the editors' own words, as written
 * and marked with the language of the file that gave them.
 */
class VocabularyNamesTest {
    @TempDir
    Path tmp;

    /** What a site in each language must show: organ, one document's type, the types' heading, the other organ, "French". */
    private static final Map<String, List<String>> NAMES = Map.of(
            "en", List.of("Security Council", "Letter", "Letters", "General Assembly", "French"),
            "fr", List.of("Conseil de sécurité", "Lettre", "Lettres", "Assemblée générale", "français"),
            "ar", List.of("مجلس الأمن", "رسالة", "رسائل", "الجمعية العامة", "الفرنسية"));

    private TestSite site(String lang) {
        TestSite site = new TestSite(tmp.resolve(lang));
        site.file("S/2014/660.md", TestSite.doc("S/2014/660", "2014-09-12", "Letter dated 11 September 2014",
                "type: letter\nsubjects: [Mali]\nannexes:\n  - title: Letter from Mali\n    original: French",
                "I have the honour to transmit a letter.\n\n## Annex\n\nThe annex."));
        site.file("S/2014/660.fr.md", TestSite.doc("S/2014/660", "2014-09-12", "Lettre datée du 11 septembre 2014",
                "language: fr", "J’ai l’honneur de vous faire tenir une lettre."));
        site.file("S/2014/661.md", TestSite.doc("S/2014/661", "2014-09-13", "Letter dated 12 September 2014",
                "type: letter", "Another letter."));
        // Subjects stated only by the French file: every version shows them, in French.
        site.file("S/2014/662.md", TestSite.doc("S/2014/662", "2014-09-14", "Report on the Sahel", "type: report", "Text."));
        site.file("S/2014/662.fr.md", TestSite.doc("S/2014/662", "2014-09-14", "Rapport sur le Sahel",
                "language: fr\nsubjects: [Sahel et sécurité]", "Texte."));
        site.file("A/RES/68/262.md", TestSite.doc("A/RES/68/262", "2014-03-27", "Territorial integrity of Ukraine",
                "type: resolution", "The General Assembly, ..."));
        // An organ the front matter names in its own words is data: shown as written.
        site.file("A/HRC/RES/25/1.md", TestSite.doc("A/HRC/RES/25/1", "2014-04-09", "Promoting reconciliation",
                "type: resolution\norgan: Human Rights Council", "The Human Rights Council, ..."));
        TestSite.Run r = site.run("build", "--content", site.content.toString(), "--out", site.out.toString(),
                "--templates", site.templates.toString(), "--lang", lang);
        assertEquals(0, r.code(), r::toString);
        return site;
    }

    @Test
    void organTypeAndLanguageAreNamedInTheSitesLanguageOnDocumentAndBrowsePages() {
        for (String lang : List.of("en", "fr", "ar")) {
            List<String> n = NAMES.get(lang);
            TestSite site = site(lang);
            for (String path : List.of("S/2014/660/index.html", "S/2014/660/fr/index.html")) {
                Document page = site.page(path);
                List<Element> facts = page.select("aside.about dl.facts > div");
                // Symbol, organ, type: each a link to its browse page.
                assertEquals(n.get(0), facts.get(1).selectFirst("dd a").text(), lang + " " + path);
                assertEquals(n.get(1), facts.get(2).selectFirst("dd a").text(), lang + " " + path);
                assertEquals(site.site("browse/organ/security-council/index.html"),
                        TestSite.target(site.site(path), facts.get(1).selectFirst("dd a").attr("href")));
                assertEquals(site.site("browse/type/letters/index.html"),
                        TestSite.target(site.site(path), facts.get(2).selectFirst("dd a").attr("href")));
            }
            assertTrue(site.page("S/2014/660/index.html").selectFirst(".annex-meta").text().contains(n.get(4)),
                    () -> lang + ": " + site.page("S/2014/660/index.html").selectFirst(".annex-meta").text());

            Document organ = site.page("browse/organ/security-council/index.html");
            assertEquals(lang.equals("ar") ? "rtl" : "ltr", organ.selectFirst("html").attr("dir"));
            assertEquals(n.get(0), organ.selectFirst("h1 > span").text());
            assertTrue(organ.title().contains(n.get(0)), organ::title);
            assertEquals(n.get(2), site.page("browse/type/letters/index.html").selectFirst("h1 > span").text());

            Document browse = site.page("browse/index.html");
            // By size, then by the value the archive holds, whatever the language shows.
            assertEquals(List.of(n.get(0), n.get(3), "Human Rights Council"), browse.select("#facet-organ + ul a").eachText(), lang);
            assertEquals(n.get(2), browse.select("#facet-type + ul a").first().text(), lang);
            assertEquals(browse.select("#facet-organ + ul a").eachText(), site.page("index.html").select("#facet-organ + ul a").eachText(),
                    "the home page shows the same names");
        }
    }

    @Test
    void subjectsStayAsWrittenMarkedWithTheLanguageOfTheFileThatGaveThem() {
        TestSite fr = site("fr");
        // On a French site, "Mali" came from the English file, whichever version shows it.
        for (String path : List.of("S/2014/660/index.html", "S/2014/660/fr/index.html")) {
            Element subject = fr.page(path).selectFirst("aside.about a[href*=browse/subject/]");
            assertEquals("Mali", subject.text());
            assertEquals("en", subject.attr("lang"), path);
        }
        // The French file's subjects are in the site's language: nothing to mark, on either version.
        for (String path : List.of("S/2014/662/index.html", "S/2014/662/fr/index.html")) {
            Element subject = fr.page(path).selectFirst("aside.about a[href*=browse/subject/]");
            assertEquals("Sahel et sécurité", subject.text());
            assertFalse(subject.hasAttr("lang"), path);
        }
        Document browse = fr.page("browse/subject/index.html");
        assertEquals("en", browse.select(".facet li a").stream().filter(a -> a.text().equals("Mali")).findFirst().orElseThrow().attr("lang"));
        assertEquals("en", fr.page("browse/subject/mali/index.html").selectFirst("h1 > span").attr("lang"));
        assertFalse(fr.page("browse/subject/sahel-et-securite/index.html").selectFirst("h1 > span").hasAttr("lang"));

        // On an English site the French words are marked, and the English ones are not.
        TestSite en = site("en");
        assertEquals("fr", en.page("S/2014/662/index.html").selectFirst("aside.about a[href*=browse/subject/]").attr("lang"));
        assertEquals("fr", en.page("browse/subject/sahel-et-securite/index.html").selectFirst("h1 > span").attr("lang"));
        assertFalse(en.page("S/2014/660/index.html").selectFirst("aside.about a[href*=browse/subject/]").hasAttr("lang"));

        // On an Arabic site, the English words also keep their direction.
        Element ar = site("ar").page("S/2014/660/index.html").selectFirst("aside.about a[href*=browse/subject/]");
        assertEquals("en", ar.attr("lang"));
        assertEquals("ltr", ar.attr("dir"));
    }
}
