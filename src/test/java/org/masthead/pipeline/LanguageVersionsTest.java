package org.masthead.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Language versions as separate files (FORMAT.md section 1): what belongs to the document is
 * written once and inherited, contradictions and wrong languages are reported, and an edit of
 * one version reaches the pages of those that inherit from it. Real files, real builds.
 */
class LanguageVersionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String ENGLISH = """
            ---
            symbol: S/2014/660
            title: Letter dated 11 September 2014 from the Secretary-General addressed to the President of the Security Council
            type: letter
            organ: Secretary-General
            date: 2014-09-12
            distribution: General
            original: English
            from: Secretary-General
            to: President of the Security Council
            signatories:
              - name: BAN Ki-moon
            references: [S/2014/229]
            subjects: [Mali, MINUSMA]
            jobs: {en: N1453541, fr: N1453542}
            undl: 779543
            ---

            I have the honour to refer to resolution 2164 (2014) and to transmit a letter from the
            Minister for Foreign Affairs of Mali.
            """;

    /** Title and body only: the symbol comes from the file beside it, the rest from the English version. */
    private static final String FRENCH = """
            ---
            title: Lettre datée du 11 septembre 2014, adressée au Président du Conseil de sécurité par le Secrétaire général
            ---

            J'ai l'honneur de vous transmettre une lettre du Ministre des affaires étrangères du Mali.
            """;

    @TempDir
    Path tmp;

    private TestSite site(String name) {
        return new TestSite(tmp.resolve(name)).file("S/2014/660.md", ENGLISH).file("S/2014/660.fr.md", FRENCH);
    }

    @Test
    void aVersionWithOnlyTitleAndBodyInheritsTheFieldsOfTheDocument() throws Exception {
        TestSite site = site("inherit");
        TestSite.Run r = site.build();
        assertEquals(0, r.code(), r::toString);
        assertFalse(r.err().contains("warning"), r::toString);

        JsonNode fr = JSON.readTree(site.text("S/2014/660/fr/index.json"));
        assertEquals("fr", fr.get("language").asText());
        assertTrue(fr.get("title").asText().startsWith("Lettre datée"));
        assertEquals("S/2014/660", fr.get("symbol").asText());
        assertEquals("2014-09-12", fr.get("date").asText());
        assertEquals("General", fr.get("distribution").asText());
        assertEquals("letter", fr.get("type").asText());
        assertEquals("Secretary-General", fr.get("organ").asText());
        assertEquals(List.of("Mali", "MINUSMA"), texts(fr.get("subjects")));
        assertEquals("N1453542", fr.get("jobs").get("fr").asText());
        assertEquals("779543", fr.get("undl").asText());
        // References belong to the document, whichever version's text names them.
        List<String> refs = new ArrayList<>();
        fr.get("references").forEach(n -> refs.add(n.get("symbol").asText()));
        assertEquals(List.of("S/RES/2164 (2014)", "S/2014/229"), refs);
        // A version's own fields it leaves out come from the English (FORMAT.md: every key it does not state).
        assertEquals("English", fr.get("original").asText());
        assertEquals("Secretary-General", fr.get("from").asText());
        assertEquals("BAN Ki-moon", fr.get("signatories").get(0).get("name").asText());

        Document page = site.page("S/2014/660/fr/index.html");
        assertEquals("fr", page.selectFirst("html").attr("lang"));
        assertEquals("Secretary-General", page.selectFirst("a.organ").text());
        assertEquals("2014-09-12", page.selectFirst("time").attr("datetime"));
        String refList = page.select("ul.refs li").text();
        assertTrue(refList.contains("S/2014/229") && refList.contains("S/RES/2164 (2014)"), refList);
        // Both versions are one document: one entry per symbol in the browse pages, with the same facets.
        JsonNode en = JSON.readTree(site.text("S/2014/660/index.json"));
        for (String key : List.of("date", "type", "organ", "subjects", "distribution")) {
            assertEquals(en.get(key), fr.get(key), key);
        }
    }

    @Test
    void aVersionThatContradictsAnotherIsAWarningNamingBothFilesAndKeys() {
        TestSite site = site("conflict").file("S/2014/660.fr.md", FRENCH.replace("title:", "date: 2014-09-13\ntitle:"));
        TestSite.Run r = site.build();
        assertEquals(0, r.code(), r::toString);
        String fr = shown(site, "S/2014/660.fr.md");
        String line = r.err().lines().filter(l -> l.startsWith(fr + ":2:7: warning:")).findFirst()
                .orElseThrow(() -> new AssertionError("no warning on the French date key:\n" + r));
        assertTrue(line.contains("'date' is 2014-09-13 here but 2014-09-12 in "), line);
        assertTrue(line.contains(site.content.resolve("S/2014/660.md") + ":6:7"), line);
        // The version keeps what it states; check reports the same.
        assertTrue(site.text("S/2014/660/fr/index.json").contains("\"date\" : \"2014-09-13\""));
        TestSite.Run check = site.check();
        assertEquals(0, check.code(), check::toString);
        assertTrue(check.err().contains(fr + ":2:7: warning:"), check::toString);
    }

    @Test
    void aVersionStatingItsOwnSenderAndOriginalInItsLanguageIsNoConflict() throws Exception {
        TestSite site = site("own").file("S/2014/660.fr.md", FRENCH.replace("title:",
                "original: anglais\nfrom: Secrétaire général\ntitle:"));
        TestSite.Run r = site.build();
        assertEquals(0, r.code(), r::toString);
        assertFalse(r.err().contains("warning"), r::toString);
        JsonNode fr = JSON.readTree(site.text("S/2014/660/fr/index.json"));
        assertEquals("anglais", fr.get("original").asText());
        assertEquals("Secrétaire général", fr.get("from").asText());
        assertEquals("English", JSON.readTree(site.text("S/2014/660/index.json")).get("original").asText());
    }

    @Test
    void aLanguageKeyThatContradictsTheFileNameIsAWarningOnTheKey() {
        TestSite site = site("suffix").file("S/2014/660.fr.md", FRENCH.replace("title:", "language: es\ntitle:"));
        TestSite.Run r = site.check();
        assertTrue(r.err().contains(shown(site, "S/2014/660.fr.md") + ":2:11: warning: 'language: es' here, but the file name says 'fr'"),
                r::toString);
    }

    @Test
    void aRequiredFieldNoVersionStatesIsAnError() {
        TestSite site = new TestSite(tmp.resolve("missing")).file("S/2014/660.fr.md", """
                ---
                symbol: S/2014/660
                title: Lettre
                distribution: General
                ---

                Texte.
                """);
        TestSite.Run r = site.check();
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.err().contains(shown(site, "S/2014/660.fr.md") + ":2:1: error: missing required key 'date'"), r::toString);
    }

    @Test
    void aLanguageThatIsNotOneOfTheSixIsAnError() {
        TestSite site = new TestSite(tmp.resolve("german")).file("S/2014/660.md", ENGLISH)
                .file("S/2014/660.de.md", FRENCH.replace("Lettre", "Brief"));
        TestSite.Run r = site.check();
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.err().contains(shown(site, "S/2014/660.de.md") + ":1:1: error: 'de' in the file name is not one of "
                + "the six official languages"), r::toString);

        site.file("S/2014/660.de.md", FRENCH.replace("title:", "language: de\ntitle:"));
        TestSite.Run stated = site.check();
        assertEquals(1, stated.code(), stated::toString);
        assertTrue(stated.err().contains(shown(site, "S/2014/660.de.md") + ":2:11: error: unknown language 'de'"),
                stated::toString);
    }

    @Test
    void aBodyInAnotherScriptThanItsLanguageIsAWarningInCheckAndBuild() {
        TestSite site = site("script").file("S/2014/660.ar.md", FRENCH.replace("Lettre", "رسالة"))
                .file("S/2014/660.ru.md", """
                        ---
                        title: Письмо
                        ---

                        Письмо Генерального секретаря от 11 сентября 2014 года на имя Председателя Совета Безопасности.
                        """)
                .file("S/2014/660.zh.md", """
                        ---
                        title: 信
                        ---

                        S/2014/660
                        """);
        String ar = shown(site, "S/2014/660.ar.md");
        for (TestSite.Run r : List.of(site.check(), site.build())) {
            assertEquals(0, r.code(), r::toString);
            assertTrue(r.err().contains(ar + ":4:1: warning: the body is written mostly in Latin letters"), r::toString);
            // Russian in Cyrillic is right; a body of a symbol alone has too few letters to judge.
            assertFalse(r.err().contains("660.ru.md") || r.err().contains("660.zh.md"), r::toString);
        }
    }

    @Test
    void editingTheEnglishVersionRerendersTheFrenchPageThatInheritsFromIt() throws Exception {
        TestSite site = site("incremental");
        assertEquals(0, site.build().code());
        Map<String, byte[]> before = TestSite.snapshot(site.out);
        site.file("S/2014/660.md", ENGLISH.replace("date: 2014-09-12", "date: 2014-09-15").replace("[Mali, MINUSMA]", "[Mali]"));
        TestSite.Run r = site.build();
        assertEquals(0, r.code(), r::toString);
        JsonNode fr = JSON.readTree(site.text("S/2014/660/fr/index.json"));
        assertEquals("2014-09-15", fr.get("date").asText());
        assertEquals(List.of("Mali"), texts(fr.get("subjects")));
        assertEquals("2014-09-15", site.page("S/2014/660/fr/index.html").selectFirst("time").attr("datetime"));
        assertFalse(TestSite.differences(before, TestSite.snapshot(site.out)).isEmpty());

        TestSite clean = new TestSite(tmp.resolve("clean"));
        TestSite.Run c = site.run("build", "--content", site.content.toString(), "--out", clean.out.toString(),
                "--templates", site.templates.toString());
        assertEquals(0, c.code(), c::toString);
        Map<String, byte[]> a = TestSite.snapshot(site.out);
        Map<String, byte[]> b = TestSite.snapshot(clean.out);
        a.remove(".masthead-site");
        b.remove(".masthead-site");
        assertEquals(List.of(), TestSite.differences(a, b), "the incremental build is the clean one");
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** A content file as diagnostics print it: relative to the working folder when inside it. */
    private static String shown(TestSite site, String relative) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = site.content.resolve(relative).toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
