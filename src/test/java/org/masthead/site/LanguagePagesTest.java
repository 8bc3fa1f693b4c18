package org.masthead.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.pipeline.TestSite;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import nu.validator.validation.SimpleDocumentValidator;

/**
 * Language versions as pages: each version's page, its {@code lang}, {@code dir} and
 * {@code hreflang}, the switcher both ways, the masthead in the version's own words, links to
 * the reader's language, browse by language, the feed, and a site built in another language.
 */
class LanguagePagesTest {
    private static final List<String> UN_ORDER = List.of("ar", "zh", "en", "fr", "ru", "es");

    @TempDir
    Path tmp;

    private TestSite site() {
        TestSite site = new TestSite(tmp);
        site.file("S/2014/660.md", TestSite.doc("S/2014/660", "2014-09-12",
                "Letter dated 11 September 2014 from the Secretary-General", "type: letter\noriginal: English",
                "I have the honour to transmit a letter.\n\n(Signed) BAN Ki-moon\n\n## Annex\n\nThe annex."));
        site.file("S/2014/660.fr.md", TestSite.doc("S/2014/660", "2014-09-12",
                "Lettre datée du 11 septembre 2014, adressée par le Secrétaire général",
                "type: letter\nlanguage: fr\noriginal: English",
                "J’ai l’honneur de vous faire tenir une lettre.\n\n(Signé) BAN Ki-moon\n\n## Annexe\n\nL’annexe."));
        site.file("S/2014/660.ar.md", TestSite.doc("S/2014/660", "2014-09-12",
                "رسالة مؤرخة 11 أيلول/سبتمبر 2014 موجهة من الأمين العام", "type: letter\nlanguage: ar\noriginal: English",
                "أتشرف بأن أحيل رسالة (S/2014/660).\n\n## المرفق\n\nالمرفق."));
        site.file("S/2014/700.md", TestSite.doc("S/2014/700", "2014-09-20", "Letter citing S/2014/660",
                "type: letter", "As said in S/2014/660, more."));
        site.file("S/2014/700.fr.md", TestSite.doc("S/2014/700", "2014-09-20", "Lettre citant S/2014/660",
                "type: letter\nlanguage: fr", "Comme dit dans S/2014/660, plus."));
        return site;
    }

    @Test
    void everyVersionHasItsPageWithLangDirAlternatesAndLinksToTheOthersAndBack() {
        TestSite site = site();
        TestSite.Run r = site.build();
        assertEquals(0, r.code(), r::toString);
        List<String> held = List.of("ar", "en", "fr");
        for (String lang : held) {
            String path = "S/2014/660/" + (lang.equals("en") ? "" : lang + "/") + "index.html";
            assertTrue(Files.isRegularFile(site.site(path)), path);
            Document page = site.page(path);
            assertEquals(lang, page.selectFirst("html").attr("lang"), path);
            assertEquals(lang.equals("ar") ? "rtl" : "ltr", page.selectFirst("html").attr("dir"), path);
            assertEquals(held, page.select("link[rel=alternate][hreflang]").eachAttr("hreflang"), path);
            // The switcher: all six in the UN's order, each in its own language, the one shown marked.
            List<Element> items = page.select("nav.versions a");
            assertEquals(UN_ORDER, items.stream().map(a -> a.attr("lang")).toList(), path);
            assertEquals(List.of("العربية", "中文", "English", "Français", "Русский", "Español"),
                    items.stream().map(Element::text).toList(), path);
            for (Element a : items) {
                String other = a.attr("lang");
                if (other.equals(lang)) {
                    assertEquals("page", a.attr("aria-current"), path);
                } else if (held.contains(other)) {
                    Path target = TestSite.target(site.site(path), a.attr("href"));
                    Path expected = site.site("S/2014/660/" + (other.equals("en") ? "" : other + "/") + "index.html");
                    assertEquals(expected, target, path + " -> " + other);
                    Document there = site.page(site.out.relativize(target).toString());
                    Element back = there.selectFirst("nav.versions a[lang=" + lang + "]");
                    assertEquals(site.site(path), TestSite.target(target, back.attr("href")), other + " -> " + lang);
                } else {
                    assertEquals("https://undocs.org/" + other + "/S/2014/660", a.attr("href"), path + ": " + other);
                }
            }
        }
    }

