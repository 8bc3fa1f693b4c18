package org.masthead.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.export.AknSchema;

/**
 * The machine files of the bundled archive, built once through {@code masthead build}: every
 * Akoma Ntoso file valid against the OASIS schema, {@code documents.json} and every
 * {@code index.json} valid against {@code schema/documents.schema.json}, and each page's
 * {@code citation_*} tags and JSON-LD saying what its {@code index.json} says.
 */
class ExportedFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path site;
    private static List<Path> jsonFiles;

    @BeforeAll
    static void build() throws IOException {
        site = BundledSite.site();
        try (Stream<Path> walk = Files.walk(site)) {
            jsonFiles = walk.filter(p -> p.getFileName().toString().equals("index.json")).sorted().toList();
        }
        assertTrue(jsonFiles.size() > 100, "expected a JSON file per bundled version, found " + jsonFiles.size());
    }

    @Test
    void everyLanguageVersionHasAnAknFileValidAgainstTheOasisSchema() {
        assertFalse(AknSchema.errors("<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">"
                + "<doc name=\"x\"><mainBody><p>x</p></mainBody></doc></akomaNtoso>").isEmpty(),
                "the schema did not reject a document without its meta block: is it checking?");
        List<String> problems = new ArrayList<>();
        for (Path json : jsonFiles) {
            Path akn = json.resolveSibling("akn.xml");
            if (!Files.isRegularFile(akn)) {
                problems.add(site.relativize(akn) + ": missing");
                continue;
            }
            AknSchema.errors(akn).forEach(e -> problems.add(site.relativize(akn) + ":" + e));
        }
        System.out.printf("[akn] %d files validated against akomantoso30.xsd%n", jsonFiles.size());
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void documentsJsonAndEveryIndexJsonFollowTheirSchema() throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("schema/documents.schema.json")), InputFormat.JSON);
        assertFalse(schema.validate("{\"symbol\": \"S/2014/660\", \"title\": \"\", \"undl\": \"x\"}", InputFormat.JSON)
                .isEmpty(), "the schema accepted a document without its required keys: is it checking?");
        List<String> problems = new ArrayList<>();
        List<Path> files = new ArrayList<>(jsonFiles);
        files.add(site.resolve("documents.json"));
        for (Path file : files) {
            for (Error e : schema.validate(Files.readString(file), InputFormat.JSON)) {
                problems.add(site.relativize(file) + ": " + e);
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
        assertEquals(jsonFiles.size(), JSON.readTree(site.resolve("documents.json").toFile()).size(),
                "documents.json holds every version");
    }

    @Test
    void citationTagsAndJsonLdOfEveryPageSayWhatItsJsonSays() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path json : jsonFiles) {
            JsonNode m = JSON.readTree(json.toFile());
            Path pagePath = json.resolveSibling("index.html");
            Document page = Jsoup.parse(pagePath.toFile(), "UTF-8");
            String where = site.relativize(pagePath).toString();
            check(problems, where, "citation_technical_report_number", m.get("symbol").asText(), meta(page, "citation_technical_report_number"));
            check(problems, where, "citation_date", m.get("adopted") != null && m.get("type").asText().equals("resolution")
                    ? m.get("adopted").asText().replace('-', '/') : m.get("date").asText().replace('-', '/'), meta(page, "citation_date"));
            check(problems, where, "citation_author", m.get("organ").asText(), meta(page, "citation_author"));
            check(problems, where, "citation_language", m.get("language").asText(), meta(page, "citation_language"));
            check(problems, where, "citation_abstract_html_url", m.get("url").asText(), meta(page, "citation_abstract_html_url"));
            if (!m.get("title").asText().matches("(?i)(resolution|decision) [0-9IVX].*")) {
                check(problems, where, "citation_title", m.get("title").asText(), meta(page, "citation_title"));
            }
            Element script = page.selectFirst("head script[type=application/ld+json]");
            if (script == null) {
                problems.add(where + ": no JSON-LD");
                continue;
            }
            JsonNode ld = JSON.readTree(script.data());
            check(problems, where, "JSON-LD reportNumber", m.get("symbol").asText(), ld.path("reportNumber").asText());
            check(problems, where, "JSON-LD url", m.get("url").asText(), ld.path("url").asText());
            check(problems, where, "JSON-LD datePublished", m.get("date").asText(), ld.path("datePublished").asText());
            check(problems, where, "JSON-LD inLanguage", m.get("language").asText(), ld.path("inLanguage").asText());
            check(problems, where, "JSON-LD author", m.get("organ").asText(), ld.path("author").path("name").asText());
            for (String f : List.of("citation.bib", "citation.ris", "citation.csl.json")) {
                if (!Files.isRegularFile(json.resolveSibling(f))) {
                    problems.add(where + ": no " + f);
                }
            }
            JsonNode csl = JSON.readTree(json.resolveSibling("citation.csl.json").toFile()).get(0);
            check(problems, where, "CSL number", m.get("symbol").asText(), csl.path("number").asText());
            check(problems, where, "CSL URL", m.get("url").asText(), csl.path("URL").asText());
        }
        assertTrue(problems.isEmpty(), () -> problems.size() + " mismatches:\n" + String.join("\n", problems));
    }

    private static String meta(Document page, String name) {
        Element e = page.selectFirst("head meta[name=" + name + "]");
        return e == null ? "(missing)" : e.attr("content");
    }

    private static void check(List<String> problems, String where, String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            problems.add(where + ": " + what + " is '" + actual + "', the JSON says '" + expected + "'");
        }
    }
}
