package org.masthead.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.masthead.diag.Diagnostics;
import org.masthead.importer.Importer;
import org.masthead.link.LinkGraph;
import org.masthead.link.LinkTarget;
import org.masthead.link.ReferenceFinder;
import org.masthead.model.Document;
import org.masthead.pipeline.Pipeline;
import org.masthead.read.Documents;
import org.masthead.read.ReadCache;
import org.masthead.render.MarkdownRenderer;
import org.masthead.work.Progress;

/**
 * The build writes a document's AKN file from the parse its page was rendered from (with the
 * symbol extension's nodes in it), or, when the page was not rendered just before, from a parse
 * of its own: both must give the same bytes, for every document of the bundled archive.
 */
class AknOneParseTest {

    @Test
    void theAknFileIsTheSameFromThePagesParseAsFromItsOwn() throws IOException {
        Pipeline pipeline = new Pipeline(new Importer());
        Diagnostics diagnostics = new Diagnostics();
        Documents documents = pipeline.read(pipeline.scan(Path.of("content"), diagnostics), ReadCache.none(),
                diagnostics, Progress.silent());
        assertFalse(diagnostics.hasErrors(), diagnostics::toString);
        LinkGraph graph = LinkGraph.of(documents.list());
        ReferenceFinder finder = new ReferenceFinder();
        AknWriter akn = new AknWriter(graph, finder);
        MarkdownRenderer markdown = new MarkdownRenderer(finder);
        List<String> different = new ArrayList<>();
        for (Document d : documents.list()) {
            String body = documents.body(d);
            byte[] own = akn.write(d, body, "https://example.org/akn.xml");
            MarkdownRenderer.Parsed parsed = markdown.parse(body);
            markdown.render(parsed, s -> new LinkTarget(s.undocsUrl(), true));
            byte[] fromPage = akn.write(d, parsed.document(), "https://example.org/akn.xml");
            if (!new String(own, StandardCharsets.UTF_8).equals(new String(fromPage, StandardCharsets.UTF_8))) {
                different.add(d.source().toString());
            }
        }
        assertTrue(documents.size() > 100, "the bundled archive");
        assertEquals(List.of(), different, "AKN files that differ with the page's parse");
    }
}