    @Test
    void theMastheadIsInTheVersionsOwnPrintedWordsAndTheInterfaceInTheSites() {
        TestSite site = site();
        assertEquals(0, site.build().code());
        Element fr = site.page("S/2014/660/fr/index.html").selectFirst("header.masthead");
        String text = fr.text();
        for (String expected : List.of("Nations Unies", "S/2014/660", "Conseil de sécurité", "Distr.", "générale",
                "12 septembre 2014", "Français", "Original:", "anglais")) {
            assertTrue(text.contains(expected), () -> "French masthead lacks '" + expected + "': " + text);
        }
        Document frPage = site.page("S/2014/660/fr/index.html");
        assertEquals("en", frPage.selectFirst("aside.about").attr("lang"), "the about box speaks the site's language");
        assertEquals("Documents that cite it", frPage.getElementById("cited-by-heading").text());
        assertNotNull(frPage.getElementById("annex"), "the French annex heading is anchored as #annex");
        assertNotNull(frPage.selectFirst(".body p.signature"), "(Signé) marks a signature line");

        Document ar = site.page("S/2014/660/ar/index.html");
        Element distr = ar.selectFirst("header.masthead dl.distr");
        assertEquals("ltr", distr.attr("dir"), "the Arabic version prints its Distr. block in English, left to right");
        assertTrue(distr.text().contains("12 September 2014") && distr.text().contains("Arabic"), distr::text);
        assertEquals("ltr", ar.selectFirst("header.masthead .symbol").attr("dir"));
        assertEquals("الأمم المتحدة", ar.selectFirst("header.masthead .un").text());
        assertEquals("ltr", ar.selectFirst("header.site-header").attr("dir"), "the English interface keeps its direction");
    }

    @Test
    void citationsLinkTheReadersLanguageWhereThereIsOne() {
        TestSite site = site();
        assertEquals(0, site.build().code());
        Path frPage = site.site("S/2014/660/fr/index.html");
        Element citedBy = site.page("S/2014/660/fr/index.html").selectFirst("ul.cited-by a");
        assertEquals(site.site("S/2014/700/fr/index.html"), TestSite.target(frPage, citedBy.attr("href")));
        assertEquals("fr", citedBy.attr("hreflang"));
        Path arPage = site.site("S/2014/660/ar/index.html");
        Element arCitedBy = site.page("S/2014/660/ar/index.html").selectFirst("ul.cited-by a");
        assertEquals(site.site("S/2014/700/index.html"), TestSite.target(arPage, arCitedBy.attr("href")),
                "no Arabic version of S/2014/700: its primary version");
        Path frCiting = site.site("S/2014/700/fr/index.html");
        Element cites = site.page("S/2014/700/fr/index.html").selectFirst(".body a.ref");
        assertEquals(site.site("S/2014/660/fr/index.html"), TestSite.target(frCiting, cites.attr("href")));
    }

