package org.masthead.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.masthead.diag.Diagnostics;

/** The seed imports to the front matter of the bundled S/2014/660, field by field. */
class ImporterSeedTest {

    private static final Path BUNDLED = Path.of("content/S/2014/660.md");
    private static final Path SEED = ImporterGoldenTest.CORPUS.resolve("seed/000_cdd006968fa2855b.txt");

    @Test
    void seedImportsToTheBundledFrontMatter() throws IOException {
        assumeTrue(Files.exists(BUNDLED), "content/S/2014/660.md is not in this checkout");
        YAMLMapper yaml = new YAMLMapper();
        JsonNode bundled = yaml.readTree(frontMatter(Files.readString(BUNDLED, StandardCharsets.UTF_8)));
        ImportedDocument doc = new Importer().importText(SEED, Files.readString(SEED, StandardCharsets.UTF_8),
                new Diagnostics()).orElseThrow();
        JsonNode imported = yaml.readTree(frontMatter(doc.markdown()));
        for (String key : new String[] {"symbol", "title", "type", "date", "distribution", "original", "from", "to",
                "signatories"}) {
            assertEquals(bundled.get(key), imported.get(key), key);
        }
        // The seed prints the annex without its title, so only what it does print is compared.
        assertEquals(bundled.at("/annexes/0/signatories"), imported.at("/annexes/0/signatories"), "annex signatories");
        assertEquals(bundled.get("annexes").size(), imported.get("annexes").size(), "annexes");
    }

    static String frontMatter(String markdown) {
        int end = markdown.indexOf("\n---", 4);
        return markdown.substring(4, end + 1);
    }
}