    @Test
    void browseByLanguageListsEachLanguagesVersionsAndListingsAndFeedShowTheLanguages() {
        TestSite site = site();
        assertEquals(0, site.build().code());
        Document fr = site.page("browse/language/fr/index.html");
        assertEquals("fr", fr.selectFirst("h1 span[lang]").attr("lang"));
        List<String> targets = fr.select("ol.items > li > a").eachAttr("href").stream()
                .map(h -> site.out.relativize(TestSite.target(site.site("browse/language/fr/index.html"), h)).toString())
                .toList();
        assertEquals(List.of("S/2014/660/fr/index.html", "S/2014/700/fr/index.html"), targets, "by date, as every facet");
        Document ar = site.page("browse/language/ar/index.html");
        assertEquals(1, ar.select("ol.items > li").size());
        Document languages = site.page("browse/language/index.html");
        assertEquals(List.of("ar", "en", "fr"), languages.select(".facet li a").eachAttr("lang"), "the UN's order");
        Document home = site.page("index.html");
        assertFalse(home.select("#facet-language").isEmpty(), "the home page links browse by language");
        Element item = home.select("ol.items > li").stream()
                .filter(li -> li.selectFirst(".symbol").text().equals("S/2014/660")).findFirst().orElseThrow();
        assertEquals(List.of("ar", "en", "fr"), item.select("ul.langs a").eachText());
        String feed = site.text("feed.xml");
        assertTrue(feed.contains("hreflang=\"fr\" href=\"http://localhost:8000/S/2014/660/fr/\""), feed);
        assertTrue(feed.contains("hreflang=\"ar\" href=\"http://localhost:8000/S/2014/660/ar/\""), feed);
    }

    @Test
    void aSiteBuiltInAnotherLanguageSpeaksItEverywhereAndStaysValidHtml() throws Exception {
        for (String lang : UN_ORDER) {
            TestSite site = new TestSite(tmp.resolve(lang));
            site.file("S/2014/660.md", TestSite.doc("S/2014/660", "2014-09-01", "Letter", "type: letter\noriginal: English",
                    "Text.\n\n## Annex\n\nAnnex."));
            site.file("S/2014/660.ar.md", TestSite.doc("S/2014/660", "2014-09-01", "رسالة", "language: ar\ntype: letter",
                    "نص."));
            site.file("S/2014/660.zh.md", TestSite.doc("S/2014/660", "2014-09-01", "信", "language: zh\ntype: letter",
                    "文本。"));
            TestSite.Run r = site.run("build", "--content", site.content.toString(), "--out", site.out.toString(),
                    "--templates", site.templates.toString(), "--lang", lang);
            assertEquals(0, r.code(), r::toString);
            Document home = site.page("index.html");
            assertEquals(lang, home.selectFirst("html").attr("lang"));
            assertEquals(lang.equals("ar") ? "rtl" : "ltr", home.selectFirst("html").attr("dir"));
            assertFalse(home.html().contains("??"), "no unresolved message");
            // The interface words of the chosen language, and a document's date in its way of writing dates.
            String browse = switch (lang) {
                case "fr" -> "Parcourir";
                case "es" -> "Explorar";
                case "ru" -> "Обзор";
                case "ar" -> "تصفح";
                case "zh" -> "浏览";
                default -> "Browse";
            };
            assertEquals(browse, home.select("header nav a").get(1).text());
            String date = site.page("S/2014/660/index.html").selectFirst("aside.about time").text();
            assertEquals(switch (lang) {
                case "fr" -> "1er septembre 2014";
                case "es" -> "1 de septiembre de 2014";
                case "ru" -> "1 сентября 2014 года";
                case "ar" -> "1 أيلول/سبتمبر 2014";
                case "zh" -> "2014年9月1日";
                default -> "1 September 2014";
            }, date);
            assertNoNuErrors(site.out);
        }
    }

    private static void assertNoNuErrors(Path out) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            String file = "";

            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getSystemId() + ":" + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collect);
        validator.setUpValidatorAndParsers(collect, false, false);
        validator.checkHtmlInputSource(new InputSource(new StringReader("<!DOCTYPE html><html lang=en><title>t</title><p><div>")));
        assertFalse(errors.isEmpty(), "the Nu checker did not report a known error");
        errors.clear();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(out)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        for (Path p : pages) {
            validator.checkHtmlFile(p.toFile(), true);
        }
        assertTrue(errors.isEmpty(), () -> out + ": " + String.join("\n", errors));
    }
}
